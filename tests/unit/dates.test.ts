import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { airalo } from '@/lib/carriers/airalo';
import { holafly } from '@/lib/carriers/holafly';
import {
  CARD_DISPUTE_DAYS,
  DEADLINE_BASES,
  DEADLINE_IDS,
  STATEMENT_CYCLES,
  addDays,
  addMonths,
  addWorkingDays,
  caseDeadlines,
  daysBetween,
  isIsoDate,
  todayIn,
  type Deadline,
} from '@/lib/engine/dates';
import type { Carrier, Fact } from '@/lib/engine/schema';

const byId = (deadlines: Deadline[]) => Object.fromEntries(deadlines.map((d) => [d.id, d]));

/** Airalo with other processing-time facts: the catalogue has no carrier stating processing days yet. */
const withProcessing = (processingTime: Fact): Carrier => ({ ...airalo, facts: { ...airalo.facts, processingTime } });
const workingDaysCarrier = withProcessing({ text: 'airalo.factProcessingTime', days: 10, unit: 'working-days', sources: ['refundTime'], confidence: 'high' });
const calendarDaysCarrier = withProcessing({ text: 'airalo.factProcessingTime', days: 10, sources: ['refundTime'], confidence: 'high' });
const noDaysCarrier = withProcessing({ gap: true });

/** ISO dates from an independent source (the Date object), 1900–2200. */
const isoDates = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dayCounts = fc.integer({ min: -20000, max: 20000 });

describe('isIsoDate', () => {
  it('accepts real calendar dates, including 29 February of a leap year', () => {
    for (const d of ['2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29', '0001-01-01']) expect(isIsoDate(d), d).toBe(true);
  });

  it('rejects 2026-02-30, 2026-13-01 and other impossible or malformed dates', () => {
    for (const d of ['2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2027-02-29', '1900-02-29', '2026-1-01', '2026-01-01T00:00', ' 2026-01-01', '']) {
      expect(isIsoDate(d), d).toBe(false);
    }
    expect(isIsoDate(undefined)).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
  });
});

describe('addMonths clamps to the end of the month', () => {
  it('2026-01-31 + 1 month is 2026-02-28, and 2028-01-31 + 1 month is 2028-02-29 (leap year)', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('going back: 2026-03-31 − 1 month is 2026-02-28, 2026-05-31 − 1 month is 2026-04-30', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-05-31', -1)).toBe('2026-04-30');
  });

  it('2028-02-29 + 12 months is 2029-02-28, and + 48 months is 2032-02-29', () => {
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2028-02-29', 48)).toBe('2032-02-29');
  });

  it('crosses year ends both ways and leaves the day alone when it exists', () => {
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-08-31', 0)).toBe('2026-08-31');
  });
});

