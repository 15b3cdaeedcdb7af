/**
 * Right-to-left text with left-to-right pieces in it (Unicode Bidirectional Algorithm, UAX #9). Sentences are
 * resolved to plain strings at build time, so the isolation is done with the Unicode isolate characters, not markup:
 * - an inserted value ({{carrier}}, a date, a phone number) is wrapped in FSI…PDI, so "T2 (Tele2 Russia)" keeps its
 *   brackets and the sentence's colon stays on the sentence's side;
 * - in a right-to-left sentence, each left-to-right run written in it (a phone number, a USSD code, "T2 (Tele2 Russia)",
 *   an English label) is wrapped in FSI…PDI, and an in-app menu path in LRI…PDI as a whole, so its "→" still point
 *   from one step to the next (reversing the steps would send the traveler the wrong way);
 * - an English sentence shown in a right-to-left page because the translation lacks it is wrapped in LRI…PDI.
 * Emails and URLs are left bare: letters and shared messages are copied into mail and chat apps, whose link detection
 * could swallow an invisible character; they hold no spaces, so they read right without one.
 * In every language the spaces between a number's digit groups become no-break spaces, so a phone number never wraps.
 */

export const FSI = '\u2068';
export const LRI = '\u2066';
export const PDI = '\u2069';

/**
 * Characters of the right-to-left scripts' blocks (Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation
 * forms): blocks rather than Script=, because the Arabic tatweel and Arabic-Indic digits are Script=Common.
 */
export const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** A value inserted into a sentence, isolated from the text around it. */
export const isolate = (value: string): string => (value ? `${FSI}${value}${PDI}` : value);

