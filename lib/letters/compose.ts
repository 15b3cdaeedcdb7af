/**
 * Letters are built from lines in locales/<lang>/letters.json: a line appears only when every
 * {{variable}} it uses is filled, so an optional field left empty drops its whole sentence instead of
 * leaving a gap. Pure and small: it runs in the browser, where the personal fields live (in memory only).
 */
import type { Carrier, Verdict } from '../engine/schema';
import type { Stage } from '../engine/stages';

/** seller: a letter to the reseller, in the traveler's language, beside sellerQuote (one sentence in the carrier's language to pass on). */
export const LETTER_KINDS = [
  'cancellation',
  'counter',
  'callScript',
  'powerOfAttorney',
  'followUp',
  'followUpDocuments',
  'followUpReasons',
  'dispute',
  'seller',
  'sellerQuote',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** One language's text of one letter: an optional subject or title and its lines in order. */
export interface LetterTemplate {
  subject?: string;
  title?: string;
  lines: Record<string, string>;
}

export interface Letter {
  subject: string | null;
  title: string | null;
  lines: string[];
}

const VARIABLE = /\{\{\s*(\w+)\s*\}\}/g;

/** The variables a line needs. */
export function variablesOf(text: string): string[] {
  return [...text.matchAll(VARIABLE)].map((m) => m[1]);
}

function fill(text: string, values: Readonly<Record<string, string | undefined>>): string {
  return text.replace(VARIABLE, (_, name: string) => values[name]?.trim() ?? '');
}

const filled = (text: string, values: Readonly<Record<string, string | undefined>>) => variablesOf(text).every((v) => (values[v] ?? '').trim() !== '');

/** The letter for these values: lines whose variables are all filled, in the template's order. */
export function composeLetter(template: LetterTemplate, values: Readonly<Record<string, string | undefined>>): Letter {
  return {
    subject: template.subject ? fill(template.subject, values) : null,
    title: template.title ? fill(template.title, values) : null,
    lines: Object.values(template.lines)
      .filter((line) => filled(line, values))
      .map((line) => fill(line, values)),
  };
}

/** The letter as plain text (for copying, email and the .txt a traveler may keep). */
export function letterText(letter: Letter): string {
  return [letter.title, ...letter.lines].filter(Boolean).join('\n\n');
}

/** The letters stage 3 offers for a verdict: what to send, say or hand over. */
export function lettersForVerdict(verdict: Verdict['verdict']): LetterKind[] {
  switch (verdict) {
    case 'in-person':
      return ['counter'];
    case 'phone':
      return ['callScript'];
    case 'proxy':
      return ['powerOfAttorney', 'counter'];
    case 'through-seller':
      return ['seller'];
    default:
      return ['cancellation'];
  }
}

/** The letters a stage offers: the requests its verdicts need (submit-request), and the charge dispute (check-charges). */
export function lettersForStage(carrier: Pick<Carrier, 'verdicts'>, stage: Stage): LetterKind[] {
  if (stage === 'submit-request') return [...new Set(carrier.verdicts.flatMap((v) => lettersForVerdict(v.verdict)))];
  if (stage === 'check-charges') return ['dispute'];
  return [];
}

/** A mailto: link with the letter, for carriers that take email; the address comes from the carrier's official channel. */
export function mailtoHref(channelUrl: string, letter: Letter): string {
  const address = channelUrl.replace(/^mailto:/, '').split('?')[0];
  const params = [letter.subject ? `subject=${encodeURIComponent(letter.subject)}` : '', `body=${encodeURIComponent(letterText(letter))}`]
    .filter(Boolean)
    .join('&');
  return `mailto:${address}?${params}`;
}
