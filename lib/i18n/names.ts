import type { Carrier } from '../engine/schema';
import type { Locale } from './locales';

/** The carrier's name as written in `locale`. */
export function carrierName(carrier: Carrier, locale: Locale): string {
  return carrier.names[locale];
}

/** A country's name in `locale`, from the platform's CLDR data (no strings of our own to translate). */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}
