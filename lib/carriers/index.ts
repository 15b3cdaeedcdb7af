/**
 * The carrier catalogue (listed in catalogue.ts), validated when this module loads (so `next build` and
 * the tests fail on a bad entry, naming the file, the carrier and the field).
 * Server-only: client components receive one carrier as plain props.
 */
import aliasesFile from '../../locales/aliases.json';
import enCarriers from '../../locales/en/carriers.json';
import type { Aliases, Carrier } from '../engine/schema';
import { flatten } from '../i18n/flatten';
import { carrierNames } from '../i18n/names';
import { CATALOGUE } from './catalogue';
import { RIGHTS_FILES } from '../rights';
import { formatProblem, validateAliases, validateCatalogue, validateRights } from './validate';

export const ALIASES_FILE = 'locales/aliases.json';

/** The keys of locales/en/carriers.json: every text a carrier names must be there. */
const EN_CARRIER_KEYS: ReadonlySet<string> = new Set(Object.keys(flatten(enCarriers)));

function loadCatalogue(): Carrier[] {
  const { carriers, problems: carrierProblems } = validateCatalogue(CATALOGUE, EN_CARRIER_KEYS);
  // The rights of each country apply to its carriers through the engine; a bad rights file fails the build too.
  const problems = [
    ...carrierProblems,
    ...validateRights(RIGHTS_FILES, EN_CARRIER_KEYS, carriers),
    ...validateAliases(ALIASES_FILE, aliasesFile, carriers, carrierNames),
  ];
  if (problems.length > 0)
    throw new Error(`Invalid carrier data (npm run validate:carriers lists it):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  return carriers;
}

export const CARRIERS: readonly Carrier[] = loadCatalogue();

/** locales/aliases.json, validated above with the catalogue: the directory's extra search words. */
export const ALIASES: Aliases = aliasesFile as Aliases;

export { GENERIC_CARRIER_ID } from './define';

export function findCarrier(id: string): Carrier | undefined {
  return CARRIERS.find((c) => c.id === id);
}
