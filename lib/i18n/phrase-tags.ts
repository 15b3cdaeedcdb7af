/**
 * Finding the carrier's own words in a sentence written in another language, to tag them (see scripts/i18n-tag-phrases.mjs
 * and lib/i18n/phrases.ts). Cyrillic text is Russian and Chinese characters are zh-CN here: those are the carriers'
 * languages that use those scripts today. German has no script of its own, so German phrases come as a list.
 */
import { PHRASE } from './phrases';

export interface ForeignPhrase {
  text: string;
  lang: string;
}

const SCRIPTS: { lang: string; run: RegExp }[] = [
  { lang: 'ru', run: /[\p{Script=Cyrillic}]+(?:[ \u00A0-]+[\p{Script=Cyrillic}]+)*/gu },
  { lang: 'zh-CN', run: /[\p{Script=Han}]+/gu },
];

const sameLanguage = (a: string, b: string) => a.split('-')[0] === b.split('-')[0];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The foreign runs of `sentence` (written in `lang`) that carry no tag yet. */
export function untaggedPhrases(sentence: string, lang: string, german: string[] = []): ForeignPhrase[] {
  const bare = sentence.replace(PHRASE, (m) => ' '.repeat(m.length));
  const found: ForeignPhrase[] = [];
  for (const { lang: script, run } of SCRIPTS) {
    if (sameLanguage(script, lang)) continue;
    // Japanese writes its own words in kanji: a Chinese phrase in Japanese text is tagged by hand.
    if (script === 'zh-CN' && sameLanguage(lang, 'ja')) continue;
    for (const m of bare.matchAll(run)) found.push({ text: m[0], lang: script });
  }
  if (!sameLanguage('de', lang)) for (const phrase of german) if (bare.includes(phrase)) found.push({ text: phrase, lang: 'de' });
  return found;
}

/** `sentence` with each untagged foreign run wrapped in its language's tag. */
export function tagPhrases(sentence: string, lang: string, german: string[] = []): string {
  let out = sentence;
  for (const phrase of untaggedPhrases(sentence, lang, german)) {
    // Only outside existing tags: split on them, tag the plain parts.
    out = out
      .split(/(<[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*>.*?<\/[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*>)/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part.replace(new RegExp(`(?<![\\p{L}])${escape(phrase.text)}(?![\\p{L}])`, 'u'), `<${phrase.lang}>${phrase.text}</${phrase.lang}>`),
      )
      .join('');
  }
  return out;
}