describe('addDays over month ends and leap years', () => {
  it('2028-02-28 + 1 day is 2028-02-29; 2027-02-28 + 1 day is 2027-03-01', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01'); // 2100 is not a leap year
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29'); // 2000 is
  });

  it('crosses month and year ends both ways', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-31', 365)).toBe('2027-01-31');
  });

  it('rejects a malformed date or a fractional number of days', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe('calendar arithmetic ignores daylight saving time', () => {
  const originalTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/Berlin';
  });
  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('runs with the process in Europe/Berlin (the clocks change on 2026-03-29 and 2026-10-25)', () => {
    expect(new Date(2026, 2, 28, 12).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 2, 30, 12).getTimezoneOffset()).toBe(-120);
  });

  it('one day across the March and October changes is exactly one calendar day', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-03-30', -1)).toBe('2026-03-29');
    expect(addDays('2026-10-24', 1)).toBe('2026-10-25');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addWorkingDays('2026-03-27', 1)).toBe('2026-03-30');
  });

  it('todayIn Europe/Berlin flips at local midnight on both change days', () => {
    expect(todayIn('Europe/Berlin', new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28'); // 23:59:59 CET
    expect(todayIn('Europe/Berlin', new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29'); // 00:00 CET
    expect(todayIn('Europe/Berlin', new Date('2026-10-24T21:59:59Z'))).toBe('2026-10-24'); // 23:59:59 CEST
    expect(todayIn('Europe/Berlin', new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25'); // 00:00 CEST
  });
});

describe('addWorkingDays counts Monday to Friday', () => {
  // 2026-11-27 is a Friday.
  it('Friday + 1 working day is Monday, over the weekend', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
  });

  it('Thursday + 2 is Monday; Wednesday + 10 is two weeks later', () => {
    expect(addWorkingDays('2026-11-26', 2)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-25', 10)).toBe('2026-12-09');
  });

  it('from a weekend, + 1 is Monday and + 5 is Friday', () => {
    expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30'); // Saturday
    expect(addWorkingDays('2026-11-29', 1)).toBe('2026-11-30'); // Sunday
    expect(addWorkingDays('2026-11-28', 5)).toBe('2026-12-04');
  });

  it('backwards: Monday − 1 is Friday, Sunday − 1 is Friday, Friday − 5 is the Friday before', () => {
    expect(addWorkingDays('2026-11-30', -1)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-29', -1)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-27', -5)).toBe('2026-11-20');
  });

  it('+ 0 leaves the date alone, even on a weekend', () => {
    expect(addWorkingDays('2026-11-28', 0)).toBe('2026-11-28');
  });

  it('agrees with counting weekdays one by one (fast-check)', () => {
    const isWeekday = (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -60, max: 60 }), (d, n) => {
        let day = d;
        let left = Math.abs(n);
        while (left > 0) {
          day = addDays(day, Math.sign(n));
          if (isWeekday(day)) left -= 1;
        }
        expect(addWorkingDays(d, n)).toBe(day);
      }),
    );
  });
});

