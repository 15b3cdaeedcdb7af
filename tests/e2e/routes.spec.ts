/**
 * Addresses and what the server sends: the language redirect at /, <html lang>, the language
 * switcher, helpful 404s, security headers, a clean console, and no request to anyone else.
 */
import { expect, test, type Page } from '@playwright/test';
import { LANGUAGE_KEY, LANGUAGE_NAMES, LOCALES } from '../../lib/i18n/locales';
import { carrierName } from '../../lib/i18n/names';
import { carrier, expectPath, runJourney, stageName, ui } from './fixtures';

test.describe.configure({ mode: 'parallel' });

/** One page of each type (the 404 has an unknown carrier and an unknown stage). */
const PAGE_TYPES = [
  '/?choose',
  '/ru/',
  '/ru/t2/',
  '/ru/t2/confirm-online/',
  '/zh-CN/airalo/submit-request/',
  '/en/holafly/check-charges/',
  '/ru/nope/',
  '/ru/t2/nope/',
  '/ru/identify/',
  '/zh-CN/support/',
];

test.describe('the language choice at /', () => {
  for (const [browserLocale, expected] of [
    ['ru-RU', '/ru/'],
    ['zh-CN', '/zh-CN/'],
    ['de-DE', '/de/'],
    ['tr-TR', '/en/'],
  ] as const) {
    test.describe(`a browser preferring ${browserLocale}`, () => {
      test.use({ locale: browserLocale });
      test(`is sent to ${expected}`, async ({ page }) => {
        await page.goto('/');
        await expectPath(page, expected);
        await expect(page.locator('html')).toHaveAttribute('lang', expected.slice(1, -1));
      });
    });
  }

  test.describe('a browser that used the site in Russian before', () => {
    test.use({ locale: 'en-US' });
    test('is sent back to /ru/ although it prefers English; a language no longer offered is ignored', async ({ page }) => {
      await page.goto('/ru/t2/');
      await page.goto('/');
      await expectPath(page, '/ru/');
      await page.evaluate((key) => localStorage.setItem(key, 'xx-YY'), LANGUAGE_KEY);
      await page.goto('/');
      await expectPath(page, '/en/');
      // Choosing on purpose still shows the list, and the choice is remembered.
      await page.goto('/?choose');
      await page.locator('ul.language-list > li[lang="zh-CN"] a').click();
      await expectPath(page, '/zh-CN/');
      await page.goto('/');
      await expectPath(page, '/zh-CN/');
    });
  });

  test.describe('with ?choose', () => {
    test.use({ locale: 'ru-RU' });
    test('does not redirect and lists every language, each in its own language', async ({ page }) => {
      await page.goto('/?choose');
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/?choose');
      const items = page.locator('ul.language-list > li');
      await expect(items).toHaveCount(LOCALES.length);
      for (const locale of LOCALES) {
        const item = page.locator(`ul.language-list > li[lang="${locale}"]`);
        const link = item.getByRole('link', { name: LANGUAGE_NAMES[locale], exact: true });
        await expect(link).toHaveAttribute('href', `/${locale}/`);
        await expect(link).toHaveAttribute('hreflang', locale);
        await expect(item).toContainText(ui(locale, 'site.tagline'));
      }
      await page.locator('ul.language-list > li[lang="zh-CN"] a').click();
      await expectPath(page, '/zh-CN/');
      await expect(page.locator('h1')).toHaveText(ui('zh-CN', 'home.title'));
    });
  });
});

test.describe('every language', () => {
  // The lang attribute and the heading are in the HTML: read without JavaScript (no hydration to wait for).
  test.use({ javaScriptEnabled: false });
  for (const locale of LOCALES) {
    test(`<html lang="${locale}"> on every page type in ${locale}`, async ({ page }) => {
      const pages = [
        { path: `/${locale}/`, h1: ui(locale, 'home.title') },
        { path: `/${locale}/t2/`, h1: ui(locale, 'overview.title', { carrier: carrierName(carrier('t2'), locale) }) },
        { path: `/${locale}/t2/confirm-online/`, h1: stageName(locale, 'confirm-online') },
        { path: `/${locale}/airalo/check-charges/`, h1: stageName(locale, 'check-charges') },
        { path: `/${locale}/generic/submit-request/`, h1: stageName(locale, 'submit-request') },
      ];
      for (const { path, h1 } of pages) {
        await page.goto(path);
        await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
        await expect(page.locator('h1'), path).toHaveText(h1);
      }
    });
  }
});

test('the language choice and the 404 are in English at the top, with a lang on each language block', async ({ page }) => {
  await page.goto('/?choose');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/ru/nope/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  for (const locale of LOCALES) await expect(page.locator(`section.not-found[lang="${locale}"] h1`)).toHaveText(ui(locale, 'notFound.title'));
});

