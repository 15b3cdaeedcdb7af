/** Deadlines that follow the traveler's own answers (plan-dependent facts) and the unit the source states. */
import { describe, expect, it } from 'vitest';
import { findCarrier } from '@/lib/carriers';
import { caseDeadlines } from '@/lib/engine/dates';
import { factAlwaysHasPeriod, factFor } from '@/lib/engine/facts';
import type { Carrier, Fact } from '@/lib/engine/schema';

const carrier = (id: string): Carrier => findCarrier(id)!;
const refundClose = (c: Carrier, answers: Parameters<typeof caseDeadlines>[1], purchasedOn: string) =>
  caseDeadlines(c, answers, { purchasedOn }).find((d) => d.id === 'refund-window-closes');

describe('Holafly’s refund window follows the plan type', () => {
  const holafly = carrier('holafly');
  it('a Holafly Plans subscription: 14 calendar days from purchase', () => {
    expect(refundClose(holafly, { planType: 'subscription' }, '2026-11-30')).toEqual({
      id: 'refund-window-closes',
      date: '2026-12-14',
      basis: 'refund-window-days',
    });
  });
  it('a one-off eSIM: 6 months from purchase, as the source words it (not 180 days)', () => {
    expect(refundClose(holafly, { planType: 'one-off' }, '2026-11-30')).toEqual({
      id: 'refund-window-closes',
      date: '2027-05-30',
      basis: 'refund-window-months',
    });
    // Month arithmetic clamps to the month's last day.
    expect(refundClose(holafly, { planType: 'one-off' }, '2026-08-31')?.date).toBe('2027-02-28');
  });
  it('anything not a subscription (or no answer yet) takes the last, unconditional variant', () => {
    for (const planType of ['contract', 'pay-as-you-go', 'not-sure', undefined] as const) {
      expect(refundClose(holafly, { planType }, '2026-11-30')?.basis, String(planType)).toBe('refund-window-months');
    }
  });
});

describe('working days are data', () => {
  it('Ubigi’s 14 business days skip weekends', () => {
    // Monday 30 November 2026 + 14 working days = Friday 18 December 2026.
    expect(refundClose(carrier('ubigi'), {}, '2026-11-30')).toEqual({ id: 'refund-window-closes', date: '2026-12-18', basis: 'refund-window-working-days' });
  });
});

describe('variants of every billing fact', () => {
  const variantCarrier = (noticePeriod: Fact, processingTime: Fact): Carrier => ({
    ...carrier('airalo'),
    facts: { ...carrier('airalo').facts, noticePeriod, processingTime },
  });
  const notice: Fact = [
    {
      when: { all: [{ answer: 'planType', is: 'contract' }, { not: { answer: 'payment', is: 'app-store' } }] },
      text: 'airalo.factRenewal',
      days: 1,
      unit: 'months',
      sources: ['renewals'],
      confidence: 'low',
    },
    { when: { any: [{ answer: 'payment', is: 'app-store' }] }, gap: true },
    { text: 'airalo.factRenewal', days: 7, sources: ['renewals'], confidence: 'low' },
  ];
  const processing: Fact = [
    { when: { answer: 'payment', is: 'card' }, text: 'airalo.factProcessingTime', days: 10, unit: 'working-days', sources: ['refundTime'], confidence: 'low' },
    { gap: true },
  ];
  const c = variantCarrier(notice, processing);
  const byId = (answers: Parameters<typeof caseDeadlines>[1]) =>
    Object.fromEntries(caseDeadlines(c, answers, { renewsOn: '2027-01-31', submittedOn: '2026-11-30', expectedBy: '2026-12-24' }).map((d) => [d.id, d]));

  it('uses all / any / not conditions, first match wins', () => {
    expect(byId({ planType: 'contract', payment: 'card' })['cancel-before-renewal']).toMatchObject({ date: '2026-12-31', basis: 'notice-period-months' });
    expect(byId({ planType: 'contract', payment: 'app-store' })['cancel-before-renewal']).toMatchObject({ date: '2027-01-31', basis: 'no-notice-period' });
    expect(byId({ planType: 'subscription' })['cancel-before-renewal']).toMatchObject({ date: '2027-01-24', basis: 'notice-period-days' });
  });
  it('falls back to the date the carrier gave when the variant for these answers is a gap', () => {
    expect(byId({ payment: 'card' })['answer-expected']).toMatchObject({ date: '2026-12-14', basis: 'processing-time-working-days' });
    expect(byId({ payment: 'balance' })['answer-expected']).toMatchObject({ date: '2026-12-24', basis: 'carrier-expected-by' });
    // So the case form keeps asking for the carrier's date: not every variant states a period.
    expect(factAlwaysHasPeriod(processing)).toBe(false);
    expect(factAlwaysHasPeriod(carrier('airalo').facts.processingTime)).toBe(true);
  });
  it('factFor returns the plain value, without the condition', () => {
    expect(factFor(processing, { payment: 'card' })).toEqual({
      text: 'airalo.factProcessingTime',
      days: 10,
      unit: 'working-days',
      sources: ['refundTime'],
      confidence: 'low',
    });
    expect(factFor(processing, {})).toEqual({ gap: true });
  });
});
