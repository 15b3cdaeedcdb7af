/** Input clean-up and lookups shared by the ICCID, EID and phone parsers. */
import { getCountries, getCountryCallingCode, type CountryCode } from 'libphonenumber-js/min';

/** Spaces (any Unicode whitespace) and dashes, which people type or paste between digit groups. */
export const SEPARATOR = /[\s\-\u2010-\u2015\u2212]/u;

/** NFKC-folds the input (full-width digits become ASCII) and removes spaces and dashes. */
export function compact(input: string): string {
  return fold(input).replace(new RegExp(SEPARATOR.source, 'gu'), '');
}

/** NFKC form of the input, so "８９８６" reads as "8986". */
export function fold(input: string): string {
  return input.normalize('NFKC');
}

/** The first character that is neither a separator nor allowed, with its index in fold(input); allowed sees its position among the kept characters. */
export function firstBadCharacter(input: string, allowed: (ch: string, kept: number) => boolean): { character: string; position: number } | undefined {
  let kept = 0;
  let i = 0;
  for (const ch of fold(input)) {
    if (!SEPARATOR.test(ch)) {
      if (!allowed(ch, kept)) return { character: ch, position: i };
      kept++;
    }
    i += ch.length;
  }
  return undefined;
}

let byCallingCode: Map<string, CountryCode[]> | undefined;

/** The ISO alpha-2 countries that use an E.164 calling code, from libphonenumber-js's metadata (alphabetical; [] if none). */
export function countriesForCallingCode(code: string): CountryCode[] {
  if (!byCallingCode) {
    byCallingCode = new Map();
    for (const country of getCountries()) {
      const key = getCountryCallingCode(country);
      byCallingCode.set(key, [...(byCallingCode.get(key) ?? []), country]);
    }
  }
  return byCallingCode.get(code) ?? [];
}
