/**
 * Finds a Chromium for the e2e tests: CHROMIUM_PATH (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH),
 * then Debian's /usr/bin/chromium, then Playwright's own download. Returns null when none exists.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

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
