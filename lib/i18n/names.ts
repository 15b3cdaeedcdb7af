import { carrierNamespace } from '../carriers/define';
import type { Carrier } from '../engine/schema';
import { LOCALES, PSEUDO_LOCALES, type Locale } from './locales';
import { WRITTEN } from './server';

/**
 * The carrier's name as written in `locale`: `<namespace>.name` in locales/<locale>/carriers.json, so translators own it
 * (МТС in Russian, 中国移动 in Chinese); en's where the language has none. Server-only: client components get names as props.
 */
export function carrierName(carrier: Pick<Carrier, 'id'>, locale: Locale): string {
  const ns = carrierNamespace(carrier.id);
  const nameIn = (l: Locale) => (WRITTEN[l]?.carriers[ns] as { name?: unknown } | undefined)?.name;
  // The pseudo-locales keep the real names: they test the layout, and a traveler's carrier is never pseudo-translated.
  const name = ((PSEUDO_LOCALES as readonly string[]).includes(locale) ? undefined : nameIn(locale)) ?? nameIn('en');
  if (typeof name !== 'string') throw new Error(`locales/en/carriers.json: key ${ns}.name: missing (every carrier needs its name)`);
  return name;
}

/** The carrier's name in every language that has one, e.g. for search. */
export function carrierNames(carrier: Pick<Carrier, 'id'>): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, carrierName(carrier, l)]));
}

/** A country's name in `locale`, from the platform's CLDR data (no strings of our own to translate). */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}
