/**
 * EID: the 32-digit identifier of the phone's eUICC chip (GSMA SGP.29; research §5.3). It names the
 * chip, not the plan, so it cannot identify a carrier; recognising it lets the page say so.
 * Check digits: ISO/IEC 7064 MOD 97-10, as in IBAN: the whole number mod 97 must be 1.
 */
import { compact, firstBadCharacter } from './text';

export const EID_LENGTH = 32;
export const EID_REFUSALS = ['empty', 'bad-characters', 'too-short', 'too-long', 'check-digits'] as const;
/** Why a string is not a valid EID. */
export type EidRefusal = (typeof EID_REFUSALS)[number];
/** parseEid's answer. */
export type EidResult =
  { ok: true; normalized: string } | { ok: false; reason: EidRefusal; detail?: { character?: string; position?: number; length?: number } };

/** The digit string mod 97, one digit at a time (exact for any length, unlike Number). */
export function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i++) rest = (rest * 10 + digits.charCodeAt(i) - 48) % 97;
  return rest;
}

/** Parses a pasted EID (spaces and dashes ignored); never throws. */
export function parseEid(input: string): EidResult {
  const eid = compact(String(input));
  if (eid === '') return { ok: false, reason: 'empty' };
  const bad = firstBadCharacter(String(input), (ch) => /^[0-9]$/.test(ch));
  if (bad) return { ok: false, reason: 'bad-characters', detail: bad };
  if (eid.length < EID_LENGTH) return { ok: false, reason: 'too-short', detail: { length: eid.length } };
  if (eid.length > EID_LENGTH) return { ok: false, reason: 'too-long', detail: { length: eid.length } };
  if (mod97(eid) !== 1) return { ok: false, reason: 'check-digits' };
  return { ok: true, normalized: eid };
}
