/**
 * Right-to-left pages: every sentence of ar and of the ar-XB pseudo-locale, with sample values inserted as the pages
 * insert them, is laid out by the Unicode Bidirectional Algorithm (bidi-js, which passes the Unicode conformance
 * tests) in a right-to-left paragraph, and what reads left to right must still read left to right on the screen:
 * inserted values, phone numbers, USSD codes, names with brackets, and the steps of in-app menu paths in order.
 */
import bidiFactory from 'bidi-js';
import { describe, expect, it } from 'vitest';
import { forDisplay, isolateLtrRuns, isolateValues, keepNumbersWhole } from '@/lib/i18n/bidi';
import { extractFacts, menuLabels } from '@/lib/i18n/facts';
import { flatten } from '@/lib/i18n/flatten';
import { getT, RESOURCES } from '@/lib/i18n/server';
import { pseudoLocalize } from '@/lib/i18n/pseudo';
import enUi from '@/locales/en/ui.json';
import enCarriers from '@/locales/en/carriers.json';
import enLetters from '@/locales/en/letters.json';
import arUi from '@/locales/ar/ui.json';
import arCarriers from '@/locales/ar/carriers.json';
import arLetters from '@/locales/ar/letters.json';

const bidi = bidiFactory();

/** The characters of `text` in the order the screen shows them, left to right, in a right-to-left paragraph. */
function onScreen(text: string): string {
  const levels = bidi.getEmbeddingLevels(text, 'rtl');
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
  // Mirroring applies to the characters where they stood before reordering: map them first.
  const logical = text.split('').map((c, i) => mirrored.get(i) ?? c);
  const order = text.split('').map((_, i) => i);
  for (const [start, end] of bidi.getReorderSegments(text, levels)) order.splice(start, end - start + 1, ...order.slice(start, end + 1).reverse());
  return order
    .map((i) => logical[i])
    .join('')
    .replace(/[\u2066-\u2069]/g, '');
}

const SAMPLE_VALUES: Record<string, string> = {
  carrier: 'T2 (Tele2 Russia)',
  phone: '+7 912 345-67-89',
  ref: 'CS-2026-0042',
  date: '2026-12-14',
  iccid: '8970120000000000001',
};

/** What must read left to right, found in the sentence as written (not by the code under test). */
function leftToRightPieces(written: string, resolved: string, english: string): string[] {
  const facts = extractFacts(written, 'en');
  const pieces = [
    ...facts.ussd,
    // Phone numbers and grouped amounts: digit groups with spaces, dashes or brackets between them.
    ...(resolved.replace(/[\u2066-\u2069]/g, '').match(/\+?(?:\(\d+\)|\d+)(?:[ \u00A0-](?:\(\d+\)|\d+))+/g) ?? []),
    ...[...written.matchAll(/\{\{(\w+)\}\}/g)].map((m) => SAMPLE_VALUES[m[1]]).filter(Boolean),
    // Names with their brackets, as the English has them: "T2 (Tele2 Russia)", "SIM Manager (Android)".
    ...(english.match(/[A-Z0-9][\w.&'-]*(?: [A-Z0-9][\w.&'-]*)* \([A-Z][^()→]*\)/g) ?? []).filter((piece) => written.includes(piece)),
  ];
  return [...new Set(pieces.map((p) => p.replace(/\u00A0/g, ' ')))];
}

/** The sentence as the page shows it, its values inserted the way lib/i18n/server.ts inserts them for a right-to-left page. */
const isolated = (shown: string) => shown.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => isolateValues({ v: SAMPLE_VALUES[name] ?? whole }).v as string);
/** The same with the values inserted bare, as before isolation. */
const bare = (shown: string) => shown.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => SAMPLE_VALUES[name] ?? whole);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The keys whose sentence shows a piece broken, or a menu path's steps out of order. */
function broken(written: Record<string, string>, shown: Record<string, string>, resolve = isolated): string[] {
  const bad: string[] = [];
  for (const [key, source] of Object.entries(written)) {
    const resolved = resolve(shown[key]);
    const screen = onScreen(resolved).replace(/\u00A0/g, ' ');
    if (leftToRightPieces(source, resolved, EN[key] ?? '').some((piece) => !screen.includes(piece))) bad.push(key);
    // Two English labels of one path (an Arabic step may stand between them) stand so on the screen too: the arrows
    // point onwards. Reversed, the screen would read "b → … → a".
    const steps = menuLabels(source).filter((l) => !/[\u0600-\u06FF]/.test(l));
    const apart = (a: string, b: string) => new RegExp(`${escape(a)}[\\s”"]*→(?:[^→.:;؛()\\n]*→)*[\\s“"]*${escape(b)}`);
    const outOfOrder = steps.some((a) => steps.some((b) => apart(a, b).test(source) && !apart(a, b).test(screen)));
    if (outOfOrder) bad.push(`${key} (menu path)`);
  }
  return bad;
}

