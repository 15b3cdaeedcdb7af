/**
 * The catalogue: every carrier has a row with its difficulty, the directory searches names in any
 * language and filters by country and difficulty, and the identify page sends an ICCID to its carrier.
 */
import { expect, test } from '@playwright/test';
import { CARRIERS } from '../../lib/carriers';
import { expectPath, ui } from './fixtures';
import { carrierName } from '../../lib/i18n/names';

test.describe.configure({ mode: 'parallel' });

const listed = CARRIERS.filter((c) => c.id !== 'generic');

test('every carrier has a directory row with its difficulty, also without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/');
  await expect(page.locator('.carrier-list li[data-carrier]')).toHaveCount(listed.length);
  for (const c of listed) {
    const row = page.locator(`li[data-carrier="${c.id}"]`);
    await expect(row.locator('.carrier-list__link')).toHaveText(carrierName(c, 'en'));
    await expect(row.locator('.difficulty')).toHaveText(ui('en', `difficulty.${c.difficulty}`));
  }
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  // Grouped by country, the worldwide sellers last under their own heading.
  const groups = await page.locator('.carrier-group').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-group')));
  expect(groups.at(-1)).toBe('global');
  expect(new Set(groups).size).toBe(groups.length);
  await expect(page.locator('.carrier-group[data-group="global"] h2')).toHaveText(ui('en', 'directory.globalGroup'));
  await expect(page.locator('.carrier-group[data-group="RU"] li[data-carrier]')).toHaveCount(listed.filter((c) => c.country === 'RU').length);
  await context.close();
});

// Issue 16: "Worldwide" and "All countries" shared one value, so choosing Worldwide listed everything.
test('choosing Worldwide lists only the worldwide sellers', async ({ page }) => {
  await page.goto('/en/');
  await page.getByLabel(ui('en', 'directory.country'), { exact: true }).selectOption({ label: ui('en', 'directory.globalGroup') });
  const global = listed
    .filter((c) => c.country === null)
    .map((c) => c.id)
    .sort();
  await expect(page.locator('.carrier-list li[data-carrier]')).toHaveCount(global.length);
  const shown = await page.locator('.carrier-list li[data-carrier]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-carrier')));
  expect(shown.sort()).toEqual(global);
});

test('a search word of several carriers lists them and offers the identify page; an alias finds its carrier', async ({ page }) => {
  await page.goto('/en/');
  const search = page.getByLabel(ui('en', 'directory.search'));
  await search.fill('Tele2');
  await expect(page.locator('.carrier-list li[data-carrier]')).toHaveCount(1);
  await expect(page.locator('li[data-carrier="t2"]')).toBeVisible();
  await expect(page.getByRole('link', { name: ui('en', 'directory.identifyHint') })).toHaveCount(0);
  await search.fill('VimpelCom');
  await expect(page.locator('li[data-carrier="beeline"]')).toBeVisible();
  await search.fill('Russia');
  await expect(page.locator('.carrier-list li[data-carrier]')).toHaveCount(listed.filter((c) => c.country === 'RU').length);
  await page.getByRole('link', { name: ui('en', 'directory.identifyHint') }).click();
  await expectPath(page, '/en/identify/');
});

for (const [locale, query, expected] of [
  ['ru', 'мтс', 'mts'],
  ['ru', 'Китай', 'china-mobile'],
  ['zh-CN', '中国移动', 'china-mobile'],
  ['zh-CN', 'МегаФон', 'megafon'],
] as const) {
  test(`the ${locale} directory finds ${expected} by “${query}”`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const search = page.getByLabel(ui(locale, 'directory.search'));
    await search.fill(query);
    await expect(page.locator(`li[data-carrier="${expected}"]`)).toBeVisible();
    const rows = page.locator('.carrier-list li[data-carrier]');
    expect(await rows.count()).toBeLessThan(listed.length);
    await page.locator(`li[data-carrier="${expected}"] a`).click();
    await expectPath(page, `/${locale}/${expected}/`);
  });
}

test('the directory filters by country and by difficulty, and says when nothing matches', async ({ page }) => {
  await page.goto('/en/');
  await page.getByLabel(ui('en', 'directory.country'), { exact: true }).selectOption('RU');
  const russian = listed
    .filter((c) => c.country === 'RU')
    .map((c) => c.id)
    .sort();
  await expect(page.locator('.carrier-list li[data-carrier]')).toHaveCount(russian.length);
  const shown = await page.locator('.carrier-list li[data-carrier]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-carrier')));
  expect(shown.sort()).toEqual(russian);
  await page.getByLabel(ui('en', 'directory.difficulty'), { exact: true }).selectOption('easy');
  await expect(page.getByText(ui('en', 'directory.noResults'))).toBeVisible();
  await page.getByLabel(ui('en', 'directory.country'), { exact: true }).selectOption('');
  const easy = listed.filter((c) => c.difficulty === 'easy').length;
  await expect(page.locator('.carrier-list li[data-carrier]')).toHaveCount(easy);
});

