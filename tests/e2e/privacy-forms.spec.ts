/**
 * Nothing typed into any field reaches a URL, a request or a cache: with JavaScript on, off, and before the
 * scripts have loaded (a slow network, or a script that fails). Each page's fields get a marker typed in and
 * Enter pressed in them; every request of the browser context (the service worker's too) is recorded.
 * Without JavaScript, the identify page explains how to read the number instead (the prefix table).
 */
import { expect, test, type Page } from '@playwright/test';
import { cachedUrls, recordTraffic, ui, waitForHydration, withQuery } from './fixtures';

/** Digits, so that fields which only take digits (the identify field) take it as typed. */
const MARKER = '89701209990001112223';

/** The pages with fields a traveler (or support staff) types into, and stage 1's questions. */
const PAGES = ['/en/identify/', '/en/t2/track-review/', '/en/t2/check-charges/', '/en/support/', '/en/', '/en/t2/confirm-online/'];

/** Types the marker into every visible field that takes typing and presses Enter in it (a form would submit). */
async function typeEverywhere(page: Page): Promise<number> {
  const fields = page.locator('input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=date]):not([readonly]), textarea:not([readonly])');
  let typed = 0;
  for (let i = 0; i < (await fields.count()); i++) {
    const field = fields.nth(i);
    if (!(await field.isVisible().catch(() => false))) continue;
    await field.fill(MARKER);
    await field.press('Enter');
    typed++;
    // A form submitted by Enter navigates: let it happen before looking for the next field.
    await page.waitForLoadState('load');
  }
  return typed;
}

async function expectNothingLeft(page: Page, traffic: string[]) {
  expect(traffic.filter((r) => r.includes(MARKER.slice(0, 12)))).toEqual([]);
  expect(page.url()).not.toContain(MARKER.slice(0, 12));
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of PAGES) {
    test(`${path}: nothing typed reaches a URL or a request`, async ({ page, context }) => {
      const traffic = recordTraffic(context);
      await page.goto(path);
      await typeEverywhere(page);
      await expectNothingLeft(page, traffic);
    });
  }

  test('the identify page has no field to type into, and explains how to read the number with the prefix table', async ({ page }) => {
    await page.goto('/ru/identify/');
    await expect(page.locator('main input, main form')).toHaveCount(0);
    await expect(page.locator('noscript .notice')).toContainText(ui('ru', 'identify.noScript'));
    const section = page.locator('[data-read-number]');
    await expect(section.locator('h2')).toHaveText(ui('ru', 'identify.read.heading'));
    await expect(section).toContainText(ui('ru', 'identify.read.howTo'));
    // The whole table is tests/unit/identify-prefixes.test.ts's business (the ITU list loads as ESM only, not here).
    expect(await section.locator('tbody tr').count()).toBeGreaterThan(20);
    // China Mobile's 898600, with a link to its guide; T2's 8970120.
    await expect(section.locator('tr[data-prefix="898600"] a')).toHaveAttribute('href', '/ru/china-mobile/');
    await expect(section.locator('tr[data-prefix="8970120"] a')).toHaveAttribute('href', '/ru/t2/');
  });
});

test.describe('before the scripts have loaded', () => {
  for (const path of PAGES) {
    test(`${path}: nothing typed reaches a URL or a request`, async ({ page, context }) => {
      // The page's scripts never arrive: the HTML is all there is, as on a slow network before hydration.
      await context.route('**/_next/static/**/*.js', (route) => route.abort());
      const traffic = recordTraffic(context);
      await page.goto(path);
      await typeEverywhere(page);
      await expectNothingLeft(page, traffic);
    });
  }
});

test.describe('with JavaScript on', () => {
  test('identify: the number is worked out on the page; no request, URL or cache holds it', async ({ page, context }) => {
    const traffic = recordTraffic(context);
    await page.goto('/en/identify/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload();
    await waitForHydration(page, 'form.identify-form');
    const field = page.getByLabel(ui('en', 'identify.label'));
    await expect(field).not.toHaveAttribute('name');
    await field.fill(MARKER);
    await field.press('Enter');
    await expect(page.locator('.identify-result[data-kind="iccid"]')).toBeVisible();
    await expectNothingLeft(page, traffic);
    expect(withQuery(await cachedUrls(page))).toEqual([]);
  });

  for (const path of ['/en/t2/track-review/', '/en/support/']) {
    test(`${path}: nothing typed reaches a URL or a request`, async ({ page, context }) => {
      const traffic = recordTraffic(context);
      await page.goto(path);
      await waitForHydration(page, 'main input');
      expect(await typeEverywhere(page)).toBeGreaterThan(0);
      await expectNothingLeft(page, traffic);
    });
  }

  test('the letter form: nothing typed reaches a URL or a request', async ({ page, context }) => {
    const traffic = recordTraffic(context);
    await page.goto('/en/t2/submit-request/');
    await waitForHydration(page, '[data-open-letter]');
    await page.locator('[data-open-letter]').first().click();
    await expect(page.locator('form.letter-form')).toBeVisible({ timeout: 15_000 });
    expect(await typeEverywhere(page)).toBeGreaterThan(0);
    await expectNothingLeft(page, traffic);
  });
});