test('the language switcher leads to the same page in another language', async ({ page }) => {
  await page.goto('/ru/t2/submit-request/');
  const switcher = page.locator('nav.language-switcher');
  await expect(switcher).toHaveAttribute('aria-label', ui('ru', 'site.languages'));
  await expect(switcher.locator('[aria-current]')).toHaveText(LANGUAGE_NAMES.ru);
  await expect(switcher.locator('a')).toHaveCount(LOCALES.length - 1);
  await expect(switcher.getByRole('link', { name: LANGUAGE_NAMES.en })).toHaveAttribute('href', '/en/t2/submit-request/');
  await switcher.getByRole('link', { name: LANGUAGE_NAMES['zh-CN'] }).click();
  await expectPath(page, '/zh-CN/t2/submit-request/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText(stageName('zh-CN', 'submit-request'));
  await expect(page.locator('nav.language-switcher [aria-current]')).toHaveText(LANGUAGE_NAMES['zh-CN']);
});

for (const path of ['/ru/nope/', '/ru/t2/nope/']) {
  test(`${path} answers 404 with the helpful not-found page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    const russian = page.locator('section.not-found[lang="ru"]');
    await expect(russian.locator('h1')).toHaveText(ui('ru', 'notFound.title'));
    await expect(russian).toContainText(ui('ru', 'notFound.body'));
    await expect(page).toHaveTitle(/not found/i);

    const t2 = russian.getByRole('link', { name: carrierName(carrier('t2'), 'ru'), exact: true });
    await expect(t2).toHaveAttribute('href', '/ru/t2/');
    await t2.click();
    await expectPath(page, '/ru/t2/');
    await expect(page.locator('h1')).toHaveText(ui('ru', 'overview.title', { carrier: carrierName(carrier('t2'), 'ru') }));

    await page.goBack();
    await expectPath(page, path);
    await russian.getByRole('link', { name: ui('ru', 'notFound.allCarriers'), exact: true }).click();
    await expectPath(page, '/ru/');
    await expect(page.locator('h1')).toHaveText(ui('ru', 'home.title'));
  });
}

test('security headers are sent on every page type', async ({ request }) => {
  for (const path of [...PAGE_TYPES, '/']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(path.includes('nope') ? 404 : 200);
    const headers = response.headers();
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    const csp = headers['content-security-policy'] ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('frame-ancestors'), `${path}: ${csp}`).toEqual(["'none'"]);
    const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
    expect(scriptSrc, `${path}: ${csp}`).toBeDefined();
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(scriptSrc, path).not.toContain('*');
    expect(directives.get('object-src'), path).toEqual(["'none'"]);
  }
});

test('pages, scripts and the 404 are sent compressed to browsers that accept it, and whole to those that do not', async ({ request }) => {
  const heading = ui('ru', 'overview.title', { carrier: carrierName(carrier('t2'), 'ru') });
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(await (await request.get('/ru/t2/')).text())?.[1];
  expect(script).toBeDefined();
  for (const [encoding, expected] of [
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
  ] as const) {
    const page = await request.get('/ru/t2/', { headers: { 'accept-encoding': encoding } });
    expect(page.headers()['content-encoding'], encoding).toBe(expected);
    expect(page.headers()['content-type'], encoding).toMatch(/^text\/html/);
    expect(page.headers()['vary'], encoding).toMatch(/accept-encoding/i);
    expect(await page.text(), encoding).toContain(heading);
    const js = await request.get(script!, { headers: { 'accept-encoding': encoding } });
    expect(js.headers()['content-encoding'], encoding).toBe(expected);
    expect(js.headers()['content-type'], encoding).toMatch(/javascript/);
    const notFound = await request.get('/ru/nope/', { headers: { 'accept-encoding': encoding } });
    expect(notFound.status(), encoding).toBe(404);
    expect(notFound.headers()['content-encoding'], encoding).toBe(expected);
    expect(await notFound.text(), encoding).toContain(ui('ru', 'notFound.title'));
  }
});

test('every page type offers the home-screen manifest: it opens at /, and its icons are PNGs of the sizes it names', async ({ page, request }) => {
  for (const path of PAGE_TYPES) {
    await page.goto(path);
    await expect(page.locator('link[rel="manifest"]'), path).toHaveAttribute('href', '/manifest.webmanifest');
    await expect(page.locator('link[rel="apple-touch-icon"]'), path).toHaveCount(1);
  }
  const response = await request.get('/manifest.webmanifest');
  expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const manifest = (await response.json()) as { start_url: string; scope: string; icons: { src: string; sizes: string; type: string; purpose: string }[] };
  expect(manifest).toMatchObject({ start_url: '/', scope: '/' });
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const png = await (await request.get(icon.src)).body();
    // A PNG starts with its 8-byte signature, then the IHDR chunk: width and height as 32-bit big-endian numbers.
    expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
});

/** Collects console errors, uncaught exceptions and CSP violations from the moment it is called. */
async function watchForProblems(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return problems;
}

for (const path of [...PAGE_TYPES, '/']) {
  test(`${path} logs no CSP violation and no console error`, async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // The browser reports the 404 status of the page itself; that one is expected.
    const unexpected = path.includes('nope') ? problems.filter((p) => !/status of 404/.test(p) || !p.includes(path)) : problems;
    expect(unexpected).toEqual([]);
  });
}

test('during a whole journey no request leaves the test server', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const problems = await watchForProblems(page);
  await runJourney(page, 'ru', 't2');
  await page.waitForLoadState('networkidle');
  expect(requests.length).toBeGreaterThan(10);
  const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
  expect(problems).toEqual([]);
});

test('a draft translation says so on every page type and links to the same page in English; the English pages have none', async ({ page }) => {
  const pages = [
    ['ja', '/'],
    ['ja', '/t2/'],
    ['ja', '/t2/submit-request/'],
    ['ar', '/identify/'],
    ['de', '/deutsche-telekom/summary/'],
  ] as const;
  for (const [locale, path] of pages) {
    await page.goto(`/${locale}${path}`);
    const note = page.locator('[data-draft-note]');
    await expect(note).toContainText(ui(locale, 'site.draftTranslation'));
    await expect(note.getByRole('link', { name: ui(locale, 'site.draftEnglish') })).toHaveAttribute('href', `/en${path}`);
  }
  await page.goto('/en/t2/submit-request/');
  await expect(page.locator('[data-draft-note]')).toHaveCount(0);
});