/** The Luhn check (ISO/IEC 7812), written here again so the test does not trust the code it tests. */
function luhnValid(digits: string): boolean {
  const sum = [...digits].reverse().reduce((total, d, i) => {
    const n = Number(d) * (i % 2 === 1 ? 2 : 1);
    return total + (n > 9 ? n - 9 : n);
  }, 0);
  return sum % 10 === 0;
}

/** A 19-digit China Mobile ICCID (prefix 898600) with a valid Luhn check digit. */
function chinaMobileIccid(): string {
  const body = '898600123456789012';
  const digit = [...'0123456789'].find((d) => luhnValid(body + d))!;
  return body + digit;
}

test('an ICCID of China Mobile, pasted with spaces, leads to the China Mobile guide (zh-CN)', async ({ page }) => {
  await page.goto('/zh-CN/');
  await page.getByRole('link', { name: ui('zh-CN', 'home.identify') }).click();
  await expectPath(page, '/zh-CN/identify/');
  const iccid = chinaMobileIccid().replace(/(\d{4})/g, '$1 ');
  await page.getByLabel(ui('zh-CN', 'identify.label')).fill(iccid);
  await page.getByRole('button', { name: ui('zh-CN', 'identify.submit') }).click();
  const result = page.locator('.identify-result[data-kind="iccid"]');
  await expect(result).toContainText(ui('zh-CN', 'identify.iccidHeading'));
  await expect(result.locator('.note--warning')).toHaveCount(0);
  await result.locator('a[data-carrier="china-mobile"]').click();
  await expectPath(page, '/zh-CN/china-mobile/');
  await expect(page.locator('h1')).toContainText('中国移动');
});

test('a mistyped check digit is a warning, a number that cannot be an ICCID is refused with the reason', async ({ page }) => {
  await page.goto('/en/identify/');
  const field = page.getByLabel(ui('en', 'identify.label'));
  const good = chinaMobileIccid();
  const typo = good.slice(0, -1) + String((Number(good.at(-1)) + 1) % 10);
  await field.fill(typo);
  await page.getByRole('button', { name: ui('en', 'identify.submit') }).click();
  await expect(page.locator('.identify-result .note--warning')).toHaveText(ui('en', 'identify.warnings.check-digit'));
  await field.fill('8986001234567');
  await page.getByRole('button', { name: ui('en', 'identify.submit') }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(ui('en', 'identify.errors.unknown.unrecognised'));
  await field.fill('8986001234567890123456789');
  await page.getByRole('button', { name: ui('en', 'identify.submit') }).click();
  await expect(summary).toContainText(ui('en', 'identify.errors.iccid.too-long'));
});

test('an EID is explained, and a phone number lists the carriers of its country (ru)', async ({ page }) => {
  await page.goto('/ru/identify/');
  const field = page.getByLabel(ui('ru', 'identify.label'));
  await field.fill('89049032 00000000 00000000 12345644');
  await page.getByRole('button', { name: ui('ru', 'identify.submit') }).click();
  await expect(page.locator('.identify-result[data-kind="eid"]')).toContainText(ui('ru', 'identify.eidExplained'));
  await field.fill('+7 912 345-67-89');
  await page.getByRole('button', { name: ui('ru', 'identify.submit') }).click();
  const result = page.locator('.identify-result[data-kind="phone"]');
  await expect(result).toContainText(ui('ru', 'identify.portability'));
  for (const c of listed.filter((x) => x.country === 'RU')) await expect(result.getByRole('link', { name: carrierName(c, 'ru') })).toBeVisible();
});

test('what is pasted on the identify page never leaves the page: no request carries it, nothing is stored', async ({ page }) => {
  const iccid = chinaMobileIccid();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.url()} ${r.postData() ?? ''}`));
  await page.goto('/en/identify/');
  await page.getByLabel(ui('en', 'identify.label')).fill(iccid);
  await page.getByRole('button', { name: ui('en', 'identify.submit') }).click();
  await expect(page.locator('.identify-result')).toBeVisible();
  expect(requests.filter((r) => r.includes(iccid.slice(0, 12)))).toEqual([]);
  expect(page.url()).not.toContain(iccid.slice(0, 12));
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain(iccid.slice(0, 12));
});
