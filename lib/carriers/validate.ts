/**
 * The catalogue's validator: every problem of every carrier file, each with its own message naming
 * the file, the carrier and the field (like justdeleteme's validate_json). The build, the tests and
 * `npm run validate:carriers` all run it.
 */
import type { z } from 'zod';
import { emptyProgress, evaluate } from '../engine/evaluate';
import { factVariants } from '../engine/facts';
import { isMarket, marketsOf } from '../engine/markets';
import { AliasesSchema, CarrierSchema, CountryRightsSchema, FACT_IDS, type Aliases, type Carrier, type Confidence, type CountryRights } from '../engine/schema';
import { fold } from '../directory/search';
import { STAGES } from '../engine/stages';
import { RESERVED_SEGMENTS, isReservedSegment } from '../routes';
import { commonRules } from './common';
import { resellerRules } from './reseller';
import { carrierNamespace, GENERIC_CARRIER_ID, withRuleSets, type CarrierEntry, type RuleSet } from './define';

/** A carrier file and the shared rule sets it takes (commonRules and resellerRules are added to every carrier). */
export type CatalogueEntry = [file: string, entry: CarrierEntry, extra: RuleSet[]];

/** The rule sets every carrier takes, after its own and its group's. */
export const RULE_SETS_FOR_ALL: readonly RuleSet[] = [resellerRules, commonRules];

export interface Problem {
  file: string;
  carrier: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.carrier}: ${p.field}: ${p.message}`;
}

interface Explained {
  path: PropertyKey[];
  message: string;
}

/**
 * A zod issue as the field and message a carrier author can act on. A union (a fact is a value or a list of
 * variants) fails as a bare "Invalid input": look inside and keep the branch that got furthest, i.e. the one with
 * the fewest complaints about the value's own shape (an array given where an object was expected, say).
 */
function explain(issue: z.core.$ZodIssue, parent: PropertyKey[]): Explained[] {
  const path = [...parent, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ path, message: issue.message }];
  const atRoot = (list: Explained[]) => list.filter((e) => e.path.length === path.length).length;
  const branches = issue.errors.map((branch) => branch.flatMap((i) => explain(i, path)));
  return branches.sort((a, b) => atRoot(a) - atRoot(b) || a.length - b.length)[0];
}

/** The text keys a carrier uses, by the field that holds each. */
function textKeys(carrier: Carrier): [field: string, key: string][] {
  return [
    ...carrier.verdicts.map((v, i): [string, string] => [`verdicts.${i}.text`, v.text]),
    ...carrier.rules.map((r, i): [string, string] => [`rules.${i}.text (${r.id})`, r.text]),
    ...carrier.channels.map((c, i): [string, string] => [`channels.${i}.label`, c.label]),
    ...FACT_IDS.flatMap((id): [string, string][] =>
      factVariants(carrier.facts[id]).flatMap((v, i): [string, string][] => ('text' in v ? [[factField(carrier, id, i, 'text'), v.text]] : [])),
    ),
  ];
}

/** `facts.<id>.<field>` for a single value, `facts.<id>.<i>.<field>` for a variant. */
function factField(carrier: Carrier, id: (typeof FACT_IDS)[number], i: number, field: string): string {
  return Array.isArray(carrier.facts[id]) ? `facts.${id}.${i}.${field}` : `facts.${id}.${field}`;
}

/** Everything a carrier rates, by field: verdicts, rules and fact values, each with its confidence and sources. */
function ratedItems(carrier: Carrier): { field: string; confidence: Confidence; sources: string[] }[] {
  return [
    ...carrier.verdicts.map((v, i) => ({ field: `verdicts.${i} (${v.id})`, confidence: v.confidence, sources: v.sources })),
    ...carrier.rules.map((r, i) => ({ field: `rules.${i} (${r.id})`, confidence: r.confidence, sources: r.sources })),
    ...FACT_IDS.flatMap((id) =>
      factVariants(carrier.facts[id]).flatMap((v, i) =>
        'sources' in v ? [{ field: factField(carrier, id, i, 'confidence'), confidence: v.confidence, sources: v.sources }] : [],
      ),
    ),
  ];
}

/**
 * Honest provenance: something rated high must rest on at least one official page that a research file actually read
 * (a source with `readOn`). A third-party page, or an official page nobody read, cannot carry "high" alone.
 */
function provenanceProblems(carrier: Carrier): { field: string; message: string }[] {
  return ratedItems(carrier)
    .filter((item) => item.confidence === 'high' && !item.sources.some((key) => carrier.sources[key]?.official && carrier.sources[key]?.readOn))
    .map((item) => ({
      field: item.field,
      message: `rated high, but none of its sources (${item.sources.join(', ')}) is an official page we read (official: true with a readOn date): lower it or cite one`,
    }));
}

/**
 * Where an entry breaks the catalogue's order (sorted by id, by code unit so it reads the same on every machine,
 * "generic" last): the directory and the open data list carriers in this order, and `npm run new:carrier` inserts by it.
 */
function orderProblem(ids: readonly string[], i: number): string | null {
  const [id, previous] = [ids[i], ids[i - 1]];
  if (id === GENERIC_CARRIER_ID) return i === ids.length - 1 ? null : `"${GENERIC_CARRIER_ID}" must be the catalogue's last entry (lib/carriers/catalogue.ts)`;
  if (i > 0 && previous === GENERIC_CARRIER_ID) return null; // reported on "generic" itself
  if (i > 0 && previous > id) return `out of order: "${id}" comes after "${previous}" in lib/carriers/catalogue.ts; keep it sorted by id`;
  return null;
}

