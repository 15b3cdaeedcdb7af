import { describe, expect, it } from 'vitest';
import { CARRIERS, findCarrier } from '@/lib/carriers';
import { formatProblem, validateRights } from '@/lib/carriers/validate';
import { effectiveAnswers, emptyProgress, evaluate, type ChecklistItem } from '@/lib/engine/evaluate';
import { marketsOf } from '@/lib/engine/markets';
import type { Answers } from '@/lib/engine/questions';
import type { Carrier, CountryRights } from '@/lib/engine/schema';
import type { Stage } from '@/lib/engine/stages';
import { flatten } from '@/lib/i18n/flatten';
import { RIGHTS_FILES, rightsFor } from '@/lib/rights';
import { gb } from '@/lib/rights/gb';
import { smsHref } from '@/lib/rights/sms';
import enCarriers from '@/locales/en/carriers.json';

const EN = new Set(Object.keys(flatten(enCarriers)));

function carrier(id: string): Carrier {
  const found = findCarrier(id);
  if (!found) throw new Error(`no carrier ${id}`);
  return found;
}

/** The ids of the law's items (not the carrier's) in `stage` for the carrier's defaults overridden by `answers`. */
function rightIds(id: string, stage: Stage, answers: Answers = {}): string[] {
  const c = carrier(id);
  const items: ChecklistItem[] = evaluate(c, { ...effectiveAnswers(c, emptyProgress()), ...answers }, emptyProgress()).stages.find(
    (s) => s.stage === stage,
  )!.items;
  return items.filter((i) => i.right).map((i) => i.id);
}

describe('rights by country', () => {
  it('looks up a country and the markets it belongs to, and nothing for a seller without a country', () => {
    expect(rightsFor('GB').map((r) => r.country)).toEqual(['GB']);
    expect(rightsFor('DE').map((r) => r.country)).toEqual(['DE', 'EU']);
    expect(rightsFor('FR').map((r) => r.country)).toEqual(['EU']);
    expect(rightsFor('JP')).toEqual([]);
    expect(rightsFor(null)).toEqual([]);
    expect(marketsOf('GB')).toEqual([]);
  });

  it('gives EE and Vodafone UK the text-to-switch messages, with working sms: links', () => {
    for (const id of ['ee', 'vodafone-uk']) {
      const c = carrier(id);
      const item = evaluate(c, effectiveAnswers(c, emptyProgress()), emptyProgress())
        .stages.find((s) => s.stage === 'submit-request')!
        .items.find((i) => i.id === 'gb-text-to-switch');
      expect(item?.right?.sms.map(smsHref)).toEqual(['sms:75075?&body=STAC', 'sms:65075?&body=PAC', 'sms:85075?&body=INFO']);
      expect(item?.sources.map((s) => s.key)).toEqual(['ofcomPressRepost', 'ofcomSwitching']);
      expect(rightIds(id, 'check-charges')).toContain('gb-no-notice-after-switch');
      expect(rightIds(id, 'track-review')).toEqual(['gb-adr']);
    }
  });

  it('does not give the UK rights to carriers of other countries or to global sellers', () => {
    for (const c of CARRIERS.filter((c) => c.country !== 'GB')) {
      const all = evaluate(c, effectiveAnswers(c, emptyProgress()), emptyProgress()).stages.flatMap((s) => s.items.map((i) => i.id));
      expect(
        all.filter((id) => id.startsWith('gb-')),
        c.id,
      ).toEqual([]);
    }
    const airalo = carrier('airalo');
    const items = evaluate(airalo, effectiveAnswers(airalo, emptyProgress()), emptyProgress()).stages.flatMap((s) => s.items);
    expect(items.filter((i) => i.right)).toEqual([]);
  });

  it('gives Deutsche Telekom the §312k button beside its pre-registration warning, and the EU withdrawal function only for online purchases', () => {
    expect(rightIds('deutsche-telekom', 'confirm-online', { boughtFrom: 'carrier-online' })).toEqual(['de-cancellation-button', 'eu-withdrawal-function']);
    expect(rightIds('deutsche-telekom', 'confirm-online', { boughtFrom: 'carrier-store' })).toEqual(['de-cancellation-button']);
    const c = carrier('deutsche-telekom');
    const ids = evaluate(c, effectiveAnswers(c, emptyProgress()), emptyProgress())
      .stages.find((s) => s.stage === 'confirm-online')!
      .items.map((i) => i.id);
    expect(ids.indexOf('pre-registration-trap')).toBeLessThan(ids.indexOf('de-cancellation-button'));
  });

  it('applies each other country’s rights to its own carriers only', () => {
    expect(rightIds('cmhk', 'check-charges', { planType: 'contract' })).toEqual(['hk-no-auto-renewal']);
    expect(rightIds('cmhk', 'check-charges', { planType: 'one-off' })).toEqual([]);
    expect(rightIds('t-mobile-us', 'track-review')).toEqual(['us-fcc-complaint']);
    for (const id of ['china-mobile', 'china-unicom', 'china-telecom']) expect(rightIds(id, 'check-charges')).toEqual(['cn-one-check']);
    // The 2025 rules for foreigners hold for every Russian SIM, with or without a number in use (recheck §6).
    for (const id of ['mts', 'megafon', 'beeline', 't2', 'yota']) {
      for (const hasNumber of ['yes', 'no'] as const) {
        expect(rightIds(id, 'confirm-online', { hasNumber })).toEqual(['ru-foreigners-registration', 'ru-which-case', 'ru-foreigners-cut-off']);
      }
    }
    expect(rightIds('airalo', 'confirm-online')).toEqual([]);
  });

  it('never presents the FTC click-to-cancel rule as current', () => {
    const text = (enCarriers as { rights: { us: Record<string, string> } }).rights.us.ftcRuleVacated;
    expect(text).toMatch(/not in force/);
    expect(text).toMatch(/vacated it on 8 July 2025/);
  });

  it('rates the Russian rules medium, as recheck §6 does: news reports quoting the ministry, never official', () => {
    const ru = RIGHTS_FILES.find(([, r]) => r.country === 'RU')![1];
    expect(ru.rights.every((r) => r.confidence === 'medium')).toBe(true);
    expect(Object.values(ru.sources).every((s) => !s.official)).toBe(true);
  });

  it('keeps 一证通查 in one place: the rights of CN, not the Chinese operators’ rule set', () => {
    for (const id of ['china-mobile', 'china-unicom', 'china-telecom']) expect(carrier(id).rules.some((r) => r.text.includes('oneCheck'))).toBe(false);
  });
});

