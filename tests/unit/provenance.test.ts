/**
 * Honest provenance and plan-dependent facts in the validator: a high rating needs an official page that was read;
 * a fact variant's condition may name only known answers; variants end with one without a condition.
 * Also the source dating helper, the staleness rule and the build date the age is counted from.
 */
import { describe, expect, it } from 'vitest';
import { airalo } from '@/lib/carriers/airalo';
import { CATALOGUE } from '@/lib/carriers/catalogue';
import { READ_IN_RECHECK, source, type CarrierEntry } from '@/lib/carriers/define';
import { holafly } from '@/lib/carriers/holafly';
import { formatProblem, validateCatalogue, type CatalogueEntry } from '@/lib/carriers/validate';
import { isStale, latestDate } from '@/lib/engine/dates';
import { buildDay } from '@/lib/build';
import { ageLabel } from '@/lib/i18n/format';
import { flatten } from '@/lib/i18n/flatten';
import enCarriers from '@/locales/en/carriers.json';

const EN = new Set(Object.keys(flatten(enCarriers)));
const messagesFor = (...entries: CatalogueEntry[]) => validateCatalogue(entries, EN).problems.map(formatProblem);
const asAiralo = (entry: CarrierEntry): CatalogueEntry => ['lib/carriers/airalo.ts', entry, []];
const asHolafly = (entry: CarrierEntry): CatalogueEntry => ['lib/carriers/holafly.ts', entry, []];

describe('source()', () => {
  it('records the day the page was read, or no date at all for a page nobody read', () => {
    expect(source('https://example.org/', true, '2026-11-30')).toEqual({ url: 'https://example.org/', official: true, readOn: '2026-11-30' });
    expect(source('https://example.org/', true, null)).toEqual({ url: 'https://example.org/', official: true });
  });
  it('leaves no global stamp: the shipped sources carry more than one date, and some none', () => {
    const dates = new Set(CATALOGUE.flatMap(([, entry]) => Object.values(entry.sources).map((s) => s.readOn ?? 'unread')));
    expect(dates).toEqual(new Set(['2026-11-25', '2026-11-30', 'unread']));
  });
});

describe('the validator: high confidence needs an official page we read', () => {
  it('names a high rule whose only official source was never read (file, carrier, field)', () => {
    const sources = { ...airalo.sources, requestRefund: source(airalo.sources.requestRefund.url, true, null) };
    const problems = messagesFor(asAiralo({ ...airalo, sources }));
    expect(problems).toContain(
      'lib/carriers/airalo.ts: airalo: rules.1 (account-and-order): rated high, but none of its sources (requestRefund) is an official page we read (official: true with a readOn date): lower it or cite one',
    );
    expect(problems).toContain(
      'lib/carriers/airalo.ts: airalo: verdicts.1 (online): rated high, but none of its sources (requestRefund) is an official page we read (official: true with a readOn date): lower it or cite one',
    );
  });
  it('names a high fact resting only on third-party pages', () => {
    const sources = { ...airalo.sources, refundTime: source(airalo.sources.refundTime.url, false, READ_IN_RECHECK) };
    expect(messagesFor(asAiralo({ ...airalo, sources, rules: airalo.rules.filter((r) => !r.sources.includes('refundTime')) }))).toEqual([
      'lib/carriers/airalo.ts: airalo: facts.processingTime.confidence: rated high, but none of its sources (refundTime) is an official page we read (official: true with a readOn date): lower it or cite one',
    ]);
  });
  it('names a high fact variant by its index', () => {
    const refundWindow = [
      { when: { answer: 'planType', is: 'subscription' }, text: 'holafly.factRefundWindowPlans', days: 14, sources: ['plansRefund'], confidence: 'high' },
      { text: 'holafly.factRefundWindowOneOff', days: 6, unit: 'months', sources: ['unread'], confidence: 'high' },
    ] as CarrierEntry['facts']['refundWindow'];
    const sources = { ...holafly.sources, unread: source('https://esim.holafly.com/unread', true, null) };
    expect(messagesFor(asHolafly({ ...holafly, sources, facts: { ...holafly.facts, refundWindow } }))).toEqual([
      'lib/carriers/holafly.ts: holafly: facts.refundWindow.1.confidence: rated high, but none of its sources (unread) is an official page we read (official: true with a readOn date): lower it or cite one',
    ]);
  });
  it('accepts medium and low ratings on unread or third-party pages', () => {
    // Holafly's older refund policy backs only medium items: unread, it still passes.
    const sources = { ...holafly.sources, oldRefundPolicy: source(holafly.sources.oldRefundPolicy.url, true, null) };
    expect(messagesFor(asHolafly({ ...holafly, sources }))).toEqual([]);
    const thirdParty = { ...holafly.sources, oldRefundPolicy: source(holafly.sources.oldRefundPolicy.url, false, READ_IN_RECHECK) };
    expect(messagesFor(asHolafly({ ...holafly, sources: thirdParty }))).toEqual([]);
  });
  it('passes the shipped catalogue', () => {
    expect(validateCatalogue(CATALOGUE, EN).problems.map(formatProblem)).toEqual([]);
  });
});

