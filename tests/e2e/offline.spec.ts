/**
 * Offline after one visit: the traveler may be cancelling their only data plan. After opening a carrier's
 * guide once, the start page, the carrier list, that carrier's overview and all its stage pages load with the
 * network off, and ticks still save; so do the tools those pages open lazily. A page never kept gives an
 * offline page in its language; the caches hold no query, are bounded, and are refreshed after a deploy.
 */
import { expect, test, type Page } from '@playwright/test';
import { CARRIERS } from '../../lib/carriers';
import { STAGES } from '../../lib/engine/stages';
import { cachedUrls, progressKey, recordTraffic, stageName, ui, waitForHydration, withQuery } from './fixtures';

test('after one visit to the T2 overview, its stage pages, the carrier list and / work offline, and ticks still save', async ({ page, context }) => {
  await page.goto('/ru/t2/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const wanted = [
    '/',
    '/ru/',
    '/ru/t2/',
    '/ru/t2/confirm-online/',
    '/ru/t2/gather-materials/',
    '/ru/t2/submit-request/',
    '/ru/t2/track-review/',
    '/ru/t2/check-charges/',
  ];
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

/** Opens a page, waits for the service worker and for the pages it was asked to keep. */
async function keepGuide(page: Page, path: string, kept: string[]) {
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await expect
    .poll(() => page.evaluate(async (urls) => (await Promise.all(urls.map((u) => caches.match(u)))).every(Boolean), kept), { timeout: 20_000 })
    .toBe(true);
}

const T2_EN = ['/en/', '/en/identify/', '/en/t2/', '/en/t2/submit-request/', '/en/t2/track-review/', '/en/t2/check-charges/'];

test('offline after one visit to the T2 overview, the lazily loaded tools open: the letter forms and identify', async ({ page, context }) => {
  await keepGuide(page, '/en/t2/', T2_EN);
  await context.setOffline(true);
  for (const stage of ['submit-request', 'track-review', 'check-charges'] as const) {
    await page.goto(`/en/t2/${stage}/`);
    await expect(page.locator('h1')).toHaveText(stageName('en', stage));
    await waitForHydration(page, '[data-open-letter]');
    await page.locator('[data-open-letter]').first().click();
    await expect(page.locator('form.letter-form')).toBeVisible();
    await expect(page.locator('h1')).toHaveText(stageName('en', stage));
  }
  await page.goto('/en/');
  await page.getByRole('link', { name: ui('en', 'home.identify') }).click();
  await expect(page.locator('h1')).toHaveText(ui('en', 'identify.title'));
  await waitForHydration(page, 'form.identify-form');
  await page.getByLabel(ui('en', 'identify.label')).fill('89701200000000000000');
  await page.getByRole('button', { name: ui('en', 'identify.submit') }).click();
  await expect(page.locator('.identify-result[data-kind="iccid"]')).toBeVisible();
  await context.setOffline(false);
});

test('cache keys carry no query: a share link with a case reference and client navigation (?_rsc=) are kept without theirs', async ({ page, context }) => {
  const traffic = recordTraffic(context);
  await keepGuide(page, '/en/t2/?v=1&plan=one-off&ref=CASE-4821', ['/en/t2/']);
  await page.reload();
  await waitForHydration(page, '.task-list__name a');
  // A link inside the app: Next fetches the next page's payload with ?_rsc=.
  await page.locator('.task-list__name a').first().click();
  await expect(page.locator('h1')).toHaveText(stageName('en', 'confirm-online'));
  await expect.poll(() => traffic.some((r) => r.includes('_rsc='))).toBe(true);
  await expect.poll(async () => (await cachedUrls(page)).some((url) => url.endsWith('.txt'))).toBe(true);
  const cached = await cachedUrls(page);
  expect(withQuery(cached)).toEqual([]);
  expect(cached.filter((url) => url.includes('CASE-4821'))).toEqual([]);
});

test('a page never kept, opened offline, shows the offline page in its language, not the browser’s error', async ({ page, context }) => {
  await keepGuide(page, '/en/t2/', ['/en/t2/']);
  await context.setOffline(true);
  for (const [path, locale] of [
    ['/es/airalo/', 'es'],
    ['/ru/support/', 'ru'],
    ['/zh-CN/holafly/submit-request/', 'zh-CN'],
    ['/en/airalo/summary/', 'en'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('h1')).toHaveText(ui(locale, 'offline.title'));
    await expect(page.locator('main')).toContainText(ui(locale, 'offline.notKept'));
    await expect(page.locator('main').getByRole('link', { name: ui(locale, 'nav.allCarriers') })).toHaveAttribute('href', `/${locale}/`);
  }
  await context.setOffline(false);
});

test('the page cache is bounded: asked to keep a hundred pages, it holds at most its limit', async ({ page }) => {
  test.setTimeout(90_000);
  await keepGuide(page, '/en/', ['/en/']);
  const urls = CARRIERS.flatMap((c) => [`/en/${c.id}/`, ...STAGES.map((s) => `/en/${c.id}/${s}/`)]).slice(0, 100);
  expect(urls.length).toBe(100);
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve) => {
        navigator.serviceWorker.addEventListener('message', (event) => {
          if ((event.data as { type?: string }).type === 'kept-offline' && (event.data as { urls: string[] }).urls.length === list.length) resolve();
        });
        navigator.serviceWorker.controller!.postMessage({ type: 'keep-offline', urls: list });
      }),
    urls,
  );
  const pages = await page.evaluate(async () => (await (await caches.open('esim-exit-pages')).keys()).length);
  expect(pages).toBeGreaterThan(40);
  expect(pages).toBeLessThanOrEqual(80);
});

test('after a deploy, the new service worker refetches the pages the last one kept', async ({ page }) => {
  await keepGuide(page, '/en/t2/', ['/en/t2/summary/']);
  // What a page kept by the previous build looks like to this one: other contents (its scripts are gone).
  await page.evaluate(() =>
    caches.open('esim-exit-pages').then((c) => c.put('/en/t2/summary/', new Response('<p>previous build</p>', { headers: { 'content-type': 'text/html' } }))),
  );
  // A new worker installs and activates over the caches the old one left (as a new sw.js does after a deploy):
  // the old registration goes once no page uses it, and the next page registers the worker afresh.
  await page.evaluate(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  });
  await page.goto('about:blank');
  await page.goto('/en/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await expect.poll(() => page.evaluate(async () => (await (await caches.match('/en/t2/summary/'))?.text()) ?? ''), { timeout: 20_000 }).toContain('<h1');
});
