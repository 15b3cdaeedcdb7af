/**
 * The one markup locale strings may hold: a phrase in another language, tagged with its BCP 47 tag,
 * e.g. `ask to end the contract (“<ru>расторгнуть договор</ru>”)`. The page renders it as
 * <span lang="ru">, so a screen reader reads the phrase in that language (WCAG 3.1.2).
 */
export const PHRASE = /<([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)>(.*?)<\/\1>/g;

export interface Phrase {
  text: string;
  /** Set on a phrase in another language than the sentence around it. */
  lang?: string;
}

/** Splits a sentence into its plain runs and its tagged phrases, in order. */
export function phrases(sentence: string): Phrase[] {
  const parts: Phrase[] = [];
  let last = 0;
  for (const match of sentence.matchAll(PHRASE)) {
    if (match.index > last) parts.push({ text: sentence.slice(last, match.index) });
    parts.push({ text: match[2], lang: match[1] });
    last = match.index + match[0].length;
  }
  if (last < sentence.length) parts.push({ text: sentence.slice(last) });
  return parts;
}

/** The sentence without its language tags (for plain-text uses: titles, files, calendar events). */
export const plainText = (sentence: string) => sentence.replace(PHRASE, '$2');
