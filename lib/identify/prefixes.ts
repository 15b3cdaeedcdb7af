/**
 * The ICCID prefixes we can name an issuer for, as one table: our overrides (China, Russia) and the ITU
 * list's rows for issuers that are one of our carriers. The identify page prints it, so that a traveler
 * without JavaScript can read their own number. Server side only (the ITU list is large).
 */
import { e118IINList } from 'e118-iin-list';
import type { Confidence } from '../engine/schema';
import { ICCID_OVERRIDES, ITU_CARRIER_IDS, ITU_COUNTRY_NAMES } from './overrides';
import { countriesForCallingCode } from './text';

export interface KnownPrefix {
  /** The start of the ICCID, "89" included. */
  prefix: string;
  issuer: string;
  carrierId?: string;
  /** ISO 3166-1 alpha-2, when the prefix settles it. */
  country: string | null;
  confidence: Confidence;
  source: 'override' | 'itu-list';
}

/** Every prefix, in digit order; where our table and the ITU list both have one, ours wins (as parseIccid reads them). */
export function knownIccidPrefixes(): KnownPrefix[] {
  const ours: KnownPrefix[] = ICCID_OVERRIDES.map((o) => ({
    prefix: o.prefix,
    issuer: o.issuer,
    ...(o.carrierId && { carrierId: o.carrierId }),
    country: o.country,
    confidence: o.confidence,
    source: 'override',
  }));
  const itu: KnownPrefix[] = Object.entries(e118IINList).flatMap(([key, row]) => {
    const [, , code, countryName, company] = row;
    const mapped = ITU_CARRIER_IDS.find((m) => m.company === company && m.countryCode === code);
    if (!mapped) return [];
    const countries = countriesForCallingCode(String(code));
    const country = ITU_COUNTRY_NAMES[countryName] ?? (countries.length === 1 ? countries[0] : null);
    return [{ prefix: `89${key}`, issuer: company, carrierId: mapped.carrierId, country, confidence: 'medium' as const, source: 'itu-list' as const }];
  });
  const overridden = (p: KnownPrefix) => ours.some((o) => p.prefix.startsWith(o.prefix) || o.prefix.startsWith(p.prefix));
  return [...ours, ...itu.filter((p) => !overridden(p))].sort((a, b) => a.prefix.localeCompare(b.prefix));
}