/** Pieces of a sentence that are code, not text: {{variables}} and tagged foreign phrases (rendered with dir="auto"), emails, URLs. */
const ATOM = /\{\{[^}]*\}\}|<([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)>.*?<\/\1>|\b(?:https?:\/\/|www\.)[^\s"“”«»<>()]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/** A left-to-right run: starts with a letter of a left-to-right script, a digit, or + * # and ends with one (or a closing bracket). */
const LTR_START = String.raw`[\p{L}\p{N}+*#(]`;
const LTR_RUN = new RegExp(
  String.raw`(?:(?!${RTL_LETTER.source})${LTR_START})(?:(?:(?!${RTL_LETTER.source})[\p{L}\p{M}\p{N} \u00A0\-.,:/@#*+()&'’_%=])*(?:(?!${RTL_LETTER.source})[\p{L}\p{M}\p{N}#)%]))?`,
  'gu',
);

/** Drops what a run cannot end with or hold alone: an unpaired bracket (its partner is in the sentence around it). */
function balanced(run: string): string {
  let depth = 0;
  for (let i = 0; i < run.length; i++) {
    if (run[i] === '(') depth++;
    if (run[i] === ')' && --depth < 0) return balanced(run.slice(0, i).replace(/[\s\-.,:/@&'’_=]+$/u, ''));
  }
  if (depth > 0) return balanced(run.slice(0, run.lastIndexOf('(')).replace(/[\s\-.,:/@&'’_=(]+$/u, ''));
  return run;
}

/** Where a sentence's clause ends: a menu path never crosses these. */
const CLAUSE_END = /[:;：；؛。\n]|\.(?=\s|$)/u;
/** Where a path's first step starts and its last step ends: a clause's edge, a comma or a bracket. */
const STEP_EDGE = /[:;：；؛。\n()（）]|[.,،](?=\s|$)/u;

const unpaired = (text: string) => (text.match(/[(（]/g) ?? []).length !== (text.match(/[)）]/g) ?? []).length;

/**
 * The in-app menu paths of `text` ("Settings → Mobile Service → Delete eSIM"), as [start, end) ranges: arrows joined
 * by steps within one clause (a step may hold a bracketed aside, never half of one); the first and last steps reach to
 * the clause's edge, but an English step only over English words (the Arabic words before it are the sentence).
 */
function menuPaths(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const arrows = [...text.matchAll(/→/g)].map((m) => m.index);
  let i = 0;
  while (i < arrows.length) {
    let j = i;
    // Between two steps: no clause end, and no comma outside brackets ("…Carrier Lock، أو About phone → …" is two paths).
    const between = () => text.slice(arrows[j] + 1, arrows[j + 1]);
    const joined = (s: string) => !unpaired(s) && !CLAUSE_END.test(s) && !/[,،](?=\s)/u.test(s.replace(/\([^()]*\)/g, ''));
    while (j + 1 < arrows.length && joined(between())) j++;
    ranges.push([stepStart(text, arrows[i]), stepEnd(text, arrows[j] + 1)]);
    i = j + 1;
  }
  return ranges;
}

const lastEdge = (text: string) => Math.max(...[...text.matchAll(new RegExp(STEP_EDGE.source, 'gu'))].map((m) => m.index + m[0].length), 0);

/** The words of a step, kept while they are left to right (from the arrow outwards). */
function ltrWords(words: string[]): string[] {
  const kept: string[] = [];
  for (const word of words) {
    if (RTL_LETTER.test(word)) break;
    kept.push(word);
  }
  return kept;
}

function stepStart(text: string, arrow: number): number {
  const before = text.slice(0, arrow);
  const edge = lastEdge(before);
  const step = before.slice(edge).trim();
  if (RTL_LETTER.test(step.at(-1) ?? '')) return edge + (before.slice(edge).length - before.slice(edge).trimStart().length);
  const kept = ltrWords(step.split(/\s+/u).reverse()).reverse().join(' ');
  return before.trimEnd().length - kept.length;
}

function stepEnd(text: string, afterArrow: number): number {
  const rest = text.slice(afterArrow);
  const edge = rest.search(STEP_EDGE);
  const clause = edge === -1 ? rest : rest.slice(0, edge);
  const step = clause.trim();
  const lead = clause.length - clause.trimStart().length;
  if (RTL_LETTER.test(step[0] ?? '')) return afterArrow + lead + step.length;
  const end = afterArrow + lead + ltrWords(step.split(/\s+/u)).join(' ').length;
  // "Settings → Cellular (iPhone)": an English aside in brackets right after the last step belongs to the path.
  const aside = text.slice(end).match(new RegExp(String.raw`^\s*\((?:(?!${RTL_LETTER.source})[^()])*\)`, 'u'));
  return end + (aside?.[0].length ?? 0);
}

/** Isolates the left-to-right runs and menu paths of a right-to-left sentence; other sentences are returned as they are. */
export function isolateLtrRuns(text: string): string {
  if (!RTL_LETTER.test(text)) return text;
  let out = '';
  let last = 0;
  for (const atom of text.matchAll(ATOM)) {
    out += isolateInText(text.slice(last, atom.index)) + atom[0];
    last = atom.index + atom[0].length;
  }
  return out + isolateInText(text.slice(last));
}

function isolateInText(text: string): string {
  let out = '';
  let last = 0;
  for (const [start, end] of menuPaths(text)) {
    out += isolateRuns(text.slice(last, start)) + LRI + text.slice(start, end) + PDI;
    last = end;
  }
  return out + isolateRuns(text.slice(last));
}

function isolateRuns(text: string): string {
  return text.replace(LTR_RUN, (run) => {
    const kept = balanced(run);
    // What an unpaired bracket cut off may hold another run.
    return kept ? isolate(kept) + isolateRuns(run.slice(kept.length)) : run[0] + isolateRuns(run.slice(1));
  });
}

/**
 * No-break spaces between the digit groups of a number ("+7 495 123-45-67", "03333 040 191", "(852) 12580", "1 000"),
 * so a narrow screen never wraps a phone number or an amount in the middle.
 */
export const keepNumbersWhole = (text: string): string => text.replace(/(?<=\d\)?) (?=\d)/g, '\u00A0');

/** Every sentence of a language's resources as the pages show it (see above): phone numbers whole; runs isolated in right-to-left languages. */
export function forDisplay<T>(resources: T, direction: 'ltr' | 'rtl'): T {
  const each = (value: unknown): unknown => {
    if (typeof value === 'string') return direction === 'rtl' ? isolateLtrRuns(keepNumbersWhole(value)) : keepNumbersWhole(value);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, each(v)]));
    return value;
  };
  return each(resources) as T;
}

/** i18next's own options, passed beside the values: never isolated. */
const T_OPTIONS = new Set([
  'count',
  'context',
  'defaultValue',
  'lng',
  'lngs',
  'ns',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'ordinal',
  'replace',
  'interpolation',
  'postProcess',
  'keyPrefix',
  'fallbackLng',
]);

/**
 * The values of a t() call, isolated for a right-to-left sentence. A link is left bare (a shared message is pasted into
 * chat apps whose link detection could take the invisible character in); so is a number, which needs no isolating.
 */
export function isolateValues(options: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(options).map(([name, value]) => [
      name,
      typeof value === 'string' && !T_OPTIONS.has(name) && name !== 'link' && !/^(?:https?:\/\/|\{\{link\}\})/.test(value) ? isolate(value) : value,
    ]),
  );
}
