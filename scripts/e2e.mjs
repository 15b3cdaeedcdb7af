#!/usr/bin/env node
/**
 * Runs the Playwright e2e tests against the built site. Finds a browser first (see find-browser.mjs);
 * where none exists it tries `playwright install chromium`, and if that fails too it says in one line what to install.
 */
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

let browser = findBrowser();
if (!browser) {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) {
    console.error(`No browser at CHROMIUM_PATH=${fromEnv}: point it at a Chromium binary or unset it.`);
    process.exit(1);
  }
  console.log('No Chromium found; trying `npx playwright install chromium`…');
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  browser = findBrowser();
  if (!browser) {
    console.error('No browser for the e2e tests: install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to one.');
    process.exit(1);
  }
}
console.log(`e2e: using ${browser.origin} Chromium at ${browser.path}`);
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser.path },
});
process.exit(run.status ?? 1);
