/**
 * Calendar-date arithmetic on 'YYYY-MM-DD' strings, and the deadlines of a traveler's case.
 *
 * Dates here are calendar days, never instants: the arithmetic is plain integer arithmetic on day
 * numbers (no Date, so no time of day, time zone or daylight-saving pitfalls). Only `todayIn` looks
 * at the clock, to learn which calendar day it is where the traveler is.
 * Pure and free of zod (types only), so it runs in the browser.
 */
import type { Answers } from './questions';
import { factFor, factPeriod } from './facts';
import type { Carrier, Case, PeriodUnit } from './schema';

/** Card networks let a cardholder dispute a charge for up to about 120 days (Visa, Mastercard; carriers.md §7). */
export const CARD_DISPUTE_DAYS = 120;

/** Statements to check after cancelling: roaming records from partner networks can arrive months late (carriers.md §7). */
export const STATEMENT_CYCLES = 3 as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** True when `s` is a real calendar date written YYYY-MM-DD (so 2026-02-30 and 2026-13-01 are not). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parse(date: string): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date written YYYY-MM-DD: "${String(date)}"`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(y: number, m: number, d: number): string {
  if (y < 0 || y > 9999) throw new RangeError(`the date falls outside the years 0000–9999 (year ${y})`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function checkInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number (got ${n})`);
}

// Day numbers (days since 1970-01-01) from and to the proleptic Gregorian calendar: H. Hinnant's
// days_from_civil / civil_from_days, in integers only.
function toDayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(z: number): string {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

function dayNumber(date: string): number {
  return toDayNumber(...parse(date));
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

const isWeekend = (day: number) => weekdayOf(day) === 0 || weekdayOf(day) === 6;

/** `date` moved by `n` calendar days (n may be negative). Throws RangeError on a malformed date or a fractional n. */
export function addDays(date: string, n: number): string {
  checkInteger(n, 'the number of days');
  return fromDayNumber(dayNumber(date) + n);
}

/**
 * `date` moved by `n` working days (Monday to Friday; public holidays are not known, so not skipped).
 * Counting starts the day after `date`: Friday + 1 = Monday, Saturday + 1 = Monday, Monday − 1 = Friday.
 * n = 0 returns `date` unchanged, even on a weekend.
 */
export function addWorkingDays(date: string, n: number): string {
  checkInteger(n, 'the number of working days');
  let day = dayNumber(date);
  if (n === 0) return date;
  const step = n > 0 ? 1 : -1;
  // From a weekend, counting forward goes as from the Friday before; counting back, as from the Monday after.
  while (isWeekend(day)) day -= step;
  // Five working days from a weekday are exactly one week.
  const weeks = Math.trunc(n / 5);
  day += weeks * 7;
  let left = Math.abs(n - weeks * 5);
  while (left > 0) {
    day += step;
    if (!isWeekend(day)) left -= 1;
  }
  return fromDayNumber(day);
}

/**
 * `date` moved by `n` months (n may be negative), clamped to the last day of the month it lands in:
 * 2026-01-31 + 1 = 2026-02-28, 2028-01-31 + 1 = 2028-02-29, 2028-02-29 + 12 = 2029-02-28.
 */
export function addMonths(date: string, n: number): string {
  checkInteger(n, 'the number of months');
  const [y, m, d] = parse(date);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The number of calendar days from `a` to `b`: positive when `b` is later, 0 on the same day. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date it is now in an IANA time zone ("Asia/Shanghai"), e.g. the traveler's own
 * (`Intl.DateTimeFormat().resolvedOptions().timeZone`). Throws RangeError on an unknown time zone.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let dtf = dayFormats.get(timeZone);
  if (!dtf) {
    dtf = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: 'numeric', day: 'numeric' });
    dayFormats.set(timeZone, dtf);
  }
  const parts = dtf.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return format(part('year'), part('month'), part('day'));
}

/** The dates a case can have, in the order they are listed when two fall on the same day. */
export const DEADLINE_IDS = [
  'cancel-before-renewal',
  'refund-window-closes',
  'answer-expected',
  'chase',
  'statement-1',
  'statement-2',
  'statement-3',
  'dispute-deadline',
] as const;

export type DeadlineId = (typeof DEADLINE_IDS)[number];

/** One statement to check per billing cycle after the request (STATEMENT_CYCLES of them). */
const STATEMENT_IDS = ['statement-1', 'statement-2', 'statement-3'] as const satisfies readonly DeadlineId[] & { length: typeof STATEMENT_CYCLES };

