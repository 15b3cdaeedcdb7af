#!/usr/bin/env node
/**
 * Runs the Playwright e2e tests against the built site. Gets a browser first (ensureChromium in find-browser.mjs:
 * the one found, else Playwright's download, else the distribution's Chromium through apt), or says in one line
 * what to install.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './find-browser.mjs';

const found = ensureChromium();
if ('error' in found) {
  console.error(found.error);
  process.exit(1);
}
const { browser } = found;
console.log(`e2e: using ${browser.origin} Chromium at ${browser.path}`);
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser.path },
});
process.exit(run.status ?? 1);
