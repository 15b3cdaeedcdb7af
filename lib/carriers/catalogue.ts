/** Every carrier file with the shared rule sets it takes (commonRules goes to all). Keep sorted by id, "generic" last. */
import { airalo } from './airalo';
import { deutscheTelekom } from './deutsche-telekom';
import { ee } from './ee';
import { generic } from './generic';
import { holafly } from './holafly';
import { mts } from './mts';
import { russianRules } from './russia';
import { t2 } from './t2';
import { tMobileUs } from './t-mobile-us';
import { vodafoneUk } from './vodafone-uk';
import type { CatalogueEntry } from './validate';

export const CATALOGUE: CatalogueEntry[] = [
  ['lib/carriers/airalo.ts', airalo, []],
  ['lib/carriers/deutsche-telekom.ts', deutscheTelekom, []],
  ['lib/carriers/ee.ts', ee, []],
  ['lib/carriers/holafly.ts', holafly, []],
  ['lib/carriers/mts.ts', mts, [russianRules]],
  ['lib/carriers/t-mobile-us.ts', tMobileUs, []],
  ['lib/carriers/t2.ts', t2, [russianRules]],
  ['lib/carriers/vodafone-uk.ts', vodafoneUk, []],
  ['lib/carriers/generic.ts', generic, []],
];
