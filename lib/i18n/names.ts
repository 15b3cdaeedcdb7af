import type { Carrier } from '../engine/schema';
import type { Locale } from './locales';

/** The carrier's name as written in `locale` (en where the carrier file has no name in that language). */
export function carrierName(carrier: Carrier, locale: Locale | string): string {
  return (carrier.names as Record<string, string>)[locale] ?? carrier.names.en;
}

/** A country's name in `locale`, from the platform's CLDR data (no strings of our own to translate). */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}
