import { describe, expect, it } from 'vitest';
import { CARRIERS, GENERIC_CARRIER_ID } from '@/lib/carriers';
import { effectiveAnswers, emptyProgress, evaluate } from '@/lib/engine/evaluate';

describe('the carrier catalogue', () => {
  // Text keys, sources, read-date format, channel links, unique ids, order and a task in every later stage are the
  // validator's (lib/carriers/validate.ts, tests/unit/carriers-validate.test.ts): CARRIERS would not load without them.
  it('has T2, MTS, Airalo, Holafly and a generic carrier', () => {
    expect(CARRIERS.map((c) => c.id)).toEqual(expect.arrayContaining(['t2', 'mts', 'airalo', 'holafly', GENERIC_CARRIER_ID]));
  });

  // The validator lets a medium or low item rest on an unread page (tests/unit/provenance.test.ts); the shipped rules and
  // verdicts each cite at least one page a research file read, beside any unread one.
  it.each(CARRIERS.map((c) => [c.id, c] as const))('%s: every rule and verdict cites a page a research file read', (_, carrier) => {
    for (const item of [...carrier.rules, ...carrier.verdicts])
      expect(
        item.sources.some((key) => carrier.sources[key]?.readOn !== undefined),
        `${item.id} cites no source we read`,
      ).toBe(true);
  });

  it('asks a traveler with a phone number to move their sign-in codes before the number ends', () => {
    const withNumber = CARRIERS.find((c) => c.id === 't2')!;
    const items = evaluate(withNumber, effectiveAnswers(withNumber, emptyProgress()), emptyProgress()).stages[1].items;
    expect(items.map((i) => i.id)).toContain('common-move-codes');
    const dataOnly = CARRIERS.find((c) => c.id === 'airalo')!;
    expect(evaluate(dataOnly, effectiveAnswers(dataOnly, emptyProgress()), emptyProgress()).stages[1].items.map((i) => i.id)).not.toContain(
      'common-move-codes',
    );
  });

  it('warns against deleting the eSIM while it is installed', () => {
    for (const carrier of CARRIERS) {
      const items = evaluate(carrier, { ...carrier.defaults, esimInstalled: 'yes' }, emptyProgress()).stages[0].items;
      expect(items.find((i) => i.id === 'common-keep-esim')?.kind, carrier.id).toBe('warning');
    }
  });

  it('gives T2 the official verdicts: in a store at home, a notarised proxy from abroad', () => {
    const carrier = CARRIERS.find((c) => c.id === 't2')!;
    expect(evaluate(carrier, { inCountry: 'yes' }, emptyProgress()).verdict).toMatchObject({ verdict: 'in-person', confidence: 'high' });
    const abroad = evaluate(carrier, { inCountry: 'no' }, emptyProgress());
    expect(abroad.verdict.verdict).toBe('proxy');
    expect(abroad.stages[1].items.map((i) => i.id)).toContain('power-of-attorney');
    expect(abroad.verdict.sources.every((s) => s.official)).toBe(true);
  });

  it('says "check with the carrier" where the research found no official page (MTS, generic)', () => {
    for (const id of ['mts', GENERIC_CARRIER_ID]) {
      const carrier = CARRIERS.find((c) => c.id === id)!;
      // Bought from a seller: the shared reseller verdict (lib/carriers/reseller.ts); otherwise check with the carrier.
      expect(carrier.verdicts.map((v) => v.verdict)).toEqual(['through-seller', 'check-with-carrier']);
      expect(carrier.confidence).toBe('low');
    }
    expect(
      CARRIERS.find((c) => c.id === 'mts')!
        .rules.filter((r) => !r.id.startsWith('common-') && !r.id.startsWith('russia-') && !r.id.startsWith('reseller-'))
        .every((r) => r.confidence === 'low'),
    ).toBe(true);
  });
});
