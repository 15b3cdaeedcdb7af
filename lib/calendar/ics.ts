/**
 * A case's deadlines as an iCalendar file (RFC 5545) the traveler can add to their own calendar.
 *
 * - Each event is an all-day event (DTSTART;VALUE=DATE, DTEND the next day), so it lands on that
 *   calendar date in whatever time zone the traveler's calendar uses.
 * - UIDs are deterministic (`${caseId}-${id}@esim-exit`): importing the file again updates the
 *   events instead of duplicating them.
 * - Each event has a display alarm 15 hours before its start (TRIGGER:-PT15H): an all-day start is
 *   local midnight, so the reminder rings at 09:00 the day before, in the traveler's time zone.
 *   (A day-based "-P1D" would ring at midnight; the ics package also writes "P1DT", which is invalid.)
 * - No personal data: titles and descriptions come from the caller.
 * Never throws: a bad input or a failure of the ics package comes back as { ok: false, error }.
 */
import { createEvents, type EventAttributes } from 'ics';
import { addDays, isIsoDate } from '../engine/dates';

export interface CalendarEvent {
  /** Unique within the calendar, e.g. a deadline id ("dispute-deadline"). */
  id: string;
  /** A calendar date, YYYY-MM-DD. */
  date: string;
  title: string;
  description: string;
}

export interface CalendarOptions {
  /** Identifies the traveler's case (not the traveler): part of every event's UID. */
  caseId: string;
  /** The moment written as DTSTAMP (RFC 5545 requires it); the current time by default. */
  now?: Date;
}

export type CalendarResult = { ok: true; text: string } | { ok: false; error: string };

export const PRODUCT_ID = 'esim-exit';
export const ALARM_HOURS_BEFORE = 15;

/** Characters allowed in a case id or an event id, so a UID needs no escaping. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** RFC 5545 TEXT may hold no control characters but tab and (escaped) line breaks: normalise line breaks, drop the rest. */
function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** RFC 5545 §3.3.11 TEXT escaping (the ics package escapes SUMMARY and DESCRIPTION itself, but not an alarm's DESCRIPTION). */
function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
}

const utf8 = new TextEncoder();

/**
 * Re-folds content lines at 75 octets (RFC 5545 §3.1). The ics package folds at 75 characters,
 * which for Russian or Chinese text makes lines of up to 225 octets. Never splits a character.
 */
function refold(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      let limit = 75;
      for (const ch of line) {
        const size = utf8.encode(ch).length;
        if (octets + size > limit) {
          parts.push(part);
          part = '';
          octets = 0;
          limit = 74; // a continuation line starts with one space
        }
        part += ch;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

function toDateArray(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function check(events: readonly CalendarEvent[], options: CalendarOptions): string | null {
  if (!ID.test(options.caseId)) return `the case id must be letters, digits, ".", "_" or "-" (got "${options.caseId}")`;
  if (options.now !== undefined && Number.isNaN(options.now.getTime())) return 'the time stamp is not a valid date';
  if (events.length === 0) return 'a calendar needs at least one event';
  const seen = new Set<string>();
  for (const e of events) {
    if (!ID.test(e.id)) return `an event id must be letters, digits, ".", "_" or "-" (got "${e.id}")`;
    if (seen.has(e.id)) return `the event id "${e.id}" is used twice`;
    seen.add(e.id);
    if (!isIsoDate(e.date)) return `event "${e.id}": not a calendar date written YYYY-MM-DD ("${e.date}")`;
    if (e.date === '9999-12-31') return `event "${e.id}": the date is too late for a calendar`;
    if (cleanText(e.title).trim() === '') return `event "${e.id}": the title is empty`;
  }
  return null;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object') {
    const { message, errors } = error as { message?: unknown; errors?: unknown };
    if (Array.isArray(errors) && errors.length > 0) return errors.map(String).join('; ');
    if (typeof message === 'string') return message;
  }
  return 'the calendar could not be built';
}

/** The events as the text of an .ics file, or the reason they could not be written. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): CalendarResult {
  try {
    const problem = check(events, options);
    if (problem) return { ok: false, error: problem };
    const timestamp = (options.now ?? new Date()).getTime();
    const attributes = events.map((e): EventAttributes & { timestamp: number } => {
      const title = cleanText(e.title);
      const description = cleanText(e.description);
      return {
        uid: `${options.caseId}-${e.id}@${PRODUCT_ID}`,
        timestamp,
        start: toDateArray(e.date),
        end: toDateArray(addDays(e.date, 1)),
        title,
        ...(description.trim() ? { description } : {}),
        transp: 'TRANSPARENT',
        alarms: [{ action: 'display', description: escapeText(title), trigger: { before: true, hours: ALARM_HOURS_BEFORE } }],
      };
    });
    const { error, value } = createEvents(attributes, { productId: PRODUCT_ID });
    if (error || !value) return { ok: false, error: describe(error) };
    return { ok: true, text: refold(value) };
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}