/**
 * Every stage after the first must have something to tick for the carrier's usual answers (its defaults), or a
 * traveler who keeps them meets a stage with nothing to do, which can never be done. Country rights are left out:
 * the carrier's own steps and the shared sets must carry each stage.
 */
function stageTaskProblems(carrier: Carrier): { field: string; message: string }[] {
  const { stages } = evaluate(carrier, carrier.defaults, emptyProgress(), []);
  return STAGES.slice(1)
    .filter((stage) => !stages.find((s) => s.stage === stage)?.items.some((item) => item.kind === 'task'))
    .map((stage) => ({ field: 'rules', message: `stage "${stage}" has no task for the carrier's usual answers (defaults): add a rule of kind "task" for it` }));
}

/**
 * Validates every entry; `enKeys` are the keys of locales/en/carriers.json. `forAll` are the rule sets every carrier
 * takes (tests pass none, to see a carrier on its own).
 */
export function validateCatalogue(
  entries: CatalogueEntry[],
  enKeys: ReadonlySet<string>,
  forAll: readonly RuleSet[] = RULE_SETS_FOR_ALL,
): { carriers: Carrier[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const carriers: Carrier[] = [];
  const seenIds = new Map<string, string>();
  const ids = entries.map(([, entry]) => (typeof entry?.id === 'string' ? entry.id : '(no id)'));
  for (const [i, [file, entry, extra]] of entries.entries()) {
    const id = ids[i];
    const problem = (field: string, message: string) => problems.push({ file, carrier: id, field, message });
    if (seenIds.has(id)) problem('id', `duplicate carrier id, also used by ${seenIds.get(id)}`);
    const outOfOrder = orderProblem(ids, i);
    if (outOfOrder) problem('id', outOfOrder);
    if (isReservedSegment(id))
      problem(
        'id',
        `"${id}" is a reserved route segment (lib/routes.ts: ${RESERVED_SEGMENTS.join(', ')}): /{locale}/${id}/ would shadow that page; choose another id`,
      );
    seenIds.set(id, file);
    let merged: unknown;
    try {
      merged = withRuleSets(entry, ...extra, ...forAll);
    } catch (error) {
      problem('sources', (error as Error).message);
      continue;
    }
    const result = CarrierSchema.safeParse(merged);
    if (!result.success) {
      for (const issue of result.error.issues.flatMap((i) => explain(i, []))) problem(issue.path.join('.') || '(root)', issue.message);
      continue;
    }
    for (const [field, key] of textKeys(result.data)) {
      if (!enKeys.has(key)) problem(field, `text key "${key}" is not in locales/en/carriers.json`);
    }
    // The carrier's name lives with its sentences, so translators own it (МТС, 中国移动).
    const nameKey = `${carrierNamespace(id)}.name`;
    if (!enKeys.has(nameKey)) problem('name', `its name "${nameKey}" is not in locales/en/carriers.json`);
    for (const p of provenanceProblems(result.data)) problem(p.field, p.message);
    for (const p of stageTaskProblems(result.data)) problem(p.field, p.message);
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
    if (!isMarket(country) && !isKnownCountry(country))
      problem('country', `"${country}" is neither an ISO 3166-1 country nor a market (markets: lib/engine/markets.ts)`);
    if (seenCountries.has(country))
      problem('country', `a second rights file for "${country}" (the first is ${seenCountries.get(country)}): write each country once`);
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
          if (applies && carrier.rules.some((r) => r.id === right.id))
            problem(`${list}.${i}.id`, `right id "${right.id}" is also a rule id of carrier ${carrier.id}`);
        }
      });
    }
  }
  return problems;
}

