/**
 * How dates read in each language, in one place (no i18next: the browser uses it too).
 * Calendar days (YYYY-MM-DD) are shown as they were typed, whatever the reader's time zone.
 */
import { daysBetween } from '../engine/dates';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day (YYYY-MM-DD) in the language's long form: "20 November 2026", "2026年11月20日". */
export function formatDay(locale: string, day: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** A moment (an ISO timestamp, such as when progress was last saved) as its day where the reader is. */
export function formatMoment(locale: string, moment: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(moment));
}

/** How long ago `day` was, before `today`, in the language's own words ("5 days ago", "vor 3 Monaten"). */
export function ageLabel(locale: string, day: string, today: string): string {
  const days = Math.max(0, daysBetween(day, today));
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (days < 45) return rtf.format(-days, 'day');
  if (days < 730) return rtf.format(-Math.floor(days / 30.44), 'month');
  return rtf.format(-Math.floor(days / 365.25), 'year');
}
