import { describe, expect, it } from 'vitest';
import enCarriers from '@/locales/en/carriers.json';
import { CARRIERS, GENERIC_CARRIER_ID } from '@/lib/carriers';
import { effectiveAnswers, emptyProgress, evaluate } from '@/lib/engine/evaluate';
import { STAGES } from '@/lib/engine/stages';
import { flatten } from '@/lib/i18n/flatten';

const enKeys = new Set(Object.keys(flatten(enCarriers)));

describe('the carrier catalogue', () => {
  it('has T2, MTS, Airalo, Holafly and a generic carrier, each id once', () => {
    const ids = CARRIERS.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['t2', 'mts', 'airalo', 'holafly', GENERIC_CARRIER_ID]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(CARRIERS.map((c) => [c.id, c] as const))('%s: every text key it uses is in locales/en/carriers.json', (_, carrier) => {
    const keys = [...carrier.rules.map((r) => r.text), ...carrier.verdicts.map((v) => v.text), ...carrier.channels.map((c) => c.label)];
    expect(keys.filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it.each(CARRIERS.map((c) => [c.id, c] as const))('%s: every rule and verdict cites a source we read (an unread one only beside it), and official channels are https, mailto or tel', (_, carrier) => {
    for (const item of [...carrier.rules, ...carrier.verdicts]) {
      expect(item.sources.length, `${item.id} has no source`).toBeGreaterThan(0);
      expect(item.sources.some((key) => carrier.sources[key]?.readOn !== undefined), `${item.id} cites no source we read`).toBe(true);
      for (const key of item.sources) if (carrier.sources[key]?.readOn !== undefined) expect(carrier.sources[key].readOn, `${item.id} cites ${key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const channel of carrier.channels) expect(channel.url).toMatch(/^(https:\/\/|mailto:|tel:)/);
  });

  it.each(CARRIERS.map((c) => [c.id, c] as const))('%s: for its default answers, every stage after the first has something to tick', (_, carrier) => {
    const stages = evaluate(carrier, effectiveAnswers(carrier, emptyProgress()), emptyProgress()).stages;
    for (const stage of STAGES.slice(1)) {
      expect(stages.find((s) => s.stage === stage)!.items.some((i) => i.kind === 'task'), stage).toBe(true);
    }
  });

  it('asks a traveler with a phone number to move their sign-in codes before the number ends', () => {
    const withNumber = CARRIERS.find((c) => c.id === 't2')!;
    const items = evaluate(withNumber, effectiveAnswers(withNumber, emptyProgress()), emptyProgress()).stages[1].items;
    expect(items.map((i) => i.id)).toContain('common-move-codes');
    const dataOnly = CARRIERS.find((c) => c.id === 'airalo')!;
    expect(evaluate(dataOnly, effectiveAnswers(dataOnly, emptyProgress()), emptyProgress()).stages[1].items.map((i) => i.id)).not.toContain('common-move-codes');
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
    expect(CARRIERS.find((c) => c.id === 'mts')!.rules.filter((r) => !r.id.startsWith('common-') && !r.id.startsWith('russia-') && !r.id.startsWith('reseller-')).every((r) => r.confidence === 'low')).toBe(true);
  });
});
