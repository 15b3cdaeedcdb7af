/**
 * Every country's (and market's) rights file, and the lookup the engine uses. Plain data: validated at build by
 * lib/carriers/validate.ts (validateRights), so this module stays free of zod and can run in the browser.
 */
import type { CountryRights } from '../engine/schema';
import { marketsOf } from '../engine/markets';
import { cn } from './cn';
import { de } from './de';
import { eu } from './eu';
import { gb } from './gb';
import { hk } from './hk';
import { ru } from './ru';
import { us } from './us';

/** Each rights file with its path (for the validator's messages). Keep sorted by path. */
export const RIGHTS_FILES: [file: string, rights: CountryRights][] = [
  ['lib/rights/cn.ts', cn],
  ['lib/rights/de.ts', de],
  ['lib/rights/eu.ts', eu],
  ['lib/rights/gb.ts', gb],
  ['lib/rights/hk.ts', hk],
  ['lib/rights/ru.ts', ru],
  ['lib/rights/us.ts', us],
];

/** The rights files that apply in `country`: its own, then its markets' (EU); none for a carrier without a country. */
export function rightsFor(country: string | null, files: readonly [string, CountryRights][] = RIGHTS_FILES): CountryRights[] {
  if (country === null) return [];
  const codes = [country, ...marketsOf(country)];
  return codes.flatMap((code) => files.filter(([, r]) => r.country === code).map(([, r]) => r));
}
