/**
 * ICCID (ITU-T E.118 SIM card number): "89" + country calling code (1–3 digits) + issuer + account
 * + Luhn check digit. Real cards are messier than the standard (research §5.1, §12): hex letters on
 * some Chinese cards, an 'F' pad from the 20-nibble field, missing or extra check digits. So this
 * refuses only what cannot be an ICCID and turns the rest into warnings.
 */
import { e118IINList } from 'e118-iin-list';
import type { Confidence } from '../engine/schema';
import { ICCID_OVERRIDES, ITU_CARRIER_IDS, ITU_COUNTRY_NAMES } from './overrides';
import { compact, countriesForCallingCode, firstBadCharacter } from './text';

export const ICCID_MIN_LENGTH = 18;
export const ICCID_MAX_LENGTH = 22;

export const ICCID_REFUSALS = ['empty', 'not-89', 'too-short', 'too-long', 'bad-characters'] as const;
/** Why a string cannot be an ICCID. */
export type IccidRefusal = (typeof ICCID_REFUSALS)[number];
/** check-digit: Luhn failed; no-check-digit-possible: hex letters, so no Luhn; padding-removed: a trailing F was dropped. */
export type IccidWarning = 'check-digit' | 'no-check-digit-possible' | 'padding-removed';

/** Who issued the SIM profile (the network that made it; a reseller may have sold it). */
export interface IccidIssuer {
  name: string;
  carrierId?: string;
  source: 'override' | 'itu-list';
  confidence: Confidence;
  /** The ICCID prefix matched, including "89". */
  prefix: string;
  sources: readonly string[];
}

/** parseIccid's answer: a normalised ICCID with what it tells, or why it cannot be one. */
export type IccidResult =
  | {
      ok: true;
      /** Upper-case, without separators or the F pad. */
      normalized: string;
      countryCallingCode: string | null;
      /** The one country the ICCID points to, or null when the calling code is shared and the issuer does not settle it. */
      country: string | null;
      /** Every country using the calling code (ISO alpha-2). */
      countries: string[];
      issuer: IccidIssuer | null;
      warnings: IccidWarning[];
    }
  | { ok: false; reason: IccidRefusal; detail?: { character?: string; position?: number; length?: number } };

const ITU_SOURCES = ['e118-iin-list 4.1.4 (ITU-T E.118 IIN list, Operational Bulletin 1285)', 'http://www.itu.int/en/ITU-T/inr/forms/Pages/iin.aspx'] as const;
/** ITU reserved 997 for Kazakhstan, whose ICCIDs use it although its phones use +7 (research §5.1). */
const ICCID_ONLY_CODES: Readonly<Record<string, string[]>> = { '997': ['KZ'] };
let ituCodes: Set<string> | undefined;

function isCallingCode(code: string): boolean {
  ituCodes ??= new Set(Object.values(e118IINList).map((row) => String(row[2])));
  return countriesForCallingCode(code).length > 0 || ituCodes.has(code) || code in ICCID_ONLY_CODES;
}

/** True when the digits (check digit last) pass the Luhn check. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** The calling code after "89" (longest match; E.164 codes are prefix-free), skipping the "0" of NANP's "8901…". */
function callingCode(iccid: string): string | null {
  const rest = iccid.slice(iccid[2] === '0' ? 3 : 2);
  for (const length of [3, 2, 1]) {
    const code = rest.slice(0, length);
    if (/^[1-9]\d*$/.test(code) && isCallingCode(code)) return code;
  }
  return null;
}

/** Our overrides first (longest prefix), then the ITU list (longest key; the package's own regex can stop at a shorter one). */
function findIssuer(iccid: string): { issuer: IccidIssuer; country?: string } | null {
  const override = ICCID_OVERRIDES.filter((o) => iccid.startsWith(o.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  if (override) {
    const { prefix, issuer: name, carrierId, confidence, sources, country } = override;
    return { issuer: { name, ...(carrierId && { carrierId }), source: 'override', confidence, prefix, sources }, country };
  }
  for (let length = 6; length >= 3; length--) {
    const row = e118IINList[iccid.slice(2, 2 + length)];
    if (!row) continue;
    const [, , code, countryName, company] = row;
    const carrierId = ITU_CARRIER_IDS.find((m) => m.company === company && m.countryCode === code)?.carrierId;
    const issuer: IccidIssuer = {
      name: company,
      ...(carrierId && { carrierId }),
      source: 'itu-list',
      confidence: 'medium',
      prefix: iccid.slice(0, 2 + length),
      sources: ITU_SOURCES,
    };
    return { issuer, country: ITU_COUNTRY_NAMES[countryName] };
  }
  return null;
}

/** Parses a pasted ICCID; never throws. */
export function parseIccid(input: string): IccidResult {
  let iccid = compact(String(input)).toUpperCase();
  if (iccid === '') return { ok: false, reason: 'empty' };
  const bad = firstBadCharacter(String(input), (ch, kept) => /^[0-9]$/.test(ch) || (kept >= 6 && /^[A-F]$/i.test(ch)));
  if (bad) return { ok: false, reason: 'bad-characters', detail: bad };
  if (!iccid.startsWith('89')) return { ok: false, reason: 'not-89' };
  const warnings: IccidWarning[] = [];
  if (iccid.endsWith('F')) {
    iccid = iccid.slice(0, -1);
    warnings.push('padding-removed');
  }
  if (iccid.length < ICCID_MIN_LENGTH) return { ok: false, reason: 'too-short', detail: { length: iccid.length } };
  if (iccid.length > ICCID_MAX_LENGTH) return { ok: false, reason: 'too-long', detail: { length: iccid.length } };
  if (!/^\d+$/.test(iccid)) warnings.push('no-check-digit-possible');
  else if (!luhnValid(iccid)) warnings.push('check-digit');

  const code = callingCode(iccid);
  const countries: string[] = code ? (ICCID_ONLY_CODES[code] ?? countriesForCallingCode(code)) : [];
  const found = findIssuer(iccid);
  const country = countries.length === 1 ? countries[0] : found?.country && countries.includes(found.country) ? found.country : null;
  return { ok: true, normalized: iccid, countryCallingCode: code, country, countries, issuer: found?.issuer ?? null, warnings };
}
