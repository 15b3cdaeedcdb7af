/**
 * Finds a Chromium for the e2e tests: CHROMIUM_PATH (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH),
 * then Debian's /usr/bin/chromium, then Playwright's own download. Returns null when none exists.
 * ensureChromium (below) gets one when none is found.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { installPackages } from './system-packages.mjs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** @returns {{ path: string, origin: string } | null} */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, origin: 'environment' } : null;
  if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, origin: 'system' };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, origin: 'playwright' };
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

/** Flags that let Chromium run headless as root in a container without reaching out to Google. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Finds a Chromium or gets one, in the order `playwright install --with-deps` would: Playwright's own download
 * first, then (that failing, as it does where its CDN is unreachable) the distribution's `chromium` with apt when
 * this machine allows it. Everything it needs is injected so that unit tests can play any machine.
 * @returns {{ browser: { path: string, origin: string } } | { error: string }}
 */
export function ensureChromium({
  find = findBrowser,
  env = process.env,
  downloadPlaywright = () => spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' }),
  installSystem = (packages) => installPackages(packages),
  log = console.log,
} = {}) {
  let browser = find();
  if (browser) return { browser };
  const fromEnv = env.CHROMIUM_PATH || env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return { error: `No browser at CHROMIUM_PATH=${fromEnv}: point it at a Chromium binary or unset it.` };

  log('No Chromium found; trying `npx playwright install chromium`…');
  downloadPlaywright();
  browser = find();
  if (browser) return { browser };

  log("Playwright's download failed; trying the distribution's Chromium (apt-get install chromium)…");
  const installed = installSystem(['chromium']);
  browser = installed.installed ? find() : null;
  if (browser) return { browser };
  const why = installed.installed ? 'apt installed chromium but no /usr/bin/chromium appeared' : installed.reason;
  return {
    error: `No browser for the e2e tests (${why}): run \`sudo apt-get install chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.`,
  };
}
