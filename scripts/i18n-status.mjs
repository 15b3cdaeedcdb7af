#!/usr/bin/env node
/**
 * `npm run i18n:status`: how complete each language is (share of en's keys it translates, plural forms
 * counted once) and what is missing, for a translator to pick up. A language is offered to users from
 * 90% on (COMPLETION_THRESHOLD in lib/i18n/server.ts); below that its pages still build with en filling the gaps.
 * The last column is the language's review (locales/reviews.json): draft, or reviewed by whom and when.
 * Usage: tsx scripts/i18n-status.mjs [--missing N]   (N missing keys listed per language, default 10)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flatten } from '../lib/i18n/flatten.ts';
import { completenessOf, countKeys, missingKeys } from '../lib/i18n/completeness.ts';

const THRESHOLD = 0.9;
const root = join(fileURLToPath(new URL('..', import.meta.url)), 'locales');
const arg = process.argv.indexOf('--missing');
const listed = arg > -1 ? Number(process.argv[arg + 1]) : 10;

/** { ui: [keys…], carriers: […], … } of one language, for the counting shared with i18n:check and the site. */
function keys(lang) {
  const out = {};
  for (const file of readdirSync(join(root, 'en')).filter((f) => f.endsWith('.json'))) {
    const path = join(root, lang, file);
    if (!existsSync(path)) continue;
    try {
      out[file.replace('.json', '')] = Object.keys(flatten(JSON.parse(readFileSync(path, 'utf8'))));
    } catch {
      // Invalid JSON counts as nothing translated; `npm run i18n:check` names the problem.
    }
  }
  return out;
}

const source = keys('en');
const languages = readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'en')
  .map((e) => e.name)
  .sort();
const rows = languages.map((lang) => {
  const own = keys(lang);
  return { lang, done: completenessOf(source, own), missing: missingKeys(source, own) };
});
// Who reviewed each language (locales/reviews.json): a draft shows travelers a note and a link to the English page.
const reviews = JSON.parse(readFileSync(join(root, 'reviews.json'), 'utf8'));
const review = (lang) => {
  const r = reviews[lang];
  if (!r) return 'no entry in locales/reviews.json';
  return r.status === 'reviewed' ? `reviewed by ${r.reviewedBy} on ${r.reviewedOn}` : r.status;
};
console.log(`${'language'.padEnd(10)}${'complete'.padStart(10)}${'missing'.padStart(9)}  ${'offered'.padEnd(16)}review`);
for (const r of rows)
  console.log(
    `${r.lang.padEnd(10)}${`${(r.done * 100).toFixed(1)}%`.padStart(10)}${String(r.missing.length).padStart(9)}  ${(r.done >= THRESHOLD ? 'yes' : `no (needs ${THRESHOLD * 100}%)`).padEnd(16)}${review(r.lang)}`,
  );
console.log(`(${countKeys(source)} keys in en, plural forms counted once)`);
for (const r of rows.filter((x) => x.missing.length > 0)) {
  console.log(`\n${r.lang}: missing ${r.missing.length} key(s)${r.missing.length > listed ? `, first ${listed}` : ''}:`);
  for (const k of r.missing.slice(0, listed)) console.log(`  locales/${r.lang}/${k.replace(':', '.json: ')}`);
}
