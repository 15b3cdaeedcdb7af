#!/usr/bin/env node
/**
 * `npm run i18n:preview <lang>`: builds the site in one language (I18N_PREVIEW=<lang>, into out-preview/) and serves it,
 * with every English sentence shown for a missing translation outlined, labelled with its key and marked lang="en"
 * (lib/i18n/preview.ts). The pages are shown as they read without JavaScript. Prints which untranslated keys the
 * pages show and which only appear after a tap or in a letter.
 * Usage: npm run i18n:preview -- <lang> [--port 3000] [--no-serve]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../lib/i18n/locales.ts';
import { PREVIEW_CSS, previewPage } from '../lib/i18n/preview.ts';
import { htmlFiles } from './html-files.mjs';
import { statusRows } from './i18n-status.mjs';

const OUT = 'out-preview';

/**
 * Turns a preview build in `out` into what the translator sees (lib/i18n/preview.ts) and says which of `lang`'s
 * untranslated keys (counted as i18n:check and i18n:status count) the pages show and which they do not.
 */
export function finishPreview(out, lang, root = 'locales') {
  const shown = new Set();
  for (const file of htmlFiles(out)) {
    const { html, keys } = previewPage(readFileSync(file, 'utf8'));
    writeFileSync(file, html);
    for (const key of keys) shown.add(key);
  }
  writeFileSync(join(out, 'i18n-preview.css'), PREVIEW_CSS);
  const untranslated = statusRows(root).rows.find((row) => row.lang === lang)?.untranslated ?? [];
  const notShown = untranslated.filter((key) => ![...shown].some((k) => k === key || k.startsWith(`${key}_`)));
  return { untranslated, notShown };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const lang = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port');
  if (!lang || !LOCALES.includes(lang)) {
    console.error(`Which language? npm run i18n:preview -- <lang>, one of: ${LOCALES.join(', ')}`);
    process.exit(1);
  }
  const built = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, I18N_PREVIEW: lang } });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const { untranslated, notShown } = finishPreview(OUT, lang);
  console.log(`\n${lang}: ${untranslated.length} keys not translated; ${untranslated.length - notShown.length} of them are outlined on the pages.`);
  if (notShown.length) console.log(`Not on any page as it loads (shown after a tap, or in a letter):\n${notShown.map((k) => `  ${k}`).join('\n')}`);
  if (!args.includes('--no-serve')) {
    const { createStaticHandler } = await import('./static-handler.mjs');
    const port = Number(option('--port', process.env.PORT ?? 3000));
    const server = createServer(await createStaticHandler({ root: OUT }));
    server.listen(port, () => console.log(`\nPreview of ${lang}: http://localhost:${port}/${lang}/  (Ctrl+C to stop)`));
  }
}
