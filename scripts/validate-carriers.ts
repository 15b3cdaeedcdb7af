/**
 * `npm run validate:carriers` (also the step before `next build`): checks every carrier file and prints
 * one line per problem, naming the file, the carrier and the field; exits 1 when there is any.
 */
import aliasesFile from '../locales/aliases.json';
import enCarriers from '../locales/en/carriers.json';
import { CATALOGUE } from '../lib/carriers/catalogue';
import { formatProblem, validateAliases, validateCatalogue, validateRights } from '../lib/carriers/validate';
import { RIGHTS_FILES } from '../lib/rights';
import { flatten } from '../lib/i18n/flatten';
import { carrierNames } from '../lib/i18n/names';

const enKeys = new Set(Object.keys(flatten(enCarriers)));
const { carriers, problems: carrierProblems } = validateCatalogue(CATALOGUE, enKeys);
const problems = [
  ...carrierProblems,
  ...validateRights(RIGHTS_FILES, enKeys, carriers),
  ...validateAliases('locales/aliases.json', aliasesFile, carriers, carrierNames),
];
for (const problem of problems) console.error(`error: ${formatProblem(problem)}`);
if (problems.length > 0) {
  console.error(`carrier check failed: ${problems.length} problem${problems.length > 1 ? 's' : ''} in ${new Set(problems.map((p) => p.file)).size} file(s).`);
  process.exit(1);
}
console.log(`carrier check passed: ${carriers.length} carriers, ${RIGHTS_FILES.length} rights files.`);
