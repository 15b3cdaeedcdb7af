/**
 * The letter form's fields and their checks (zod/mini, used through react-hook-form). Loaded only
 * with the letter form itself, so a stage page does not download zod to be shown.
 * Error messages are keys of letters.ui.errors in the traveler's language.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import * as z from 'zod/mini';
import { REFERENCE_PATTERN } from '../engine/terms';

export const LETTER_FIELDS = [
  'name',
  'phone',
  'email',
  'iccid',
  'order',
  'date',
  'bankDetails',
  'reference',
  'submittedOn',
  'chargeDate',
  'amount',
  'cancelledOn',
  'documents',
] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];
export type LetterValues = Record<LetterField, string>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The phone number as E.164 (+79123456789), or null when it is not a valid number. */
export function toE164(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim());
  return parsed?.isValid() ? parsed.number : null;
}

const optional = (check: (value: string) => boolean, message: string) => z.string().check(z.refine((v) => v.trim() === '' || check(v), message));
const required = (check: (value: string) => boolean, message: string) => z.string().check(z.refine((v) => v.trim() !== '' && check(v), message));
const anything = () => true;

/** The schema for the fields a set of letters uses; `needed` are those without which the letter makes no sense. */
export function letterSchema(needed: ReadonlySet<LetterField>) {
  const date = (key: LetterField) => (needed.has(key) ? required((v) => ISO_DATE.test(v), 'dateInvalid') : optional((v) => ISO_DATE.test(v), 'dateInvalid'));
  return z
    .object({
      name: needed.has('name') ? required(anything, 'nameRequired') : optional(anything, 'nameRequired'),
      phone: needed.has('phone') ? required((v) => toE164(v) !== null, 'phoneInvalid') : optional((v) => toE164(v) !== null, 'phoneInvalid'),
      email: optional((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()), 'emailInvalid'),
      iccid: z.string(),
      order: z.string(),
      date: date('date'),
      bankDetails: needed.has('bankDetails') ? required(anything, 'bankDetailsRequired') : z.string(),
      reference: optional((v) => REFERENCE_PATTERN.test(v.trim()), 'referenceInvalid'),
      submittedOn: date('submittedOn'),
      chargeDate: date('chargeDate'),
      amount: needed.has('amount') ? required(anything, 'amountRequired') : z.string(),
      cancelledOn: date('cancelledOn'),
      documents: needed.has('documents') ? required(anything, 'documentsRequired') : z.string(),
    })
    .check(z.refine((v) => !needed.has('iccid') || v.iccid.trim() !== '' || v.order.trim() !== '', { message: 'identifierRequired', path: ['iccid'] }));
}
