/**
 * The carrier catalogue: every carrier file, validated by the engine's schema when this module loads
 * (so `next build` and the tests fail on a bad entry, naming the file and the field).
 * Server-only: client components receive one carrier as plain props.
 */
import { CarrierSchema, type Carrier } from '../engine/schema';
import { airalo } from './airalo';
import { commonRules } from './common';
import { withRuleSets, type CarrierEntry } from './define';
import { generic } from './generic';
import { holafly } from './holafly';
import { mts } from './mts';
import { russianRules } from './russia';
import { t2 } from './t2';

/** Each carrier file with the shared rule sets it takes. Keep sorted by id, "generic" last. */
const ENTRIES: [file: string, entry: CarrierEntry, extra: typeof russianRules[]][] = [
  ['lib/carriers/airalo.ts', airalo, []],
  ['lib/carriers/holafly.ts', holafly, []],
  ['lib/carriers/mts.ts', mts, [russianRules]],
  ['lib/carriers/t2.ts', t2, [russianRules]],
  ['lib/carriers/generic.ts', generic, []],
];

/** Validates one carrier and names the file and field of every problem. */
export function parseCarrier(file: string, raw: unknown): Carrier {
  const result = CarrierSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`Invalid carrier data:\n${problems.join('\n')}`);
}

export const CARRIERS: readonly Carrier[] = ENTRIES.map(([file, entry, extra]) =>
  parseCarrier(file, withRuleSets(entry, ...extra, commonRules)),
);

export const GENERIC_CARRIER_ID = 'generic';

export function findCarrier(id: string): Carrier | undefined {
  return CARRIERS.find((c) => c.id === id);
}
