import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkHost } from './hosting';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}
const inlineScripts = (html: string) => [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).filter((b) => b.length > 0);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test('npm start sends every header at every address (the assertions nginx.spec.ts runs against nginx)', async ({ request }) => {
  await checkHost(request);
});

/** Every built page carries its CSP in a <meta> tag ahead of every script, so hosts without per-page headers enforce it. */
test('every built page has its CSP <meta> tag ahead of every script, and out/ stays small for static hosts', async () => {
  const pages = htmlFiles('out');
  expect(pages.length).toBeGreaterThan(100);
  // One assertion over every page's problems: an expect() per page and check (thousands of pages) cost minutes.
  const problems: string[] = [];
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    if (!meta) {
      problems.push(`${file}: no CSP <meta> tag`);
      continue;
    }
    if (html.search(/<(script|link)\b/i) < meta.index) problems.push(`${file}: a script or link comes before the CSP <meta> tag`);
    // frame-ancestors and report-uri are ignored in a <meta> tag (and make the browser complain).
    if (/frame-ancestors|report-uri|sandbox/.test(meta[1])) problems.push(`${file}: a directive a <meta> tag ignores`);
    for (const body of inlineScripts(html)) if (!meta[1].includes(sha256(body))) problems.push(`${file}: an inline script without its hash`);
  }
  expect(problems).toEqual([]);
  // Cloudflare Pages reads at most 100 rules from _headers.
  const rules = readFileSync('out/_headers', 'utf8')
    .split('\n')
    .filter((line) => /^\S/.test(line) && !line.startsWith('#'));
  expect(rules.length).toBeLessThanOrEqual(100);
  expect(rules).toContain('/*');
  // The compressed copies for npm start and nginx live in out-compressed/, not in the deploy folder.
  const all = readdirSync('out', { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  expect(all.filter((e) => /\.(br|gz)$/.test(e.name)).map((e) => e.name)).toEqual([]);
});

/**
 * The build drops Next's per-segment prefetch payloads (scripts/prune-rsc.mjs: prefetching is off). Following links
 * must still be client-side navigations that find every payload they ask for: no 404, no full page load.
 */
test('following links navigates client-side with nothing missing after the segment payloads are pruned', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto('/en/');
  await page.waitForLoadState('networkidle');
  await page.locator('a[href="/en/t2/"]').first().click();
  await page.waitForURL('**/en/t2/');
  await page.locator('a.button').first().click();
  await page.waitForURL('**/en/t2/confirm-online/');
  await page.locator('a.site-header__name').first().click();
  await page.waitForURL(/\/en\/$/);
  expect(missing).toEqual([]);
  expect(loads, 'full page loads').toBe(1);
  expect(existsSync('out/en/t2/__next._tree.txt'), 'segment payloads are pruned by the build').toBe(false);
  expect(existsSync('out/en/t2/index.txt'), 'the navigation payload stays').toBe(true);
});
