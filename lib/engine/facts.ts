/**
 * Billing facts that may depend on the traveler's answers: a fact is one value or a list of variants, each with a
 * condition in the rules' language; the first variant whose condition holds wins (the last has none).
 * Pure and free of zod, so the browser can pick the variant for the traveler's own answers.
 */
import { matches } from './condition';
import type { Answers } from './questions';
import type { Fact, FactValue, FactVariant, PeriodUnit } from './schema';

/** Every variant of a fact (a single value is one variant without a condition). */
export function factVariants(fact: Fact): FactVariant[] {
  return Array.isArray(fact) ? fact : [fact];
}

/** The value of `fact` for these answers: the first variant whose condition holds, else the last. */
export function factFor(fact: Fact, answers: Answers): FactValue {
  const variants = factVariants(fact);
  const chosen = variants.find((v) => matches(v.when, answers)) ?? variants[variants.length - 1];
  if ('gap' in chosen) return { gap: true };
  return { text: chosen.text, days: chosen.days, unit: chosen.unit, sources: chosen.sources, confidence: chosen.confidence };
}

/** The period a fact value states, with its unit, or null for a gap or a fact without a number. */
export function factPeriod(value: FactValue): { n: number; unit: PeriodUnit } | null {
  if ('gap' in value || value.days === undefined) return null;
  return { n: value.days, unit: value.unit ?? 'days' };
}

/** True when every variant of `fact` states a period, so a deadline can be worked out whatever the answers. */
export function factAlwaysHasPeriod(fact: Fact): boolean {
  return factVariants(fact).every((v) => !('gap' in v) && v.days !== undefined);
}
