/**
 * Issue 17: "bought from a reseller" leads somewhere useful for every carrier: the verdict sends the traveler to the seller
 * (the shared verdict, or the carrier's own reseller rule where it has one), with the seller tasks and the seller letter.
 */
import { describe, expect, it } from 'vitest';
import { CARRIERS, findCarrier } from '@/lib/carriers';
import { resellerRules } from '@/lib/carriers/reseller';
import { withRuleSets } from '@/lib/carriers/define';
import { emptyProgress, evaluate } from '@/lib/engine/evaluate';
import type { Verdict } from '@/lib/engine/schema';
import { lettersForVerdict } from '@/lib/letters/compose';
import { composeLetter } from '@/lib/letters/compose';
import { letterTemplate } from '@/lib/i18n/server';
import enCarriers from '@/locales/en/carriers.json';
import zhCarriers from '@/locales/zh-CN/carriers.json';

const OWN_RESELLER_RULE = ['airalo', 'holafly', 'ubigi', 'cmhk'];

function resellerCase(id: string) {
  const carrier = findCarrier(id)!;
  return evaluate(carrier, { ...carrier.defaults, boughtFrom: 'reseller' }, emptyProgress());
}

describe('bought from a reseller, over the whole catalogue', () => {
  it.each(CARRIERS.map((c) => [c.id] as const))('%s: the verdict sends the traveler to the seller, with the seller letter and tasks', (id) => {
    const result = resellerCase(id);
    expect(result.verdict.verdict).toBe('through-seller');
    expect(result.verdict.id).toBe('ask-the-reseller');
    expect(result.verdict.text).toEqual(OWN_RESELLER_RULE.includes(id) ? expect.stringMatching(/\.verdictReseller$/) : 'reseller.verdict');
    expect(result.verdict.sources.some((s) => s.readOn)).toBe(true);
    expect(lettersForVerdict(result.verdict.verdict)).toEqual(['seller']);
    const ids = result.stages.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).toEqual(expect.arrayContaining(['reseller-contract-holder', 'reseller-keep-order', 'reseller-ask-seller', 'reseller-written-answer']));
  });

  it.each(CARRIERS.map((c) => [c.id] as const))('%s: bought from the carrier itself, no seller verdict or seller task', (id) => {
    const carrier = findCarrier(id)!;
    for (const boughtFrom of ['carrier-online', 'carrier-store'] as const) {
      const result = evaluate(carrier, { ...carrier.defaults, boughtFrom }, emptyProgress());
      expect(result.verdict.verdict).not.toBe('through-seller');
      expect(result.stages.flatMap((s) => s.items.map((i) => i.id)).filter((i) => i.startsWith('reseller-'))).toEqual([]);
    }
  });

  it('lets a carrier’s own reseller verdict win over the shared one, and keeps the carrier’s fallback last', () => {
    const own: Verdict = {
      id: 'ask-the-reseller',
      verdict: 'through-seller',
      text: 'x.own',
      when: { answer: 'boughtFrom', is: 'reseller' },
      channels: [],
      sources: ['s'],
      confidence: 'medium',
    };
    const fallback: Verdict = { id: 'fallback', verdict: 'online', text: 'x.fallback', channels: [], sources: ['s'], confidence: 'high' };
    const base = { ...CARRIERS[0], id: 'x', sources: { s: { url: 'https://example.org/', official: true, readOn: '2026-11-30' } }, rules: [], channels: [] };
    expect(withRuleSets({ ...base, verdicts: [own, fallback] }, resellerRules).verdicts.map((v) => v.text)).toEqual(['x.own', 'x.fallback']);
    expect(withRuleSets({ ...base, verdicts: [fallback] }, resellerRules).verdicts.map((v) => v.text)).toEqual(['reseller.verdict', 'x.fallback']);
  });

  it('writes the shared sentences once per language, naming the carrier by interpolation', () => {
    for (const texts of [enCarriers.reseller, zhCarriers.reseller]) for (const text of [texts.verdict, texts.askSeller]) expect(text).toContain('{{carrier}}');
  });

  it('writes the seller letter in the traveler’s language and the sentence to quote in the carrier’s (MTS in Chinese)', () => {
    const values = { carrier: 'MTS（俄罗斯）', name: '王伟', order: 'TB-2025-889', iccid: '', date: '2026-11-30', phone: '', bankDetails: '' };
    const letter = composeLetter(letterTemplate('zh-CN', 'seller'), values);
    expect(letter.subject).toContain('注销');
    expect(letter.lines.join('\n')).toContain('订单号：TB-2025-889');
    expect(letter.lines.join('\n')).toContain('合同登记人');
    expect(letter.lines.join('\n')).not.toContain('ICCID'); // an empty field drops its line
    const quote = composeLetter(letterTemplate('ru', 'sellerQuote'), { ...values, carrier: 'МТС' });
    expect(quote.lines[0]).toMatch(/расторгнуть договор с МТС/);
  });
});
