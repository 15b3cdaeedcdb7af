#!/usr/bin/env node
/**
 * `npm run i18n:new <tag> [-- --name "<the language's name in itself>"]`: adds a language. It registers the tag in
 * locales/languages.json, makes locales/<tag>/ with ui.json, carriers.json and letters.json holding no keys (a key
 * is translated when it is there: copies of English would count as done and be offered untranslated), adds a draft
 * entry to locales/reviews.json, and prints what to do next. No code changes: lib/i18n reads the list.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PSEUDO_LOCALES, readLanguages } from '../lib/i18n/locales.ts';

const NAMESPACES = ['ui', 'carriers', 'letters'];

/**
 * The JSON layout of languages.json and reviews.json: one line per language, so adding one is a one-line diff.
 * (locales/ is outside Prettier: these files keep the layout their tools write.)
 */
function oneLinePerEntry(value, indent = '  ') {
  const inline = (v) => JSON.stringify(v, null, 1).replace(/\n\s*/g, ' ').replace(/\[ /g, '[').replace(/ \]/g, ']');
  if (Array.isArray(value)) return `[\n${value.map((v) => `${indent}  ${inline(v)}`).join(',\n')}\n${indent}]`;
  const lines = Object.entries(value).map(([k, v]) => `${indent}${JSON.stringify(k)}: ${Array.isArray(v) ? oneLinePerEntry(v, indent) : inline(v)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Throws an Error whose message says what is wrong with `input` as a new language's tag; returns the canonical tag. */
export function validTag(input, existing) {
  let tag;
  try {
    [tag] = Intl.getCanonicalLocales(input);
  } catch {
    throw new Error(`"${input}" is not a BCP 47 language tag: write the language, then the region or script if needed (ja, pt-BR, zh-TW, sr-Latn)`);
  }
  if (!tag) throw new Error('give the language tag: npm run i18n:new <tag> (for example ja, pt-BR)');
  const region = new Intl.Locale(tag).region;
  if (PSEUDO_LOCALES.includes(tag) || ['XA', 'XB', 'XC'].includes(region ?? ''))
    throw new Error(`"${tag}" is a pseudo-locale tag (regions XA, XB, XC are reserved for them): pseudo-locales are made from en, not translated`);
  const same = existing.find((t) => t.toLowerCase() === tag.toLowerCase());
  if (same) throw new Error(`"${same}" is already a language (locales/languages.json): edit locales/${same}/ instead`);
  return tag;
}

/** The language's name in itself, from the platform's CLDR data, capitalized as a list item; undefined when unknown. */
export function autonymOf(tag) {
  const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag);
  return name ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : undefined;
}

/**
 * Adds language `input` to the locales folder `root`. Returns { tag, name, created } (created: the files written,
 * relative to the project); throws an Error with a message for the translator when the tag or the files say no.
 */
export function addLanguage(root, input, { name } = {}) {
  const languagesPath = join(root, 'languages.json');
  const reviewsPath = join(root, 'reviews.json');
  const languagesFile = JSON.parse(readFileSync(languagesPath, 'utf8'));
  const languages = readLanguages(languagesFile);
  const tag = validTag(
    input,
    languages.map((l) => l.tag),
  );
  if (existsSync(join(root, tag))) throw new Error(`locales/${tag}/ already exists but is not in locales/languages.json: add it there, or remove the folder`);
  const autonym = name?.trim() || autonymOf(tag);
  if (!autonym) throw new Error(`no name known for "${tag}": give the language's name in itself with -- --name "…"`);
  const reviews = JSON.parse(readFileSync(reviewsPath, 'utf8'));
  if (reviews[tag]) throw new Error(`locales/reviews.json already has "${tag}": remove that entry first, or add the language by hand`);

  mkdirSync(join(root, tag));
  for (const ns of NAMESPACES) writeFileSync(join(root, tag, `${ns}.json`), '{}\n');
  writeFileSync(languagesPath, oneLinePerEntry({ ...languagesFile, languages: [...languages, { tag, name: autonym }] }));
  writeFileSync(reviewsPath, oneLinePerEntry({ ...reviews, [tag]: { status: 'draft' } }));
  return { tag, name: autonym, created: NAMESPACES.map((ns) => join(root, tag, `${ns}.json`)) };
}

/** What the translator does next, as printed after the language is added. */
export function nextSteps(tag, name) {
  return `Added ${name} (${tag}): locales/languages.json, locales/reviews.json (draft), and locales/${tag}/ with three empty files.

Next:
  1. Translate, copying each key you translate from locales/en/ into locales/${tag}/ (same key, your sentence):
       ui.json        the interface      carriers.json  what is said about each carrier      letters.json  the letters
     A key you have not translated stays out: the site shows English there and counts it as not done.
     A value the same as English (a product name, "eSIM") is counted as not translated unless it is listed, with a reason,
     in locales/${tag}/same.json (see locales/README.md).
     locales/context.json says where each key shows, what each {{variable}} holds, and what not to translate.
  2. npm run i18n:check -- --lang ${tag}   must pass: facts (numbers, dates, emails, names) must match English.
  3. npm run i18n:status                  shows how much is done. ${name} is offered to travelers (language choice,
     switcher) from 90% on; below that its pages are built, with English where a sentence is missing.
  4. npm run dev, then open http://localhost:3000/${tag}/ to see it in place.
  5. Add ${tag} to locales/glossary.json: the renderings your language may use for a protected item, and the hedging
     words of your language ("not confirmed", "up to"), each with a reason.
  6. When a native speaker has reviewed it, set locales/reviews.json "${tag}" to
     { "status": "reviewed", "reviewedBy": "<name they agreed to>", "reviewedOn": "YYYY-MM-DD" }.`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { name: { type: 'string' } } });
  const root = join(fileURLToPath(new URL('..', import.meta.url)), 'locales');
  if (positionals.length !== 1) {
    console.error('usage: npm run i18n:new <tag> [-- --name "<the language\'s name in itself>"]   (for example: npm run i18n:new ja)');
    process.exit(2);
  }
  try {
    const { tag, name } = addLanguage(root, positionals[0], values);
    console.log(nextSteps(tag, name));
  } catch (error) {
    console.error(`i18n:new: ${error.message}`);
    process.exit(1);
  }
}