describe('todayIn gives the calendar date where the traveler is', () => {
  it('at 2026-11-25T20:00Z it is the 26th in Asia/Shanghai and the 25th in America/Los_Angeles', () => {
    const now = new Date('2026-11-25T20:00:00Z');
    expect(todayIn('Asia/Shanghai', now)).toBe('2026-11-26');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-11-25');
  });

  it('around a UTC midnight, Pacific/Kiritimati (UTC+14) is a day ahead of Pacific/Pago_Pago (UTC−11)', () => {
    for (const iso of ['2026-11-25T23:59:59Z', '2026-11-26T00:00:00Z', '2026-11-26T00:00:01Z']) {
      const now = new Date(iso);
      expect(todayIn('Pacific/Kiritimati', now), iso).toBe('2026-11-26');
      expect(todayIn('Pacific/Pago_Pago', now), iso).toBe('2026-11-25');
      expect(todayIn('UTC', now), iso).toBe(iso.slice(0, 10));
    }
  });

  it('flips at local midnight: Kiritimati at 10:00Z, Pago Pago at 11:00Z', () => {
    expect(todayIn('Pacific/Kiritimati', new Date('2026-11-25T09:59:59Z'))).toBe('2026-11-25');
    expect(todayIn('Pacific/Kiritimati', new Date('2026-11-25T10:00:00Z'))).toBe('2026-11-26');
    expect(todayIn('Pacific/Pago_Pago', new Date('2026-11-26T10:59:59Z'))).toBe('2026-11-25');
    expect(todayIn('Pacific/Pago_Pago', new Date('2026-11-26T11:00:00Z'))).toBe('2026-11-26');
  });

  it('uses the current time by default and rejects an unknown time zone', () => {
    expect(isIsoDate(todayIn('Asia/Shanghai'))).toBe(true);
    expect(() => todayIn('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('date arithmetic properties (fast-check)', () => {
  it('addDays(addDays(d, n), -n) === d', () => {
    fc.assert(fc.property(isoDates, dayCounts, (d, n) => addDays(addDays(d, n), -n) === d));
  });

  it('addDays always gives a valid ISO date, the same one the Date object gives', () => {
    fc.assert(
      fc.property(isoDates, dayCounts, (d, n) => {
        const result = addDays(d, n);
        expect(isIsoDate(result)).toBe(true);
        expect(result).toBe(new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });

  it('daysBetween(d, addDays(d, n)) === n', () => {
    fc.assert(fc.property(isoDates, dayCounts, (d, n) => daysBetween(d, addDays(d, n)) === n));
  });

  it('addMonths lands in the right month, on the same day or the month end before it', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -1200, max: 1200 }), (d, n) => {
        const result = addMonths(d, n);
        expect(isIsoDate(result)).toBe(true);
        const months = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
        expect(months(result) - months(d)).toBe(n);
        const day = Number(d.slice(8));
        const got = Number(result.slice(8));
        if (got !== day) {
          expect(got).toBeLessThan(day);
          expect(addDays(result, 1).slice(8)).toBe('01'); // clamped to the month's last day
        }
      }),
    );
  });
});

describe('caseDeadlines', () => {
  it('Airalo: the refund window closes 14 days after purchase', () => {
    const deadlines = caseDeadlines(airalo, airalo.defaults, { purchasedOn: '2026-11-25' });
    expect(deadlines).toEqual([{ id: 'refund-window-closes', date: '2026-12-09', basis: 'refund-window-days' }]);
  });

  it('Holafly subscription: cancel 7 days before the renewal (its notice period)', () => {
    const d = byId(caseDeadlines(holafly, { ...holafly.defaults, planType: 'subscription' }, { renewsOn: '2026-12-05' }));
    expect(d['cancel-before-renewal']).toEqual({ id: 'cancel-before-renewal', date: '2026-11-28', basis: 'notice-period-days' });
  });

  it('the renewal deadline needs a plan that renews (subscription, contract, or not answered)', () => {
    const renewsOn = { renewsOn: '2026-12-05' };
    expect(byId(caseDeadlines(holafly, { planType: 'contract' }, renewsOn))['cancel-before-renewal']?.date).toBe('2026-11-28');
    expect(byId(caseDeadlines(holafly, {}, renewsOn))['cancel-before-renewal']?.date).toBe('2026-11-28');
    expect(caseDeadlines(holafly, { planType: 'one-off' }, renewsOn)).toEqual([]);
    expect(caseDeadlines(holafly, { planType: 'pay-as-you-go' }, renewsOn)).toEqual([]);
  });

  it('without a notice period in days, the renewal day itself is the deadline', () => {
    expect(caseDeadlines(airalo, { planType: 'subscription' }, { renewsOn: '2026-12-05' })).toEqual([
      { id: 'cancel-before-renewal', date: '2026-12-05', basis: 'no-notice-period' },
    ]);
  });

  it('processing time in working days: 10 working days from a Wednesday, then chase the day after', () => {
    const d = byId(caseDeadlines(workingDaysCarrier, {}, { submittedOn: '2026-11-25' }));
    expect(d['answer-expected']).toEqual({ id: 'answer-expected', date: '2026-12-09', basis: 'processing-time-working-days' });
    expect(d.chase).toEqual({ id: 'chase', date: '2026-12-10', basis: 'day-after-answer-expected' });
  });

  it('processing time in calendar days when no unit is given', () => {
    const d = byId(caseDeadlines(calendarDaysCarrier, {}, { submittedOn: '2026-11-25' }));
    expect(d['answer-expected']).toEqual({ id: 'answer-expected', date: '2026-12-05', basis: 'processing-time-days' });
  });

  it('a carrier with no processing days uses the date the carrier gave (expectedBy)', () => {
    const d = byId(caseDeadlines(noDaysCarrier, {}, { submittedOn: '2026-11-25', expectedBy: '2026-12-20' }));
    expect(d['answer-expected']).toEqual({ id: 'answer-expected', date: '2026-12-20', basis: 'carrier-expected-by' });
    expect(d.chase.date).toBe('2026-12-21');
  });

  it('chase is always the day after the expected answer, across a month end', () => {
    for (const c of [workingDaysCarrier, calendarDaysCarrier, noDaysCarrier]) {
      const d = byId(caseDeadlines(c, {}, { submittedOn: '2026-12-31', expectedBy: '2027-01-31' }));
      expect(d.chase.date).toBe(addDays(d['answer-expected'].date, 1));
    }
    expect(byId(caseDeadlines(noDaysCarrier, {}, { expectedBy: '2026-02-28' })).chase.date).toBe('2026-03-01');
  });

  it(`${STATEMENT_CYCLES} statements a month apart, clamped on month ends: 2026-01-31 → 02-28, 03-31, 04-30`, () => {
    const statements = caseDeadlines(noDaysCarrier, {}, { submittedOn: '2026-01-31' }).filter((d) => d.id.startsWith('statement-'));
    expect(statements).toEqual([
      { id: 'statement-1', date: '2026-02-28', basis: 'statement-cycle' },
      { id: 'statement-2', date: '2026-03-31', basis: 'statement-cycle' },
      { id: 'statement-3', date: '2026-04-30', basis: 'statement-cycle' },
    ]);
  });

  it(`the dispute deadline is ${CARD_DISPUTE_DAYS} days after the charge: 2026-11-25 → 2027-03-25`, () => {
    expect(caseDeadlines(airalo, {}, { chargedOn: '2026-11-25' })).toEqual([{ id: 'dispute-deadline', date: '2027-03-25', basis: 'card-networks-120-days' }]);
  });

  it('missing inputs give no deadline', () => {
    expect(caseDeadlines(holafly, {}, {})).toEqual([]);
    // Refund window needs purchasedOn; answer-expected needs submittedOn (with days) or expectedBy.
    expect(caseDeadlines(calendarDaysCarrier, { planType: 'one-off' }, { renewsOn: '2026-12-05', reference: 'SR-1' })).toEqual([]);
    // A carrier whose refund window is a gap gives no refund deadline even with purchasedOn.
    expect(caseDeadlines({ ...airalo, facts: { ...airalo.facts, refundWindow: { gap: true } } }, {}, { purchasedOn: '2026-11-25' })).toEqual([]);
  });

  it('a date that passed the schema pattern but is not a real date (2026-02-30) counts as missing', () => {
    expect(caseDeadlines(airalo, {}, { purchasedOn: '2026-02-30', chargedOn: '2026-13-01' })).toEqual([]);
  });

  it('a deadline that would fall after 9999-12-31 is left out instead of throwing', () => {
    expect(caseDeadlines(airalo, {}, { chargedOn: '9999-12-01', purchasedOn: '9999-12-01' })).toEqual([
      { id: 'refund-window-closes', date: '9999-12-15', basis: 'refund-window-days' },
    ]);
  });

  it('a full case comes back sorted by date, with known ids and bases only', () => {
    const deadlines = caseDeadlines(
      workingDaysCarrier,
      { planType: 'subscription' },
      { purchasedOn: '2026-11-20', renewsOn: '2026-12-20', submittedOn: '2026-11-25', chargedOn: '2026-12-21' },
    );
    expect(deadlines.map((d) => d.id)).toEqual([
      'refund-window-closes', // 2026-12-04
      'answer-expected', // 2026-12-09
      'chase', // 2026-12-10
      'cancel-before-renewal', // 2026-12-20 (Airalo states no notice period)
      'statement-1', // 2026-12-25
      'statement-2', // 2027-01-25
      'statement-3', // 2027-02-25
      'dispute-deadline', // 2027-04-20
    ]);
    expect([...deadlines.map((d) => d.date)]).toEqual(deadlines.map((d) => d.date).sort());
    for (const d of deadlines) {
      expect(DEADLINE_IDS).toContain(d.id);
      expect(DEADLINE_BASES).toContain(d.basis);
    }
  });

  it('deadlines on the same day keep the DEADLINE_IDS order', () => {
    const ids = caseDeadlines(noDaysCarrier, {}, { renewsOn: '2026-12-25', submittedOn: '2026-11-25', expectedBy: '2026-12-25' }).map((d) => d.id);
    expect(ids).toEqual(['cancel-before-renewal', 'answer-expected', 'statement-1', 'chase', 'statement-2', 'statement-3']);
  });

  it('notice periods in working days count back over the weekend', () => {
    const carrier: Carrier = {
      ...holafly,
      facts: {
        ...holafly.facts,
        noticePeriod: { text: 'holafly.factNoticePeriod', days: 2, unit: 'working-days', sources: ['cancelPlans'], confidence: 'high' },
      },
    };
    expect(caseDeadlines(carrier, {}, { renewsOn: '2026-11-30' })).toEqual([
      { id: 'cancel-before-renewal', date: '2026-11-26', basis: 'notice-period-working-days' },
    ]);
  });
});
