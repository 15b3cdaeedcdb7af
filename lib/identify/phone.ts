/**
 * Phone numbers, with libphonenumber-js's small ("min") metadata. A number gives a country, never a
 * carrier: with number portability (Russia since 2013, China, the UK, the US…) the prefix does not
 * prove which operator serves the number today.
 */
import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/min';
import { compact } from './text';

export const PHONE_REFUSALS = ['empty', 'not-a-number', 'invalid-country', 'too-short', 'too-long', 'invalid'] as const;
/** Why a string is not a phone number; invalid-country also covers a national number typed without a default country. */
export type PhoneRefusal = (typeof PHONE_REFUSALS)[number];
/** parsePhone's answer. */
export type PhoneResult =
  | {
      ok: true;
      e164: string;
      /** The number's country; for a number outside every known range, the main country of its calling code. */
      country: CountryCode | null;
      /** Countries sharing the calling code that the number could belong to (libphonenumber's order, main country first). */
      countries: CountryCode[];
      callingCode: string;
      /** false when the length is possible but no numbering range matches (e.g. UK's fictional 07700 900xxx). */
      valid: boolean;
      /** Set when a number typed without a country code was read as Russian ("8-9xx…": 8 stands for +7 there). */
      assumedRussian?: true;
    }
  | { ok: false; reason: PhoneRefusal };

const LENGTH_REASONS: Record<string, PhoneRefusal> = {
  NOT_A_NUMBER: 'not-a-number',
  INVALID_COUNTRY: 'invalid-country',
  TOO_SHORT: 'too-short',
  TOO_LONG: 'too-long',
  INVALID_LENGTH: 'invalid',
};

/** Parses a pasted phone number ("+…", "00…", or national with defaultCountry); never throws. */
export function parsePhone(input: string, defaultCountry?: CountryCode): PhoneResult {
  try {
    const text = String(input).normalize('NFKC').trim();
    if (compact(text) === '') return { ok: false, reason: 'empty' };
    // "00" is the international prefix in most of the world; libphonenumber only knows it per country.
    const international = /^0\s*0/.test(text) ? `+${text.replace(/^0\s*0/, '')}` : text;
    // A Russian mobile written the Russian way, 8 9xx xxx-xx-xx (11 digits), is how travelers copy it from a seller's page; no
    // other country's numbers take that form, so without a default country it is read as Russian and the result says so.
    if (!defaultCountry && /^89\d{9}$/.test(compact(text).replace(/[()]/g, ''))) {
      const russian = parsePhone(text, 'RU');
      return russian.ok ? { ...russian, assumedRussian: true } : russian;
    }
    const number = parsePhoneNumberFromString(international, defaultCountry);
    if (!number || !number.isPossible()) {
      const problem = validatePhoneNumberLength(international, defaultCountry);
      return { ok: false, reason: (problem && LENGTH_REASONS[problem]) || 'invalid' };
    }
    const countries = number.getPossibleCountries();
    return {
      ok: true,
      e164: number.number,
      country: number.country ?? countries[0] ?? null,
      countries,
      callingCode: number.countryCallingCode,
      valid: number.isValid(),
    };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}
