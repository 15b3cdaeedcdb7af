/**
 * Helpers for writing carrier files. A carrier file is plain data; these only add types and
 * merge in the rules every carrier shares, so each file reads like a directory entry.
 */
import { FACT_IDS, type Carrier, type Channel, type FactId, type Rule, type Source, type Verdict } from '../engine/schema';

/** "china-mobile" → "chinaMobile": a carrier's namespace in locales/<lang>/carriers.json (its sentences and its `name`). */
export function carrierNamespace(id: string): string {
  const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  // A key (and an export) may not start with a digit: "1global" → "carrier1global".
  return /^[0-9]/.test(camel) ? `carrier${camel}` : camel;
}

/** A bundle of rules with the sources they cite, shared by several carriers. */
export interface RuleSet {
  /** Official domains of the channels the set brings (e.g. a government portal). */
  officialDomains: string[];
  sources: Record<string, Source>;
  channels: Channel[];
  rules: Rule[];
  /**
   * Verdicts the set gives every carrier, placed before the carrier's own: each has a condition (the carrier's last verdict
   * stays the fallback). A carrier verdict with the same id wins (its own reseller rule), so the shared one is left out.
   */
  verdicts?: Verdict[];
}

/**
 * The day a page was read, by the research file that read it (shared/research). Each source says which, or null.
 * carriers.md and official-recheck.md carry no date: the project first used them on 2026-11-25 (its first commit),
 * so a page read only there is dated 2026-11-25. recheck-2026-11-30.md read its pages on 2026-11-30.
 */
export const READ_IN_FIRST_RESEARCH = '2026-11-25';
export const READ_IN_RECHECK = '2026-11-30';

/**
 * A source: `readOn` is the day a research file actually read the page (one of the constants above), or null when
 * nobody read it (an official home page linked as a channel, say): it is then shown as "not read by us", undated.
 */
export function source(url: string, official: boolean, readOn: string | null): Source {
  return readOn === null ? { url, official } : { url, official, readOn };
}

/** The page for a carrier not listed (lib/engine/terms.ts, where the browser reads it too): the catalogue's last entry (the others are sorted by id before it). */
export { GENERIC_CARRIER_ID } from '../engine/terms';

/** A carrier entry as written in its file, before the shared rules are added. */
export type CarrierEntry = Carrier;

/** A billing fact the research did not find: shown as "check with the carrier". */
export const GAP = { gap: true } as const;

/**
 * Every fact a gap: a carrier file spreads it and writes only the facts its research found,
 * `facts: { ...GAPS, finalBill: { ... } }`, so what is left out reads "check with the carrier".
 */
export const GAPS: Readonly<Record<FactId, typeof GAP>> = Object.fromEntries(FACT_IDS.map((id) => [id, GAP])) as Record<FactId, typeof GAP>;

/** The usual answers for a home mobile operator's SIM (a Chinese or Russian operator): bought in its store, a balance, a number. */
export const HOME_OPERATOR_DEFAULTS: Carrier['defaults'] = {
  boughtFrom: 'carrier-store',
  planType: 'pay-as-you-go',
  payment: 'balance',
  inCountry: 'yes',
  esimInstalled: 'yes',
  hasNumber: 'yes',
};

/**
 * The verdict for a traveler abroad where no official page says how to end the plan from there: ask the carrier.
 * `text` is the carrier's own sentence (what it is known to need differs); `sources` are what that sentence rests on.
 */
export function abroadCheckVerdict(text: string, sources: string[]): Verdict {
  return { id: 'abroad', verdict: 'check-with-carrier', text, when: { answer: 'inCountry', is: 'no' }, channels: [], sources, confidence: 'low' };
}

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
    verdicts: [...sets.flatMap((s) => s.verdicts ?? []).filter((v) => !entry.verdicts.some((own) => own.id === v.id)), ...entry.verdicts],
    rules: [...entry.rules, ...sets.flatMap((s) => s.rules)],
  };
}
