import { describe, expect, it } from 'vitest';
import { dateParts, readDateParts } from '@/lib/engine/date-parts';

const read = (day: string, month: string, year: string) => readDateParts({ day, month, year });

describe('a date typed as day, month and year (GOV.UK date input)', () => {
  it('reads a whole date into ISO, with or without leading zeros', () => {
    expect(read('5', '3', '2026')).toEqual({ ok: true, iso: '2026-03-05' });
    expect(read(' 05 ', '03', '2026')).toEqual({ ok: true, iso: '2026-03-05' });
    expect(read('29', '2', '2028')).toEqual({ ok: true, iso: '2028-02-29' });
  });

  it('treats three empty fields as no date', () => {
    expect(read('', '', '')).toEqual({ ok: true, iso: '' });
  });

  it('names the missing parts', () => {
    expect(read('', '3', '2026')).toEqual({ ok: false, problem: 'missing-day', parts: ['day'] });
    expect(read('5', '', '')).toEqual({ ok: false, problem: 'missing-month-year', parts: ['month', 'year'] });
    expect(read('', '', '2026')).toEqual({ ok: false, problem: 'missing-day-month', parts: ['day', 'month'] });
  });

  it('wants a 4-digit year and a date that exists', () => {
    expect(read('5', '3', '26')).toEqual({ ok: false, problem: 'year-four-digits', parts: ['year'] });
    expect(read('31', '2', '2026')).toEqual({ ok: false, problem: 'not-real', parts: ['day'] });
    expect(read('29', '2', '2026')).toEqual({ ok: false, problem: 'not-real', parts: ['day'] });
    expect(read('5', '13', '2026')).toEqual({ ok: false, problem: 'not-real', parts: ['month'] });
    expect(read('5', 'March', '2026')).toEqual({ ok: false, problem: 'not-real', parts: ['month'] });
  });

  it('shows a saved ISO date as the three fields', () => {
    expect(dateParts('2026-03-05')).toEqual({ day: '5', month: '3', year: '2026' });
    expect(dateParts('')).toEqual({ day: '', month: '', year: '' });
  });
});
