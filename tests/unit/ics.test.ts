import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarEvent } from '@/lib/calendar/ics';
import { caseDeadlines } from '@/lib/engine/dates';
import { airalo } from '@/lib/carriers/airalo';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Unfolds content lines (CRLF followed by a space or a tab) and splits each into name, parameters and value. */
function contentLines(text: string): Property[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      return { name, params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])), value: line.slice(colon + 1) };
    });
}

/** RFC 5545 §3.3.11: the TEXT value as written before escaping. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

interface ParsedEvent {
  props: Property[];
  alarms: Property[][];
  get: (name: string) => Property | undefined;
}

/** The VEVENT blocks of a calendar, each with its own properties and its VALARM blocks. */
function parseEvents(text: string): ParsedEvent[] {
  const events: ParsedEvent[] = [];
  let current: { props: Property[]; alarms: Property[][] } | null = null;
  let alarm: Property[] | null = null;
  for (const p of contentLines(text)) {
    if (p.name === 'BEGIN' && p.value === 'VEVENT') current = { props: [], alarms: [] };
    else if (p.name === 'BEGIN' && p.value === 'VALARM') alarm = [];
    else if (p.name === 'END' && p.value === 'VALARM') {
      current!.alarms.push(alarm!);
      alarm = null;
    } else if (p.name === 'END' && p.value === 'VEVENT') {
      const done = current!;
      events.push({ ...done, get: (name) => done.props.find((q) => q.name === name) });
      current = null;
    } else if (alarm) alarm.push(p);
    else if (current) current.props.push(p);
  }
  return events;
}

const now = new Date('2026-11-25T10:00:00Z');

const deadlineEvents: CalendarEvent[] = caseDeadlines(airalo, {}, { purchasedOn: '2026-11-25', chargedOn: '2026-11-25' }).map((d) => ({
  id: d.id,
  date: d.date,
  title: `eSIM Exit: ${d.id}`,
  description: `Why: ${d.basis}`,
}));

