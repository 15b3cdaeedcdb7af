/**
 * The fields of a traveler's case, in one place (no zod, so components can list them): the schema
 * (schema.ts CaseSchema), the browser's parser (lib/progress/parse.ts), the labels and the summary read these.
 */
import { factAlwaysHasPeriod } from './facts';
import type { Carrier } from './schema';
import type { Stage } from './stages';

/** The case's calendar dates (YYYY-MM-DD in the traveler's own time zone). */
export const CASE_DATE_FIELDS = ['purchasedOn', 'renewsOn', 'submittedOn', 'expectedBy', 'effectiveOn', 'refundedOn', 'chargedOn'] as const;

/** Every typed field (the dates, and the two references: the carrier's and the one a support team put in its link), in the order the summary, the case card and the reader show them. */
export const CASE_FIELDS = [
  'supportRef',
  'purchasedOn',
  'renewsOn',
  'submittedOn',
  'expectedBy',
  'reference',
  'effectiveOn',
  'refundedOn',
  'chargedOn',
] as const;

export type CaseDateField = (typeof CASE_DATE_FIELDS)[number];
export type CaseField = (typeof CASE_FIELDS)[number];

export function isCaseDateField(field: string): field is CaseDateField {
  return (CASE_DATE_FIELDS as readonly string[]).includes(field);
}

/**
 * The case fields a stage asks for. Track-review asks for the dates that give deadlines, and for the answer date
 * the carrier gave only when its processing time is not always known; check-charges asks for the date of a charge.
 */
export function caseFieldsAsked(stage: Stage, carrier: Pick<Carrier, 'facts'>): CaseField[] {
  switch (stage) {
    case 'track-review':
      return ['purchasedOn', 'renewsOn', 'submittedOn', ...(factAlwaysHasPeriod(carrier.facts.processingTime) ? [] : (['expectedBy'] as const)), 'reference'];
    case 'check-charges':
      return ['chargedOn'];
    default:
      return [];
  }
}
