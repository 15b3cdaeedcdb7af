/**
 * Layout in the pseudo-locales (built only for tests: npm run build:pseudo): every page type at 320px wide
 * in accented, longer text (en-XA) and in Arabic letters, right to left (ar-XB) — nothing overflows sideways, and the
 * right-to-left pages say so with dir="rtl".
 */
import { expect, test } from '@playwright/test';

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 320, height: 640 } });

const PAGE_TYPES = [
  '',
  't2/',
  't2/confirm-online/',
  'airalo/gather-materials/',
  'holafly/submit-request/',
  't2/track-review/',
  'vodafone-uk/check-charges/',
  't2/summary/',
  'identify/',
  'support/',
];

for (const locale of ['en-XA', 'ar-XB'] as const) {
  for (const path of PAGE_TYPES) {
    test(`${locale}/${path}: nothing overflows at 320px${locale === 'ar-XB' ? ', and the page is right to left' : ''}`, async ({ page }) => {
      await page.goto(`/${locale}/${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar-XB' ? 'rtl' : 'ltr');
      await expect(page.locator('h1')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (locale === 'en-XA') await expect(page.locator('h1')).toContainText(/[åéîöû]/);
      // ar-XB writes English words in Arabic letters (a right-to-left script, as a translation would be), not reversed Latin.
      if (locale === 'ar-XB') await expect(page.locator('h1')).toContainText(/[\u0600-\u06FF]/);
    });
  }
}

test('the pseudo-locales are not offered: the language switcher lists only real languages', async ({ page }) => {
  await page.goto('/en-XA/t2/');
  const offered = await page.locator('.language-switcher a').evaluateAll((links) => links.map((a) => a.getAttribute('hreflang')));
  expect(offered).not.toContain('ar-XB');
  expect(offered.every((tag) => !/-X[AB]$/.test(tag ?? ''))).toBe(true);
});