describe('buildCalendar', () => {
  it('writes one all-day VEVENT per deadline, with a VALARM each, that parses back', () => {
    const result = buildCalendar(deadlineEvents, { caseId: 'case-1', now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { text } = result;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(contentLines(text).find((p) => p.name === 'PRODID')?.value).toBe('esim-exit');

    const events = parseEvents(text);
    expect(events).toHaveLength(deadlineEvents.length);
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event.alarms).toHaveLength(1);
      const alarm = Object.fromEntries(event.alarms[0].map((p) => [p.name, p.value]));
      expect(alarm).toMatchObject({ ACTION: 'DISPLAY', TRIGGER: '-PT15H' });
      expect(unescapeText(alarm.DESCRIPTION)).toBe(unescapeText(event.get('SUMMARY')!.value));
      expect(event.get('DTSTAMP')?.value).toBe('20261125T100000Z');
    }
  });

  it('puts the dispute deadline on 2027-03-25 as an all-day date, ending the next day', () => {
    const result = buildCalendar(deadlineEvents, { caseId: 'case-1', now });
    if (!result.ok) throw new Error(result.error);
    const dispute = parseEvents(result.text).find((e) => e.get('UID')?.value === 'case-1-dispute-deadline@esim-exit');
    expect(dispute).toBeDefined();
    expect(dispute!.get('DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20270325' });
    expect(dispute!.get('DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20270326' });
    expect(dispute!.get('SUMMARY')?.value).toBe('eSIM Exit: dispute-deadline');
    expect(unescapeText(dispute!.get('DESCRIPTION')!.value)).toBe('Why: card-networks-120-days');
    expect(result.text).toContain('DTSTART;VALUE=DATE:20270325\r\n');
  });

  it('gives each event a deterministic UID, the same on every build', () => {
    const a = buildCalendar(deadlineEvents, { caseId: 'case-1', now });
    const b = buildCalendar(deadlineEvents, { caseId: 'case-1', now });
    if (!a.ok || !b.ok) throw new Error('not built');
    expect(a.text).toBe(b.text);
    expect(parseEvents(a.text).map((e) => e.get('UID')?.value)).toEqual(['case-1-refund-window-closes@esim-exit', 'case-1-dispute-deadline@esim-exit']);
  });

  it('a month end rolls DTEND into the next month and year', () => {
    const result = buildCalendar([{ id: 'statement-1', date: '2026-12-31', title: 'Check', description: '' }], { caseId: 'c', now });
    if (!result.ok) throw new Error(result.error);
    const [event] = parseEvents(result.text);
    expect(event.get('DTSTART')?.value).toBe('20261231');
    expect(event.get('DTEND')?.value).toBe('20270101');
    expect(event.get('DESCRIPTION')).toBeUndefined();
  });

  it('escapes commas, semicolons, backslashes and line breaks in titles and descriptions per RFC 5545', () => {
    const title = 'Call back, then; check\nstatement \\ 2';
    const description = 'Line one\r\nLine two, with; marks\rLine three';
    const result = buildCalendar([{ id: 'chase', date: '2026-12-10', title, description }], { caseId: 'c', now });
    if (!result.ok) throw new Error(result.error);
    const [event] = parseEvents(result.text);
    expect(event.get('SUMMARY')?.value).toBe('Call back\\, then\\; check\\nstatement \\\\ 2');
    expect(unescapeText(event.get('SUMMARY')!.value)).toBe(title);
    expect(unescapeText(event.get('DESCRIPTION')!.value)).toBe('Line one\nLine two, with; marks\nLine three');
    // The alarm's text is escaped too (the ics package leaves it to us).
    const alarmText = event.alarms[0].find((p) => p.name === 'DESCRIPTION')!.value;
    expect(alarmText).toBe('Call back\\, then\\; check\\nstatement \\\\ 2');
    // No raw line break survives inside a value: every physical line is a property or a fold.
    for (const line of result.text.split('\r\n')) expect(line).not.toMatch(/[\r\n]/);
  });

  it('folds long lines at 75 octets without splitting a character (Russian and Chinese text)', () => {
    const description = 'Последний день, чтобы оспорить списание в банке, выпустившем карту. 争议截止日期：请在此日期之前联系发卡银行。'.repeat(3);
    const result = buildCalendar([{ id: 'dispute-deadline', date: '2027-03-25', title: 'Оспорить списание / 争议截止', description }], { caseId: 'c', now });
    if (!result.ok) throw new Error(result.error);
    for (const line of result.text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const [event] = parseEvents(result.text);
    expect(unescapeText(event.get('DESCRIPTION')!.value)).toBe(description);
  });

  it('uses the current time as DTSTAMP when none is given', () => {
    const result = buildCalendar(deadlineEvents, { caseId: 'case-1' });
    if (!result.ok) throw new Error(result.error);
    expect(parseEvents(result.text)[0].get('DTSTAMP')?.value).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('refuses bad input with a reason instead of throwing', () => {
    const one = (e: Partial<CalendarEvent>): CalendarEvent[] => [{ id: 'chase', date: '2026-12-10', title: 'Chase', description: '', ...e }];
    const cases: [CalendarEvent[], string][] = [
      [[], 'c'],
      [one({ date: '2026-02-30' }), 'c'],
      [one({ date: '9999-12-31' }), 'c'],
      [one({ id: 'has space' }), 'c'],
      [one({ title: ' \n ' }), 'c'],
      [[...one({}), ...one({})], 'c'],
      [one({}), 'bad case id'],
      [one({}), ''],
    ];
    for (const [events, caseId] of cases) {
      const result = buildCalendar(events, { caseId, now });
      expect(result.ok, JSON.stringify({ events, caseId })).toBe(false);
      if (!result.ok) expect(result.error).not.toBe('');
    }
    expect(buildCalendar(one({}), { caseId: 'c', now: new Date(Number.NaN) }).ok).toBe(false);
    // Not even input that breaks the types throws.
    expect(() => buildCalendar(null as unknown as CalendarEvent[], { caseId: 'c' })).not.toThrow();
    expect(buildCalendar(null as unknown as CalendarEvent[], { caseId: 'c' }).ok).toBe(false);
    expect(buildCalendar([{ id: 'x', date: '2026-12-10', title: 42 } as unknown as CalendarEvent], { caseId: 'c' }).ok).toBe(false);
  });
});
