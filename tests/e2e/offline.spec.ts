/**
 * Offline after one visit: the traveler may be cancelling their only data plan. After opening a carrier's
 * guide once, the start page, the carrier list, that carrier's overview and all its stage pages load with the
 * network off, and ticks still save.
 */
import { expect, test } from '@playwright/test';
import { progressKey, stageName, ui } from './fixtures';

test('after one visit to the T2 overview, its stage pages, the carrier list and / work offline, and ticks still save', async ({ page, context }) => {
  await page.goto('/ru/t2/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const wanted = ['/', '/ru/', '/ru/t2/', '/ru/t2/confirm-online/', '/ru/t2/gather-materials/', '/ru/t2/submit-request/', '/ru/t2/track-review/', '/ru/t2/check-charges/'];
  await expect
    .poll(() => page.evaluate(async (urls) => (await Promise.all(urls.map((u) => caches.match(u)))).every(Boolean), wanted), { timeout: 20_000 })
    .toBe(true);

  await context.setOffline(true);
  await page.goto('/ru/t2/gather-materials/');
  await expect(page.locator('h1')).toHaveText(stageName('ru', 'gather-materials'));
  const box = page.locator('[data-item="russia-no-debt"] input[type=checkbox]');
  await expect(page.locator('.checklist__basis')).toBeVisible();
  await box.check();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', progressKey('t2'))).toContain('russia-no-debt');
  await page.reload();
  await expect(page.locator('[data-item="russia-no-debt"] input[type=checkbox]')).toBeChecked();

  await page.goto('/ru/t2/check-charges/');
  await expect(page.locator('h1')).toHaveText(stageName('ru', 'check-charges'));
  await page.goto('/ru/');
  await expect(page.locator('h1')).toHaveText(ui('ru', 'home.title'));
  await context.setOffline(false);
});
