import { identifyIssuer } from 'e118-iin-list';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ICCID_REFUSALS, parseIccid, type IccidResult } from '@/lib/identify/iccid';

/** Independent Luhn: the digit that makes body+digit pass (doubling every second digit from the right of the body). */
function luhnDigit(body: string): string {
  const sum = [...body].reverse().reduce((acc, ch, i) => {
    const d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    return acc + Math.floor(d / 10) + (d % 10);
  }, 0);
  return String((10 - (sum % 10)) % 10);
}

function ok(result: IccidResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}`);
  return result;
}

const BODY_18 = '896588081210001114'; // research §5.1 (smartjac)
const ICCID_19 = BODY_18 + luhnDigit(BODY_18);
const BODY_19 = '8944470000012345678'; // Truphone UK range
const ICCID_20 = BODY_19 + luhnDigit(BODY_19);
const wrongLast = (iccid: string) => iccid.slice(0, -1) + String((Number(iccid.at(-1)) + 1) % 10);

describe('parseIccid: real-format vectors', () => {
  it('accepts the research body with its Luhn digit (6, as research computed) without warnings', () => {
    expect(luhnDigit(BODY_18)).toBe('6');
    const result = ok(parseIccid(ICCID_19));
    expect(result.normalized).toBe('8965880812100011146');
    expect(result.warnings).toEqual([]);
    expect(result).toMatchObject({ countryCallingCode: '65', country: 'SG' });
  });

  it('accepts a Luhn-valid 20-digit ICCID without warnings', () => {
    expect(ok(parseIccid(ICCID_20)).warnings).toEqual([]);
  });

  it('accepts a wrong check digit with a check-digit warning, never a refusal', () => {
    expect(ok(parseIccid(wrongLast(ICCID_19))).warnings).toEqual(['check-digit']);
    expect(ok(parseIccid(wrongLast(ICCID_20))).warnings).toEqual(['check-digit']);
  });

  it('reads a hex-lettered China Mobile card (898600B5…) as China Mobile via the override, with no Luhn', () => {
    const result = ok(parseIccid('898600b51234567890ab'));
    expect(result.normalized).toBe('898600B51234567890AB');
    expect(result.issuer).toMatchObject({ name: 'China Mobile', carrierId: 'china-mobile', source: 'override', confidence: 'medium' });
    expect(result.country).toBe('CN');
    expect(result.warnings).toEqual(['no-check-digit-possible']);
  });

  it('lets overrides win over the package: 898600… is China Mobile, not the list\'s stale "China Telecom"', () => {
    const iccid = '89860012345678901' + luhnDigit('89860012345678901');
    expect(identifyIssuer(iccid)?.companyName).toBe('China Telecom');
    expect(ok(parseIccid(iccid)).issuer).toMatchObject({ name: 'China Mobile', carrierId: 'china-mobile' });
  });

  it('maps the other mainland prefixes, China Broadnet without a carrier page', () => {
    expect(ok(parseIccid('8986011234567890123')).issuer?.carrierId).toBe('china-unicom');
    expect(ok(parseIccid('8986111234567890123')).issuer?.carrierId).toBe('china-telecom');
    expect(ok(parseIccid('8986081234567890123')).issuer).toMatchObject({ carrierId: 'china-mobile', confidence: 'low' });
    const broadnet = ok(parseIccid('8986151234567890123')).issuer;
    expect(broadnet?.name).toBe('China Broadnet');
    expect(broadnet?.carrierId).toBeUndefined();
  });

  it('drops one trailing F pad (19 digits read from a 20-nibble field), either case', () => {
    for (const padded of [`${ICCID_19}F`, `${ICCID_19}f`]) {
      const result = ok(parseIccid(padded));
      expect(result.normalized).toBe(ICCID_19);
      expect(result.warnings).toEqual(['padding-removed']);
    }
  });

  it('accepts 18 and 22 characters and refuses 17 and 23 with the right reason', () => {
    expect(parseIccid('89'.padEnd(18, '1')).ok).toBe(true);
    expect(parseIccid('89'.padEnd(22, '1')).ok).toBe(true);
    expect(parseIccid('89'.padEnd(17, '1'))).toEqual({ ok: false, reason: 'too-short', detail: { length: 17 } });
    expect(parseIccid('89'.padEnd(23, '1'))).toEqual({ ok: false, reason: 'too-long', detail: { length: 23 } });
  });

  it('refuses what does not start with 89, and empty input', () => {
    expect(parseIccid('1234567890123456789')).toEqual({ ok: false, reason: 'not-89' });
    expect(parseIccid('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseIccid(' - \t')).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses letters in the first 6 characters and punctuation, naming the first offending character', () => {
    expect(parseIccid('89A6001234567890123')).toEqual({ ok: false, reason: 'bad-characters', detail: { character: 'A', position: 2 } });
    expect(parseIccid('8986 0G12345678901234')).toMatchObject({ reason: 'bad-characters', detail: { character: 'G' } });
    expect(parseIccid('8986.001234567890123')).toMatchObject({ reason: 'bad-characters', detail: { character: '.', position: 4 } });
  });

  it('ignores spaces, dashes and other whitespace, and reads full-width digits', () => {
    expect(ok(parseIccid(' 8965 8808-1210\u00a00011\t146 ')).normalized).toBe(ICCID_19);
    expect(ok(parseIccid('８９６５８８０８１２１０００１１１４６')).normalized).toBe(ICCID_19);
  });

  it('identifies a UK Truphone 894447… from the package', () => {
    const result = ok(parseIccid(ICCID_20));
    expect(result.issuer).toMatchObject({ name: 'Truphone Limited', carrierId: 'truphone', source: 'itu-list' });
    expect(result).toMatchObject({ countryCallingCode: '44', country: 'GB' });
    expect(result.countries).toEqual(expect.arrayContaining(['GB', 'JE', 'GG', 'IM']));
  });

  it('reads Russia 8970120… as T2 with low confidence, and picks RU out of the shared +7', () => {
    const result = ok(parseIccid('8970120123456789012'));
    expect(result.issuer).toMatchObject({ carrierId: 't2', confidence: 'low', source: 'override' });
    expect(result).toMatchObject({ countryCallingCode: '7', country: 'RU', countries: ['KZ', 'RU'] });
    expect(ok(parseIccid('8970101123456789012')).issuer?.carrierId).toBe('mts');
    expect(ok(parseIccid('8970102123456789012')).issuer?.carrierId).toBe('megafon');
    expect(ok(parseIccid('8970199123456789012')).issuer?.carrierId).toBe('beeline');
  });

  it('returns the list of countries when a shared code has no known issuer', () => {
    const result = ok(parseIccid('8975512345678901234'));
    expect(result).toMatchObject({ countryCallingCode: '7', country: null, countries: ['KZ', 'RU'], issuer: null });
  });

  it('reads NANP "8901…" as calling code 1 and picks the US by the issuer (T-Mobile USA)', () => {
    const result = ok(parseIccid('8901260123456789012'));
    expect(result).toMatchObject({ countryCallingCode: '1', country: 'US' });
    expect(result.issuer).toMatchObject({ name: 'T-Mobile USA', carrierId: 't-mobile-us' });
  });

  it("reads Kazakhstan ICCIDs by their 997 code, and Hong Kong's CMHK", () => {
    expect(ok(parseIccid('8999701123456789012'))).toMatchObject({ countryCallingCode: '997', country: 'KZ' });
    expect(ok(parseIccid('8985212012345678901'))).toMatchObject({ country: 'HK', issuer: { carrierId: 'cmhk' } });
  });
});

describe('parseIccid: properties', () => {
  const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
  const validBody = digits(15, 19).map((rest) => `89${rest}`); // 17–21 digits, 18–22 with the check digit

  it('returns ok or a known reason for any string and never throws', () => {
    const iccidish = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFabcdefFG -.\t８'), maxLength: 30 }).map((s) => `89${s}`);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), iccidish), (input) => {
        const result = parseIccid(input);
        expect(result.ok || ICCID_REFUSALS.includes(result.reason)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives no check-digit warning with the Luhn digit appended, and one after any single-digit change', () => {
    fc.assert(
      fc.property(validBody, fc.nat(), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const iccid = body + luhnDigit(body);
        expect(ok(parseIccid(iccid)).warnings).not.toContain('check-digit');
        const i = 2 + (at % (iccid.length - 2)); // keep the "89"
        const changed = iccid.slice(0, i) + String((Number(iccid[i]) + delta) % 10) + iccid.slice(i + 1);
        expect(ok(parseIccid(changed)).warnings).toContain('check-digit');
      }),
    );
  });

  it('ignores spaces and dashes inserted anywhere', () => {
    const separators = fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '-', '  ', '\t', '\u2013')), { maxLength: 8 });
    fc.assert(
      fc.property(fc.oneof(validBody, fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFx.'), maxLength: 25 })), separators, (plain, inserts) => {
        let spaced = plain;
        for (const [at, sep] of inserts) {
          const i = at % (spaced.length + 1);
          spaced = spaced.slice(0, i) + sep + spaced.slice(i);
        }
        const a = parseIccid(plain);
        const b = parseIccid(spaced);
        if (a.ok || a.reason !== 'bad-characters') expect(b).toEqual(a);
        else expect(b).toMatchObject({ ok: false, reason: 'bad-characters', detail: { character: a.detail?.character } });
      }),
    );
  });
});
