import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carriersForCountry, identify } from '@/lib/identify';

describe('identify', () => {
  it('detects an ICCID, hex letters and refusals included', () => {
    expect(identify('8965 8808 1210 0011 146')).toMatchObject({ kind: 'iccid', iccid: { ok: true, normalized: '8965880812100011146' } });
    expect(identify('898600B51234567890AB')).toMatchObject({ kind: 'iccid', iccid: { ok: true, issuer: { carrierId: 'china-mobile' } } });
    expect(identify('89'.padEnd(23, '1'))).toMatchObject({ kind: 'iccid', iccid: { ok: false, reason: 'too-long' } });
  });

  it('detects an EID (32 digits), even one starting with 89, and keeps a bad one as an EID', () => {
    expect(identify('8904 9032 0000 0000 0000 0000 1234 5644')).toEqual({ kind: 'eid', eid: { ok: true, normalized: '89049032000000000000000012345644' } });
    expect(identify('89049032000000000000000012345645')).toEqual({ kind: 'eid', eid: { ok: false, reason: 'check-digits' } });
  });

  it('detects a phone number by + or 00, or as a national number with a default country', () => {
    expect(identify('+7 912 345-67-89')).toMatchObject({ kind: 'phone', phone: { ok: true, country: 'RU' } });
    expect(identify('0086 138 0013 8000')).toMatchObject({ kind: 'phone', phone: { ok: true, country: 'CN' } });
    expect(identify('+1')).toEqual({ kind: 'phone', phone: { ok: false, reason: 'too-short' } });
    expect(identify('138 0013 8000', { defaultCountry: 'CN' })).toMatchObject({ kind: 'phone', phone: { ok: true, country: 'CN' } });
  });

  it('says unknown for empty input and for text that is none of these', () => {
    expect(identify('  ')).toEqual({ kind: 'unknown', reason: 'empty' });
    expect(identify('hello')).toEqual({ kind: 'unknown', reason: 'unrecognised' });
    expect(identify('1234567890123456789')).toEqual({ kind: 'unknown', reason: 'unrecognised' });
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        expect(['iccid', 'eid', 'phone', 'unknown']).toContain(identify(input).kind);
      }),
    );
  });
});

describe('carriersForCountry', () => {
  const catalogue = [
    { id: 'mts', country: 'RU' },
    { id: 'airalo', country: null },
    { id: 't2', country: 'RU' },
    { id: 'china-mobile', country: 'CN' },
  ];

  it('returns the ids in that country, in catalogue order, ignoring global sellers', () => {
    expect(carriersForCountry('RU', catalogue)).toEqual(['mts', 't2']);
    expect(carriersForCountry('cn', catalogue)).toEqual(['china-mobile']);
    expect(carriersForCountry('GB', catalogue)).toEqual([]);
  });
});