function marketsHave(market: string, country: string): boolean {
  return marketsOf(country).includes(market);
}

/**
 * Validates locales/aliases.json (`file`) against the catalogue: its shape; that each carrier id and country has a
 * carrier; that no word is listed twice for one carrier or repeats one of its names (a duplicate alias); and that no word
 * finds two carriers or two countries: a carrier word equal (case, accents and width folded) to another carrier's name or
 * word, or a country word equal to a carrier's name or word or to another country's word. Problems name the file,
 * the carrier (or country) and the field, e.g. `carriers.t2.ru.1`.
 */
/** `names`: each carrier's name by language (lib/i18n/names.ts carrierNames), which an alias must not repeat. */
export function validateAliases(file: string, raw: unknown, carriers: readonly Carrier[], names: (carrier: Carrier) => Record<string, string>): Problem[] {
  const result = AliasesSchema.safeParse(raw);
  if (!result.success) {
    // A bad record key (a language tag, a country code) comes as "Invalid key in record": give the key's own message.
    const message = (issue: z.core.$ZodIssue) => (issue.code === 'invalid_key' && issue.issues[0] ? issue.issues[0].message : issue.message);
    return result.error.issues.map((issue) => ({
      file,
      carrier: String(issue.path[1] ?? '(root)'),
      field: issue.path.join('.') || '(root)',
      message: message(issue),
    }));
  }
  const aliases: Aliases = result.data;
  const problems: Problem[] = [];
  const byId = new Map(carriers.map((c) => [c.id, c]));
  /** Every folded name and word, with the carrier or country it finds and where it was written. */
  const owners = new Map<string, { owner: string; where: string }>();
  for (const carrier of carriers) {
    for (const [lang, name] of Object.entries(names(carrier))) {
      const key = fold(name);
      if (!owners.has(key)) owners.set(key, { owner: `carrier ${carrier.id}`, where: `the ${lang} name of ${carrier.id}` });
    }
  }
  const claim = (owner: string, word: string, field: string, problem: (field: string, message: string) => void) => {
    const key = fold(word);
    const seen = owners.get(key);
    if (seen === undefined) owners.set(key, { owner, where: `${file} ${field}` });
    else if (seen.owner === owner) problem(field, `duplicate alias "${word}": already ${seen.where}`);
    else problem(field, `alias "${word}" would find two: ${owner} and ${seen.owner} (${seen.where}); keep it in one place`);
  };
  for (const [id, byLanguage] of Object.entries(aliases.carriers)) {
    const problem = (field: string, message: string) => problems.push({ file, carrier: id, field, message });
    if (!byId.has(id)) {
      problem(`carriers.${id}`, `no carrier has the id "${id}" (lib/carriers/catalogue.ts)`);
      continue;
    }
    for (const [lang, words] of Object.entries(byLanguage)) words.forEach((word, i) => claim(`carrier ${id}`, word, `carriers.${id}.${lang}.${i}`, problem));
  }
  for (const [country, byLanguage] of Object.entries(aliases.countries)) {
    const problem = (field: string, message: string) => problems.push({ file, carrier: country, field, message });
    if (!carriers.some((c) => c.country === country)) {
      problem(`countries.${country}`, `no carrier is in "${country}": a country's words must find at least one carrier`);
      continue;
    }
    for (const [lang, words] of Object.entries(byLanguage))
      words.forEach((word, i) => claim(`country ${country}`, word, `countries.${country}.${lang}.${i}`, problem));
  }
  return problems;
}

/** The words a carrier is found by (its aliases and its country's words, every language), for the directory's search. */
export function searchWordsOf(carrier: Carrier, aliases: Aliases): string[] {
  const own = Object.values(aliases.carriers[carrier.id] ?? {}).flat();
  const country = carrier.country ? Object.values(aliases.countries[carrier.country] ?? {}).flat() : [];
  return [...own, ...country];
}
