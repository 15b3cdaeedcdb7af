import { describe, expect, it } from 'vitest';
import { CARRIERS } from '@/lib/carriers';
import { parseIccid } from '@/lib/identify';
import { knownIccidPrefixes } from '@/lib/identify/prefixes';

/** A 19-digit ICCID starting with `prefix`, with a valid Luhn check digit. */
function iccidWith(prefix: string): string {
  const body = (prefix + '0'.repeat(18)).slice(0, 18);
  for (let d = 0; d <= 9; d++) {
    const candidate = body + d;
    if (parseIccid(candidate).ok && !(parseIccid(candidate) as { warnings: string[] }).warnings.includes('check-digit')) return candidate;
  }
  throw new Error(`no check digit for ${prefix}`);
}

describe('the prefix table printed on the identify page', () => {
  const table = knownIccidPrefixes();

  it('has our overrides and the ITU rows of our carriers, each prefix once, in digit order', () => {
    expect(table.length).toBeGreaterThan(20);
    expect(new Set(table.map((p) => p.prefix)).size).toBe(table.length);
    expect(table.map((p) => p.prefix)).toEqual([...table.map((p) => p.prefix)].sort());
    expect(table.find((p) => p.prefix === '898600')).toMatchObject({ issuer: 'China Mobile', carrierId: 'china-mobile', source: 'override' });
    expect(table.find((p) => p.prefix === '894410')).toMatchObject({ carrierId: 'vodafone-uk', source: 'itu-list', country: 'GB' });
  });

  it('says what parseIccid says: each prefix names the same issuer and guide', () => {
    for (const row of table) {
      const parsed = parseIccid(iccidWith(row.prefix));
      expect(parsed.ok, row.prefix).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.issuer?.name, row.prefix).toBe(row.issuer);
      expect(parsed.issuer?.carrierId, row.prefix).toBe(row.carrierId);
    }
  });

  it('links only to carriers that have a guide', () => {
    const ids = new Set(CARRIERS.map((c) => c.id));
    for (const row of table) if (row.carrierId) expect(ids.has(row.carrierId), row.carrierId).toBe(true);
  });
});
