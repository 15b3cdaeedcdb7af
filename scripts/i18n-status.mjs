#!/usr/bin/env node
/**
 * `npm run i18n:status`: how complete each language is (share of en's keys it translates, plural forms
 * counted once, counted as i18n:check and the site count: lib/i18n/completeness.ts) and what is left, for a
 * translator to pick up. A language is offered to users from 90% on (COMPLETION_THRESHOLD in lib/i18n/completeness.ts);
 * below that its pages still build with en filling the gaps. The last column is the language's review
 * (locales/reviews.json): draft, or reviewed by whom and when, and under it the files reviewed apart.
 * Usage: tsx scripts/i18n-status.mjs [--missing N]   (N untranslated keys listed per language, default 10)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flatten } from '../lib/i18n/flatten.ts';
import {
  COMPLETION_THRESHOLD as THRESHOLD,
  completenessOf,
  countKeys,
  keptNames,
  readSameMarks,
  SAME_FILE,
  untranslatedKeys,
} from '../lib/i18n/completeness.ts';
import { readLanguages } from '../lib/i18n/locales.ts';
import { readReviews } from '../lib/i18n/reviews.ts';

const NAMESPACES = ['ui', 'carriers', 'letters'];

/** { ui: { key: text… }, carriers: {…}, … } of one language under `root`. */
function texts(root, lang) {
  const out = {};
  for (const ns of NAMESPACES) {
    const path = join(root, lang, `${ns}.json`);
    if (!existsSync(path)) continue;
    try {
      out[ns] = flatten(JSON.parse(readFileSync(path, 'utf8')));
    } catch {
      // Invalid JSON counts as nothing translated; `npm run i18n:check` names the problem.
    }
  }
  return out;
}

/** One row per language of `root` (a locales folder) but en: { lang, done (0–1), untranslated: ["ns:key", …] }; and en's key count. */
export function statusRows(root) {
  const source = texts(root, 'en');
  const names = keptNames(JSON.parse(readFileSync(join(root, 'glossary.json'), 'utf8')).names ?? [], source.carriers);
  const languages = readLanguages(JSON.parse(readFileSync(join(root, 'languages.json'), 'utf8')))
    .map((l) => l.tag)
    .filter((l) => l !== 'en');
  const rows = languages.map((lang) => {
    const own = texts(root, lang);
    const samePath = join(root, lang, SAME_FILE);
    let same = {};
    try {
      if (existsSync(samePath)) same = readSameMarks(JSON.parse(readFileSync(samePath, 'utf8')), source, SAME_FILE).same;
    } catch {
      // A broken same.json marks nothing; `npm run i18n:check` names the problem.
    }
    return { lang, done: completenessOf(source, own, { same, names }), untranslated: untranslatedKeys(source, own, { same, names }) };
  });
  return { rows, total: countKeys(source) };
}

/** "draft", or "reviewed by … on …". */
const describe = (r) => (r.status === 'reviewed' ? `reviewed by ${r.reviewedBy} on ${r.reviewedOn}` : r.status);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(fileURLToPath(new URL('..', import.meta.url)), 'locales');
  const arg = process.argv.indexOf('--missing');
  const listed = arg > -1 ? Number(process.argv[arg + 1]) : 10;
  const { rows, total } = statusRows(root);
  // Who reviewed each language (locales/reviews.json): a draft shows travelers a note and a link to the English page.
  const reviews = readReviews(JSON.parse(readFileSync(join(root, 'reviews.json'), 'utf8')));
  console.log(`${'language'.padEnd(10)}${'complete'.padStart(10)}${'left'.padStart(6)}  ${'offered'.padEnd(16)}review`);
  for (const r of rows) {
    console.log(
      `${r.lang.padEnd(10)}${`${(r.done * 100).toFixed(1)}%`.padStart(10)}${String(r.untranslated.length).padStart(6)}  ${(r.done >= THRESHOLD ? 'yes' : `no (needs ${THRESHOLD * 100}%)`).padEnd(16)}${describe(reviews[r.lang])}`,
    );
    for (const [file, review] of Object.entries(reviews[r.lang].files ?? {})) console.log(`${''.padEnd(44)}${file}: ${describe(review)}`);
  }
  console.log(`(${total} keys in en, plural forms counted once; "left": missing, or the same as en and not listed in ${SAME_FILE})`);
  for (const r of rows.filter((x) => x.untranslated.length > 0)) {
    console.log(`\n${r.lang}: ${r.untranslated.length} key(s) not translated${r.untranslated.length > listed ? `, first ${listed}` : ''}:`);
    for (const k of r.untranslated.slice(0, listed)) console.log(`  locales/${r.lang}/${k.replace(':', '.json: ')}`);
  }
}