describe('the rights validator', () => {
  const messages = (files: [string, CountryRights][]) => validateRights(files, EN, CARRIERS).map(formatProblem);
  const file = 'lib/rights/gb.ts';

  it('passes the shipped rights', () => {
    expect(validateRights(RIGHTS_FILES, EN, CARRIERS)).toEqual([]);
  });

  it('names a right for an unknown country by file, country and field', () => {
    expect(messages([[file, { ...gb, country: 'XX' }]])).toEqual([
      'lib/rights/gb.ts: XX: country: "XX" is neither an ISO 3166-1 country nor a market (markets: lib/engine/markets.ts)',
    ]);
    expect(messages([[file, { ...gb, country: 'UK' }]])).toEqual([expect.stringMatching(/^lib\/rights\/gb\.ts: UK: country: "UK" is neither/)]);
  });

  it('names a condition over an unknown answer, and an answer value a question does not have', () => {
    const unknownQuestion = { ...gb, rights: [{ ...gb.rights[0], when: { answer: 'shoeSize', is: 'yes' } as never }] };
    expect(messages([[file, unknownQuestion]])).toEqual([expect.stringMatching(/^lib\/rights\/gb\.ts: GB: rights\.0\.when(\.answer)?: /)]);
    const unknownValue = { ...gb, rights: [{ ...gb.rights[0], when: { answer: 'planType', is: 'lifetime' } as never }] };
    expect(messages([[file, unknownValue]])).toEqual([
      'lib/rights/gb.ts: GB: rights.0.when.is: "lifetime" is not an answer to "planType" (allowed: one-off, subscription, contract, pay-as-you-go, not-sure)',
    ]);
  });

  it('names a missing text key, an unknown source and an sms keyword that is not a keyword', () => {
    const bad = {
      ...gb,
      rights: [{ ...gb.rights[0], text: 'rights.gb.noSuchSentence', sources: ['ofcomSwitching', 'nowhere'] }],
    };
    expect(messages([[file, bad]])).toEqual(['lib/rights/gb.ts: GB: rights.0.sources.1: unknown source "nowhere"']);
    const missingKey = { ...gb, rights: [{ ...gb.rights[0], text: 'rights.gb.noSuchSentence' }] };
    expect(messages([[file, missingKey]])).toEqual([
      'lib/rights/gb.ts: GB: rights.0.text: text key "rights.gb.noSuchSentence" is not in locales/en/carriers.json',
    ]);
    const badSms = { ...gb, rights: [{ ...gb.rights[0], sms: [{ to: '75075', body: 'stac please', label: 'rights.gb.smsStac' }] }] };
    expect(messages([[file, badSms]])).toEqual([expect.stringMatching(/^lib\/rights\/gb\.ts: GB: rights\.0\.sms\.0\.body: must be a keyword/)]);
  });

  it('refuses an escalation body, or a right rated high, without an official source that was read', () => {
    const unread = { ...gb, sources: { ...gb.sources, ofcomAdr: { ...gb.sources.ofcomAdr, readOn: undefined } } };
    expect(messages([[file, unread]])).toEqual([
      'lib/rights/gb.ts: GB: escalation.0.sources: an escalation body needs at least one official source with a readOn date',
    ]);
    const thirdPartyOnly = { ...gb, rights: [{ ...gb.rights[1], sources: ['ofcomPressRepost'] }] };
    expect(messages([[file, thirdPartyOnly]])).toEqual([
      'lib/rights/gb.ts: GB: rights.0.sources: a right rated high needs at least one official source with a readOn date',
    ]);
  });

  it('names a second file for the same country, and a right id that is also a carrier rule id', () => {
    expect(
      messages([
        [file, gb],
        ['lib/rights/uk.ts', gb],
      ]),
    ).toContain('lib/rights/uk.ts: GB: country: a second rights file for "GB" (the first is lib/rights/gb.ts): write each country once');
    const clash = { ...gb, rights: [{ ...gb.rights[0], id: 'ask-to-leave' }], escalation: [] };
    expect(messages([[file, clash]])).toEqual(['lib/rights/gb.ts: GB: rights.0.id: right id "ask-to-leave" is also a rule id of carrier ee']);
  });
});