describe('the validator: plan-dependent facts', () => {
  const variants = (
    first: object,
    last: object = { text: 'holafly.factRefundWindowOneOff', days: 6, unit: 'months', sources: ['oneOffRefund'], confidence: 'medium' },
  ) => ({ ...holafly, facts: { ...holafly.facts, refundWindow: [first, last] } }) as unknown as CarrierEntry;
  const plans = { text: 'holafly.factRefundWindowPlans', days: 14, sources: ['plansRefund'], confidence: 'medium' };

  it('refuses a variant whose condition names an unknown answer, naming file, carrier and field', () => {
    expect(messagesFor(asHolafly(variants({ ...plans, when: { answer: 'planKind', is: 'subscription' } })))).toEqual([
      expect.stringMatching(/^lib\/carriers\/holafly\.ts: holafly: facts\.refundWindow\.0\.when\.answer: /),
    ]);
    expect(messagesFor(asHolafly(variants({ ...plans, when: { answer: 'planType', is: 'yearly' } })))).toEqual([
      'lib/carriers/holafly.ts: holafly: facts.refundWindow.0.when.is: "yearly" is not an answer to "planType" (allowed: one-off, subscription, contract, pay-as-you-go, not-sure)',
    ]);
  });
  it('refuses variants whose last one has a condition, or an earlier one without', () => {
    expect(
      messagesFor(
        asHolafly(variants({ ...plans, when: { answer: 'planType', is: 'subscription' } }, { ...plans, when: { answer: 'planType', is: 'one-off' } })),
      ),
    ).toEqual(['lib/carriers/holafly.ts: holafly: facts.refundWindow.1.when: the last variant must have no condition, so every set of answers gets one']);
    expect(messagesFor(asHolafly(variants(plans)))).toEqual([
      'lib/carriers/holafly.ts: holafly: facts.refundWindow.0.when: only the last variant may go without a condition (a later one could never apply)',
    ]);
  });
  it('refuses a variant citing an unknown source or an unknown text key', () => {
    expect(messagesFor(asHolafly(variants({ ...plans, when: { answer: 'planType', is: 'subscription' }, sources: ['nowhere'] })))).toEqual([
      'lib/carriers/holafly.ts: holafly: facts.refundWindow.0.sources.0: unknown source "nowhere"',
    ]);
    expect(messagesFor(asHolafly(variants({ ...plans, when: { answer: 'planType', is: 'subscription' }, text: 'holafly.noSuchFact' })))).toEqual([
      'lib/carriers/holafly.ts: holafly: facts.refundWindow.0.text: text key "holafly.noSuchFact" is not in locales/en/carriers.json',
    ]);
  });
  it('accepts a gap as a variant', () => {
    expect(messagesFor(asHolafly(variants({ gap: true, when: { answer: 'planType', is: 'subscription' } })))).toEqual([]);
  });
});

describe('a fact’s age, counted from the build date', () => {
  it('flags pages read more than 12 months before today, not on the anniversary', () => {
    expect(isStale('2026-11-30', '2027-11-30')).toBe(false);
    expect(isStale('2026-11-30', '2027-12-01')).toBe(true);
    expect(isStale('2026-11-30', '2026-12-05')).toBe(false);
    expect(isStale('2028-02-29', '2029-03-01')).toBe(true);
  });
  it('takes the latest read date of a fact’s sources', () => {
    expect(latestDate(['2026-11-25', undefined, '2026-11-30'])).toBe('2026-11-30');
    expect(latestDate([undefined])).toBeNull();
  });
  it('says how long ago in the traveler’s language', () => {
    expect(ageLabel('en', '2026-11-25', '2026-11-30')).toBe('5 days ago');
    expect(ageLabel('en', '2026-11-30', '2026-11-30')).toBe('today');
    expect(ageLabel('ru', '2026-11-25', '2026-11-30')).toBe('5 дней назад');
    expect(ageLabel('en', '2025-11-01', '2026-11-30')).toBe('12 months ago');
    expect(ageLabel('en', '2023-11-01', '2026-11-30')).toBe('3 years ago');
  });
  it('takes "now" from BUILD_DATE when pinned, and refuses a malformed one', () => {
    expect(buildDay({ BUILD_DATE: '2027-12-31' })).toBe('2027-12-31');
    expect(buildDay({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => buildDay({ BUILD_DATE: '31/12/2027' })).toThrow(/BUILD_DATE/);
  });
});