/** What a deadline's date was worked out from, so the page can explain it. */
export const DEADLINE_BASES = [
  /** renewsOn minus the carrier's notice period, in calendar days. */
  'notice-period-days',
  /** renewsOn minus the carrier's notice period, in working days. */
  'notice-period-working-days',
  /** renewsOn minus the carrier's notice period, in months. */
  'notice-period-months',
  /** renewsOn itself: the carrier states no notice period in days. */
  'no-notice-period',
  /** purchasedOn plus the carrier's refund window, in calendar days. */
  'refund-window-days',
  /** purchasedOn plus the carrier's refund window, in working days. */
  'refund-window-working-days',
  /** purchasedOn plus the carrier's refund window, in months. */
  'refund-window-months',
  /** submittedOn plus the carrier's typical processing time, in calendar days. */
  'processing-time-days',
  /** submittedOn plus the carrier's typical processing time, in working days. */
  'processing-time-working-days',
  /** submittedOn plus the carrier's typical processing time, in months. */
  'processing-time-months',
  /** The answer date the carrier gave the traveler (the case's expectedBy). */
  'carrier-expected-by',
  /** The day after the answer was expected: time to chase. */
  'day-after-answer-expected',
  /** One monthly statement after the request (submittedOn + 1, 2, 3 months). */
  'statement-cycle',
  /** chargedOn plus CARD_DISPUTE_DAYS: the card networks' dispute window. */
  'card-networks-120-days',
] as const;

export type DeadlineBasis = (typeof DEADLINE_BASES)[number];

export interface Deadline {
  id: DeadlineId;
  /** A calendar date, YYYY-MM-DD. */
  date: string;
  basis: DeadlineBasis;
}

/** `date` moved by `n` days of `unit`; null when it would leave the years 0000–9999 (a typo in a year, say). */
function move(date: string, n: number, unit: PeriodUnit): string | null {
  try {
    return unit === 'working-days' ? addWorkingDays(date, n) : unit === 'months' ? addMonths(date, n) : addDays(date, n);
  } catch {
    return null;
  }
}

/** A case date that is a real calendar date; anything else counts as missing. */
function known(date: string | undefined): string | null {
  return isIsoDate(date) ? date : null;
}

/** Plan types that renew (an unanswered plan type may renew too). */
const RENEWING = new Set<Answers['planType']>(['subscription', 'contract', undefined]);

/**
 * The dates of a case, sorted by date (ties in DEADLINE_IDS order). A deadline whose inputs are
 * missing (or not real calendar dates) is left out. `answers` are the ones the checklist uses
 * (usually effectiveAnswers): the renewal deadline needs a plan that renews.
 */
export function caseDeadlines(carrier: Carrier, answers: Answers, theCase: Case): Deadline[] {
  const out: Deadline[] = [];
  const add = (id: DeadlineId, date: string | null, basis: DeadlineBasis): string | null => {
    if (date !== null) out.push({ id, date, basis });
    return date;
  };
  const renewsOn = known(theCase.renewsOn);
  const purchasedOn = known(theCase.purchasedOn);
  const submittedOn = known(theCase.submittedOn);
  const expectedBy = known(theCase.expectedBy);
  const chargedOn = known(theCase.chargedOn);

  // Each billing fact takes the variant for the traveler's own answers (a Holafly subscription: 14 days; a one-off eSIM: 6 months).
  const period = (fact: keyof Carrier['facts']) => factPeriod(factFor(carrier.facts[fact], answers));

  if (renewsOn && RENEWING.has(answers.planType)) {
    const notice = period('noticePeriod');
    if (notice) add('cancel-before-renewal', move(renewsOn, -notice.n, notice.unit), `notice-period-${notice.unit}`);
    else add('cancel-before-renewal', renewsOn, 'no-notice-period');
  }

  const refund = period('refundWindow');
  if (purchasedOn && refund) add('refund-window-closes', move(purchasedOn, refund.n, refund.unit), `refund-window-${refund.unit}`);

  // The carrier's typical processing time when it is known (and the request was sent); else the date the carrier gave.
  const processing = period('processingTime');
  const answerBy =
    submittedOn && processing
      ? add('answer-expected', move(submittedOn, processing.n, processing.unit), `processing-time-${processing.unit}`)
      : expectedBy
        ? add('answer-expected', expectedBy, 'carrier-expected-by')
        : null;
  if (answerBy) add('chase', move(answerBy, 1, 'days'), 'day-after-answer-expected');

  if (submittedOn) {
    STATEMENT_IDS.forEach((id, i) => add(id, move(submittedOn, i + 1, 'months'), 'statement-cycle'));
  }

  if (chargedOn) add('dispute-deadline', move(chargedOn, CARD_DISPUTE_DAYS, 'days'), 'card-networks-120-days');

  const order = (id: DeadlineId) => DEADLINE_IDS.indexOf(id);
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order(a.id) - order(b.id)));
}

/** A fact whose sources were read longer ago than this is flagged to the traveler as possibly out of date. */
export const STALE_AFTER_MONTHS = 12;

/** True when a page read on `readOn` was read more than STALE_AFTER_MONTHS months before `today` (both YYYY-MM-DD). */
export function isStale(readOn: string, today: string): boolean {
  return addMonths(readOn, STALE_AFTER_MONTHS) < today;
}

/** The most recent of the dates given (YYYY-MM-DD strings sort as dates), or null when there is none. */
export function latestDate(dates: (string | undefined)[]): string | null {
  return dates.reduce<string | null>((latest, d) => (d !== undefined && (latest === null || d > latest) ? d : latest), null);
}
