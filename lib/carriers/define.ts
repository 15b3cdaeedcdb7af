/**
 * Helpers for writing carrier files. A carrier file is plain data; these only add types and
 * merge in the rules every carrier shares, so each file reads like a directory entry.
 */
import type { Carrier, Channel, Rule, Source } from '../engine/schema';

/** A bundle of rules with the sources they cite, shared by several carriers. */
export interface RuleSet {
  /** Official domains of the channels the set brings (e.g. a government portal). */
  officialDomains: string[];
  sources: Record<string, Source>;
  channels: Channel[];
  rules: Rule[];
}

/** The day the facts were last checked against the stored copies of the research (see shared/research). */
export const RESEARCH_CHECKED_ON = '2026-11-25';

export function source(url: string, official: boolean): Source {
  return { url, official, readOn: RESEARCH_CHECKED_ON };
}

/** A carrier entry as written in its file, before the shared rules are added. */
export type CarrierEntry = Carrier;

/** A billing fact the research did not find: shown as "check with the carrier". */
export const GAP = { gap: true } as const;

/** The carrier with the shared rule sets appended after its own rules. */
export function withRuleSets(entry: CarrierEntry, ...sets: RuleSet[]): Carrier {
  const seen = new Set(Object.keys(entry.sources));
  for (const key of sets.flatMap((s) => Object.keys(s.sources))) {
    if (seen.has(key)) throw new Error(`${entry.id}: source key "${key}" is defined twice (in the carrier and in a shared rule set)`);
    seen.add(key);
  }
  return {
    ...entry,
    officialDomains: [...entry.officialDomains, ...sets.flatMap((s) => s.officialDomains)],
    sources: Object.assign({}, entry.sources, ...sets.map((s) => s.sources)),
    channels: [...entry.channels, ...sets.flatMap((s) => s.channels)],
    rules: [...entry.rules, ...sets.flatMap((s) => s.rules)],
  };
}
