/**
 * The catalogue's validator: every problem of every carrier file, each with its own message naming
 * the file, the carrier and the field (like justdeleteme's validate_json). The build, the tests and
 * `npm run validate:carriers` all run it.
 */
import { CarrierSchema, FACT_IDS, type Carrier } from '../engine/schema';
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
