import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHONE_REFUSALS, parsePhone } from '@/lib/identify/phone';

describe('parsePhone', () => {
  it('reads +7 912 345-67-89 as Russia', () => {
    expect(parsePhone('+7 912 345-67-89')).toEqual({ ok: true, e164: '+79123456789', country: 'RU', countries: ['RU'], callingCode: '7', valid: true });
  });

  it('leaves the +7 split between Russia and Kazakhstan to the library', () => {
    expect(parsePhone('+7 701 123 4567')).toMatchObject({ ok: true, country: 'KZ', callingCode: '7' });
  });

  it('reads +86 138 0013 8000 as China', () => {
    expect(parsePhone('+86 138 0013 8000')).toMatchObject({ ok: true, e164: '+8613800138000', country: 'CN', callingCode: '86', valid: true });
  });

  it("reads +44 7700 900123 as GB, flagged not valid (07700 900xxx is the UK's fictional range)", () => {
    expect(parsePhone('+44 7700 900123')).toMatchObject({ ok: true, country: 'GB', callingCode: '44', valid: false });
    expect(parsePhone('+44 7911 123456')).toMatchObject({ ok: true, callingCode: '44', valid: true });
  });

  it('reads the 00 international prefix like +', () => {
    expect(parsePhone('0044 7700 900123')).toMatchObject({ ok: true, e164: '+447700900123', country: 'GB' });
    expect(parsePhone('00 7 912 345 67 89', 'CN')).toMatchObject({ ok: true, e164: '+79123456789', country: 'RU' });
  });

  it('reads a national number only with a default country', () => {
    expect(parsePhone('8 912 345 67 89', 'RU')).toMatchObject({ ok: true, e164: '+79123456789', country: 'RU' });
    expect(parsePhone('912 345 67 89')).toEqual({ ok: false, reason: 'invalid-country' });
  });

  it('reads a Russian mobile written as a Chinese traveler copies it (+7, 007, 8-9xx) as Russia, saying when it assumed so (issue 17)', () => {
    for (const written of ['+7 912 345 67 89', '007 912 345 67 89', '0079123456789'])
      expect(parsePhone(written)).toEqual({ ok: true, e164: '+79123456789', country: 'RU', countries: ['RU'], callingCode: '7', valid: true });
    for (const written of ['8-912-345-67-89', '8 (912) 345-67-89', '89123456789'])
      expect(parsePhone(written)).toEqual({
        ok: true,
        e164: '+79123456789',
        country: 'RU',
        countries: ['RU'],
        callingCode: '7',
        valid: true,
        assumedRussian: true,
      });
    // A Chinese mobile (11 digits starting 1) is not taken for Russian, and 8 followed by another digit is not assumed.
    expect(parsePhone('138 0013 8000')).toMatchObject({ ok: false });
    expect(parsePhone('8 495 123 45 67')).toMatchObject({ ok: false });
  });

  it('gives a reason for garbage', () => {
    expect(parsePhone('')).toEqual({ ok: false, reason: 'empty' });
    expect(parsePhone('hello')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parsePhone('+1')).toEqual({ ok: false, reason: 'too-short' });
    expect(parsePhone('+7 912')).toEqual({ ok: false, reason: 'too-short' });
    expect(parsePhone('+999 1234')).toEqual({ ok: false, reason: 'invalid-country' });
  });

  it('never throws and returns ok or a known reason', () => {
    const phoneish = fc.string({ unit: fc.constantFrom(...'+0123456789 -()x'), maxLength: 25 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), phoneish), fc.constantFrom(undefined, 'RU', 'CN', 'US'), (input, country) => {
        const result = parsePhone(input, country);
        expect(result.ok || PHONE_REFUSALS.includes(result.reason)).toBe(true);
      }),
    );
  });
});