const EN = flatten({ ui: enUi, carriers: enCarriers, letters: enLetters }) as Record<string, string>;
const arWritten = flatten({ ui: arUi, carriers: arCarriers, letters: arLetters }) as Record<string, string>;
const arShown = flatten({ ui: RESOURCES.ar.ui, carriers: RESOURCES.ar.carriers, letters: RESOURCES.ar.letters }) as Record<string, string>;
const pseudo = pseudoLocalize({ ui: enUi, carriers: enCarriers, letters: enLetters }, 'ar-XB');
const xbWritten = flatten(pseudo) as Record<string, string>;
const xbShown = flatten(forDisplay(pseudo, 'rtl')) as Record<string, string>;

describe('right-to-left text keeps its left-to-right pieces whole', () => {
  it('without isolation the check finds broken sentences and reversed menu paths (so it can fail)', () => {
    const found = broken(arWritten, arWritten, bare);
    expect(found.filter((key) => !key.endsWith('(menu path)')).length).toBeGreaterThan(20);
    expect(found.filter((key) => key.endsWith('(menu path)')).length).toBeGreaterThan(3);
    expect(broken(xbWritten, xbWritten, bare).length).toBeGreaterThan(20);
  });

  it('every Arabic sentence, as the pages show it', () => {
    expect(broken(arWritten, arShown)).toEqual([]);
  });

  it('every sentence of the ar-XB pseudo-locale (English words in Arabic letters, names and codes kept)', () => {
    expect(Object.values(xbWritten).filter((v) => /[\u0600-\u06FF]/.test(v)).length).toBeGreaterThan(1000);
    expect(broken(xbWritten, xbShown)).toEqual([]);
  });

  it('a phone number is never reversed by groups, and never wraps', () => {
    expect(keepNumbersWhole('Call 03333 040 191 or (852) 12580; 1 000 ₽, 7 days')).toBe(
      'Call 03333\u00A0040\u00A0191 or (852)\u00A012580; 1\u00A0000 ₽, 7 days',
    );
    const sentence = 'اتصل على +7 912 345-67-89 الآن';
    expect(onScreen(sentence)).not.toContain('+7 912 345-67-89');
    const shown = isolateLtrRuns(keepNumbersWhole(sentence));
    expect(onScreen(shown).replace(/\u00A0/g, ' ')).toContain('+7 912 345-67-89');
    expect(shown).toContain('+7\u00A0912\u00A0345-67-89');
  });

  it('a menu path mixing Arabic and English steps is kept left to right as a whole, so its arrows point onwards', () => {
    const sentence = 'اطلب الاسترداد: My eSIMs → باقتك → Package History → Request Refund. ثم انتظر.';
    const screen = onScreen(isolateLtrRuns(sentence));
    expect(screen.indexOf('My eSIMs')).toBeLessThan(screen.indexOf('Package History'));
    expect(screen.indexOf('Package History')).toBeLessThan(screen.indexOf('Request Refund'));
    // The Arabic words before the path are the sentence, not a step of it.
    expect(isolateLtrRuns(sentence)).toContain('اطلب الاسترداد: \u2066My eSIMs');
  });

  it('a bracket that opens in Arabic closes in Arabic (half a pair is never isolated)', () => {
    const shown = isolateLtrRuns('(على iPhone في الإعدادات)');
    expect(shown).toBe('(على \u2068iPhone\u2069 في الإعدادات)');
  });

  it('emails and links are left bare: copied into mail and chat apps, an invisible character could break them', () => {
    expect(isolateLtrRuns('راسل help@holafly.com أو https://www.holafly.com/help/ الآن')).toBe('راسل help@holafly.com أو https://www.holafly.com/help/ الآن');
    expect(isolateValues({ link: 'https://esim-exit.example/ru/t2/', carrier: 'T2' })).toEqual({
      link: 'https://esim-exit.example/ru/t2/',
      carrier: '\u2068T2\u2069',
    });
  });

  it('an English sentence shown for a missing Arabic one is isolated left to right, its values too', () => {
    const t = getT('ar');
    expect(t('nav.stageOf', { carrier: 'T2 (Tele2 Russia)', number: 1, total: 5 })).toMatch(/^\u2068T2 \(Tele2 Russia\)\u2069: المرحلة/);
    const fallback = t('nav.stageOf', { lng: 'en', carrier: 'T2 (Tele2 Russia)', number: 1, total: 5 });
    expect(fallback).toBe('\u2066\u2068T2 (Tele2 Russia)\u2069: stage 1 of 5\u2069');
  });

  it('left-to-right languages keep their sentences, with phone numbers whole', () => {
    expect(getT('en')('stageOf', { carrier: 'T2', number: 1, total: 5 })).not.toMatch(/[\u2066-\u2069]/);
    expect(flatten(RESOURCES.en.carriers)).toEqual(
      Object.fromEntries(Object.entries(flatten(enCarriers) as Record<string, string>).map(([k, v]) => [k, keepNumbersWhole(v)])),
    );
  });
});
