/**
 * A date typed as GOV.UK's three fields (day, month, year), read into an ISO date or the problem GOV.UK's
 * date pattern names: a missing part, a year without 4 digits, or a date that does not exist (31 February).
 */
export const DATE_PARTS = ['day', 'month', 'year'] as const;
export type DatePart = (typeof DATE_PARTS)[number];
export type DateParts = Record<DatePart, string>;

export const DATE_PROBLEMS = [
  'missing-day',
  'missing-month',
  'missing-year',
  'missing-day-month',
  'missing-day-year',
  'missing-month-year',
  'year-four-digits',
  'not-real',
] as const;
export type DateProblem = (typeof DATE_PROBLEMS)[number];

/** Either the ISO date ('' when all three are empty) or the problem and the parts it lies in. */
export type DateReading = { ok: true; iso: string } | { ok: false; problem: DateProblem; parts: DatePart[] };

/** The three fields for a saved ISO date (no leading zeros, as people type them); empty for anything else. */
export function dateParts(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] } : { day: '', month: '', year: '' };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads the three fields; spaces around a number are ignored. */
export function readDateParts(parts: DateParts): DateReading {
  const value = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = DATE_PARTS.filter((p) => value[p] === '');
  if (missing.length === 3) return { ok: true, iso: '' };
  if (missing.length > 0) return { ok: false, problem: `missing-${missing.join('-')}` as DateProblem, parts: missing };
  const notNumbers = DATE_PARTS.filter((p) => !/^\d+$/.test(value[p]));
  if (notNumbers.length > 0) return { ok: false, problem: 'not-real', parts: notNumbers };
  if (value.year.length !== 4) return { ok: false, problem: 'year-four-digits', parts: ['year'] };
  const [day, month, year] = [Number(value.day), Number(value.month), Number(value.year)];
  if (month < 1 || month > 12) return { ok: false, problem: 'not-real', parts: ['month'] };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || date.getUTCDate() !== day) return { ok: false, problem: 'not-real', parts: ['day'] };
  return { ok: true, iso: `${value.year}-${pad(month)}-${pad(day)}` };
}
