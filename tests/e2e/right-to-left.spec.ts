/**
 * Arabic pages at 320px: right to left, no axe violations, nothing overflowing sideways; inserted values isolated
 * (lib/i18n/bidi.ts), phone numbers on one line, menu paths kept left to right. The layout of every sentence is
 * checked by tests/unit/bidi.test.ts; this checks what the browser makes of the pages.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { carrier, ui } from './fixtures';
import { carrierName } from '../../lib/i18n/names';

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 320, height: 640 } });

// The page types where Arabic meets the most left-to-right text: names, menu paths, phone numbers, letters.
// (tests/e2e/accessibility.spec.ts runs axe on every page type in other languages.)
const PAGES = ['', 't2/', 'airalo/confirm-online/', 'vodafone-uk/confirm-online/', 'holafly/submit-request/'];

for (const path of PAGES) {
  test(`/ar/${path}: right to left, no axe violations and nothing overflows at 320px`, async ({ page }) => {
    await page.goto(`/ar/${path}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations).toEqual([]);
  });
}

test('the carrier name inserted into an Arabic sentence is isolated, so its brackets stay with it', async ({ page }) => {
  await page.goto('/ar/t2/confirm-online/');
  const name = carrierName(carrier('t2'), 'ar');
  const caption = page.locator('.caption').first();
  await expect(caption).toHaveText(ui('ar', 'nav.stageOf', { carrier: name, number: 1, total: 5 }));
  expect(await caption.textContent()).toContain(`\u2068${name}\u2069`);
});

test('a phone number in an Arabic sentence stays on one line', async ({ page }) => {
  await page.goto('/ar/vodafone-uk/confirm-online/');
  const lines = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('03333');
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + '03333 040 191'.length);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return { tops: tops.size, text: range.toString() };
    }
    return null;
  });
  expect(lines).not.toBeNull();
  expect(lines!.text).toBe('03333\u00A0040\u00A0191');
  expect(lines!.tops).toBe(1);
});
