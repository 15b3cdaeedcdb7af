/** Tells what a traveler pasted (ICCID, EID or phone number) and what it says about the carrier. */
import type { CountryCode } from 'libphonenumber-js/min';
import { parseEid, EID_LENGTH, type EidResult } from './eid';
import { parseIccid, type IccidResult } from './iccid';
import { parsePhone, type PhoneResult } from './phone';
import { compact } from './text';

export { parseEid, type EidResult, type EidRefusal } from './eid';
export { parseIccid, luhnValid, type IccidIssuer, type IccidRefusal, type IccidResult, type IccidWarning } from './iccid';
export { parsePhone, type PhoneRefusal, type PhoneResult } from './phone';

/** What identify() found; each kind carries its parser's full answer (which may still be a refusal). */
export type Identified =
  | { kind: 'iccid'; iccid: IccidResult }
  | { kind: 'eid'; eid: EidResult }
  | { kind: 'phone'; phone: PhoneResult }
  | { kind: 'unknown'; reason: 'empty' | 'unrecognised' };

/** E.164 numbers have at most 15 digits, so a longer string starting with 89 is meant as an ICCID. */
const LONGEST_PHONE = 15;

/** Decides whether the input is an EID (32 digits), an ICCID (89…, longer than a phone number) or a phone number; never throws. */
export function identify(input: string, options: { defaultCountry?: CountryCode } = {}): Identified {
  const text = String(input).normalize('NFKC').trim();
  const packed = compact(text);
  if (packed === '') return { kind: 'unknown', reason: 'empty' };
  if (packed.length === EID_LENGTH && /^\d+$/.test(packed)) return { kind: 'eid', eid: parseEid(text) };
  if (/^89/.test(packed) && packed.length > LONGEST_PHONE) return { kind: 'iccid', iccid: parseIccid(text) };
  if (/^(\+|0\s*0)/.test(text)) return { kind: 'phone', phone: parsePhone(text, options.defaultCountry) };
  const phone = parsePhone(text, options.defaultCountry);
  return phone.ok ? { kind: 'phone', phone } : { kind: 'unknown', reason: 'unrecognised' };
}

/** The ids of the carriers based in a country (ISO alpha-2, any case), in catalogue order; the caller passes the catalogue. */
export function carriersForCountry(countryCode: string, carriers: readonly { id: string; country: string | null }[]): string[] {
  const wanted = countryCode.toUpperCase();
  return carriers.filter((c) => c.country !== null && c.country === wanted).map((c) => c.id);
}
