/**
 * The catalogue's validator: every problem of every carrier file, each with its own message naming
 * the file, the carrier and the field (like justdeleteme's validate_json). The build, the tests and
 * `npm run validate:carriers` all run it.
 */
import { isMarket, marketsOf } from '../engine/markets';
import { CarrierSchema, CountryRightsSchema, FACT_IDS, type Carrier, type CountryRights } from '../engine/schema';
import { commonRules } from './common';
import { withRuleSets, type CarrierEntry, type RuleSet } from './define';

/** A carrier file and the shared rule sets it takes (commonRules is added to every carrier). */
export type CatalogueEntry = [file: string, entry: CarrierEntry, extra: RuleSet[]];

export interface Problem {
  file: string;
  carrier: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.carrier}: ${p.field}: ${p.message}`;
}

/** The text keys a carrier uses, by the field that holds each. */
function textKeys(carrier: Carrier): [field: string, key: string][] {
  return [
    ...carrier.verdicts.map((v, i): [string, string] => [`verdicts.${i}.text`, v.text]),
    ...carrier.rules.map((r, i): [string, string] => [`rules.${i}.text (${r.id})`, r.text]),
    ...carrier.channels.map((c, i): [string, string] => [`channels.${i}.label`, c.label]),
    ...FACT_IDS.flatMap((id): [string, string][] => {
      const fact = carrier.facts[id];
      return 'text' in fact ? [[`facts.${id}.text`, fact.text]] : [];
    }),
  ];
}

/** Validates every entry; `enKeys` are the keys of locales/en/carriers.json. */
export function validateCatalogue(entries: CatalogueEntry[], enKeys: ReadonlySet<string>): { carriers: Carrier[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const carriers: Carrier[] = [];
  const seenIds = new Map<string, string>();
  for (const [file, entry, extra] of entries) {
    const id = typeof entry?.id === 'string' ? entry.id : '(no id)';
    const problem = (field: string, message: string) => problems.push({ file, carrier: id, field, message });
    if (seenIds.has(id)) problem('id', `duplicate carrier id, also used by ${seenIds.get(id)}`);
    seenIds.set(id, file);
    let merged: unknown;
    try {
      merged = withRuleSets(entry, ...extra, commonRules);
    } catch (error) {
      problem('sources', (error as Error).message);
      continue;
    }
    const result = CarrierSchema.safeParse(merged);
    if (!result.success) {
      for (const issue of result.error.issues) problem(issue.path.join('.') || '(root)', issue.message);
      continue;
    }
    for (const [field, key] of textKeys(result.data)) {
      if (!enKeys.has(key)) problem(field, `text key "${key}" is not in locales/en/carriers.json`);
    }
    carriers.push(result.data);
  }
  return { carriers, problems };
}

/**
 * Whether `code` is an ISO 3166-1 region the platform's CLDR data knows under that very code: "GB", not "XX", and not
 * "UK", which CLDR accepts only as an alias of GB (a file for "UK" would never reach a carrier written "GB").
 */
function isKnownCountry(code: string): boolean {
  const canonical = Intl.getCanonicalLocales(`und-${code}`)[0];
  return canonical === `und-${code}` && new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code) !== undefined;
}

/**
 * Validates every rights file (lib/rights): its shape and conditions, that its country is a real country or a market,
 * that its text keys exist in locales/en/carriers.json, and that no right's id is also a rule id of a carrier it applies
 * to (ticks and page anchors use ids). Problems name the file, the country and the field.
 */
export function validateRights(files: readonly [file: string, rights: CountryRights][], enKeys: ReadonlySet<string>, carriers: readonly Carrier[]): Problem[] {
  const problems: Problem[] = [];
  const seenCountries = new Map<string, string>();
  const seenIds = new Map<string, string>();
  for (const [file, raw] of files) {
    const country = typeof raw?.country === 'string' ? raw.country : '(no country)';
    const problem = (field: string, message: string) => problems.push({ file, carrier: country, field, message });
    const result = CountryRightsSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problem(issue.path.join('.') || '(root)', issue.message);
      continue;
    }
    const rights = result.data;
    if (!isMarket(country) && !isKnownCountry(country)) problem('country', `"${country}" is neither an ISO 3166-1 country nor a market (markets: lib/engine/markets.ts)`);
    if (seenCountries.has(country)) problem('country', `a second rights file for "${country}" (the first is ${seenCountries.get(country)}): write each country once`);
    seenCountries.set(country, file);
    for (const list of ['rights', 'escalation'] as const) {
      rights[list].forEach((right, i) => {
        const keys: [string, string][] = [
          [`${list}.${i}.text`, right.text],
          ...(right.sms ?? []).map((s, j): [string, string] => [`${list}.${i}.sms.${j}.label`, s.label]),
          ...(right.link ? [[`${list}.${i}.link.label`, right.link.label] as [string, string]] : []),
        ];
        for (const [field, key] of keys) if (!enKeys.has(key)) problem(field, `text key "${key}" is not in locales/en/carriers.json`);
        if (seenIds.has(right.id)) problem(`${list}.${i}.id`, `right id "${right.id}" is also used in ${seenIds.get(right.id)}`);
        seenIds.set(right.id, file);
        for (const carrier of carriers) {
          const applies = carrier.country === country || (carrier.country !== null && isMarket(country) && marketsHave(country, carrier.country));
          if (applies && carrier.rules.some((r) => r.id === right.id)) problem(`${list}.${i}.id`, `right id "${right.id}" is also a rule id of carrier ${carrier.id}`);
        }
      });
    }
  }
  return problems;
}

function marketsHave(market: string, country: string): boolean {
  return marketsOf(country).includes(market);
}
