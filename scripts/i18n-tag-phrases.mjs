#!/usr/bin/env node
/**
 * `npm run i18n:tag`: marks the carrier's own words inside carrier sentences with their language, so a screen reader
 * reads them in that voice (WCAG 3.1.2; lib/i18n/phrases.ts renders <ru>…</ru> as <span lang="ru">). In
 * locales/<lang>/carriers.json it wraps every untagged run of Cyrillic text (as <ru>) and of Chinese characters (as
 * <zh-CN>) in a language that is not that one, and every German phrase already tagged somewhere (<de>…</de>).
 * Idempotent: tagged phrases are left alone. `--check` changes nothing and exits 1 naming what is untagged.
 * Hand-written: no library tags phrases by script; the two scripts and the German list are the whole rule.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { untaggedPhrases, tagPhrases } from '../lib/i18n/phrase-tags.ts';

const ROOT = 'locales';
const check = process.argv.includes('--check');
const languages = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const files = languages.map((lang) => ({ lang, path: join(ROOT, lang, 'carriers.json') }));
const texts = files.map((f) => readFileSync(f.path, 'utf8'));
// German phrases are known by having been tagged once, anywhere.
const german = [...new Set(texts.flatMap((t) => [...t.matchAll(/<de>(.*?)<\/de>/g)].map((m) => m[1])))];

let problems = 0;
files.forEach(({ lang, path }, i) => {
  const data = JSON.parse(texts[i]);
  const walk = (node, key) => {
    if (typeof node === 'string') {
      if (check) {
        for (const phrase of untaggedPhrases(node, lang, german)) {
          problems += 1;
          console.log(
            `${path} key ${key}: "${phrase.text}" is ${phrase.lang} text without its tag: write <${phrase.lang}>${phrase.text}</${phrase.lang}> (npm run i18n:tag does it)`,
          );
        }
        return node;
      }
      return tagPhrases(node, lang, german);
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, key ? `${key}.${k}` : k)]));
  };
  const tagged = walk(data, '');
  if (!check) writeFileSync(path, `${JSON.stringify(tagged, null, 2)}\n`);
});
if (check && problems > 0) process.exit(1);
