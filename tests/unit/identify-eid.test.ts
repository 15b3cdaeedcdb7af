import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EID_REFUSALS, mod97, parseEid } from '@/lib/identify/eid';

const RESEARCH_EID = '89049032000000000000000012345644'; // research §5.3

/** A valid EID from 30 digits: check digits = 98 − (number·100 mod 97), ISO/IEC 7064 MOD 97-10, computed with BigInt. */
function withCheckDigits(first30: string): string {
  return first30 + String(98n - ((BigInt(first30) * 100n) % 97n)).padStart(2, '0');
}

describe('parseEid', () => {
  it('accepts the research vector, which really is 1 mod 97', () => {
    expect(BigInt(RESEARCH_EID) % 97n).toBe(1n);
    expect(parseEid(RESEARCH_EID)).toEqual({ ok: true, normalized: RESEARCH_EID });
  });

  it('refuses the vector with one digit changed', () => {
    const changed = RESEARCH_EID.slice(0, 10) + '1' + RESEARCH_EID.slice(11);
    expect(parseEid(changed)).toEqual({ ok: false, reason: 'check-digits' });
  });

  it('refuses 31 and 33 digits, empty input and letters', () => {
    expect(parseEid(RESEARCH_EID.slice(1))).toMatchObject({ ok: false, reason: 'too-short' });
    expect(parseEid(`${RESEARCH_EID}0`)).toMatchObject({ ok: false, reason: 'too-long' });
    expect(parseEid(' ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseEid(`${RESEARCH_EID.slice(0, 31)}A`)).toMatchObject({ reason: 'bad-characters', detail: { character: 'A' } });
  });

  it('ignores spaces and dashes', () => {
    expect(parseEid('8904 9032 0000-0000 0000 0000 1234 5644')).toEqual({ ok: true, normalized: RESEARCH_EID });
  });
});

describe('parseEid: properties', () => {
  const digits30 = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 30, maxLength: 30 });

  it('never throws and returns ok or a known reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'0123456789 -'), maxLength: 40 })), (input) => {
        const result = parseEid(input);
        expect(result.ok || EID_REFUSALS.includes(result.reason)).toBe(true);
      }),
    );
  });

  it('accepts every EID with correct check digits and refuses any single-digit change', () => {
    fc.assert(
      fc.property(digits30, fc.nat(31), fc.integer({ min: 1, max: 9 }), (first30, at, delta) => {
        const eid = withCheckDigits(first30);
        expect(parseEid(eid).ok).toBe(true);
        const changed = eid.slice(0, at) + String((Number(eid[at]) + delta) % 10) + eid.slice(at + 1);
        expect(parseEid(changed)).toEqual({ ok: false, reason: 'check-digits' });
      }),
    );
  });

  it('computes mod 97 exactly as BigInt does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 40 }), (n) => {
        expect(mod97(n)).toBe(Number(BigInt(n) % 97n));
      }),
    );
  });
});
