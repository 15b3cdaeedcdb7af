/**
 * Support staff send a link: the builder makes it, the customer lands where the agent meant, in their
 * language with the answers set, and no crafted link can break the page or run anything.
 */
import { expect, test } from '@playwright/test';
import { expectPath, progressKey, ui } from './fixtures';

test.describe.configure({ mode: 'parallel' });

test('a link built in English for a Russian-speaking customer opens T2 stage 2 in Russian with the answers set', async ({ page, browser }) => {
  await page.goto('/en/support/');
  await page.getByLabel(ui('en', 'support.carrier'), { exact: true }).selectOption('t2');
  await page.getByLabel(ui('en', 'support.customerLanguage'), { exact: true }).selectOption('ru');
  await page.getByLabel(ui('en', 'support.stage'), { exact: true }).selectOption('gather-materials');
  await page.getByLabel(ui('en', 'questions.inCountry.legend'), { exact: true }).selectOption('no');
  await page.getByLabel(ui('en', 'questions.planType.legend'), { exact: true }).selectOption('pay-as-you-go');
  await page.getByLabel(ui('en', 'support.reference.label'), { exact: true }).fill('TKT-42');
  const link = page.locator('[data-share-link]');
  await expect(link).toHaveValue(/\/ru\/t2\/gather-materials\/\?v=1&plan=pay-as-you-go&here=no&ref=TKT-42$/);
  await expect(page.locator('[data-qr]')).toBeVisible();
  const message = page.locator('[data-share-message]');
  await expect(message).toHaveValue(new RegExp(ui('ru', 'support.message.check')));
  await expect(message).toHaveValue(/TKT-42/);
  const url = await link.inputValue();

  const customer = await browser.newContext({ locale: 'ru-RU' });
  const phone = await customer.newPage();
  await phone.goto(url);
  await expectPath(phone, '/ru/t2/gather-materials/');
  await expect(phone.locator('h1')).toHaveText(ui('ru', 'stages.gather-materials.name'));
  await expect(phone.locator('[data-shared-link]')).toContainText(ui('ru', 'shared.title'));
  await expect(phone.locator('[data-item="power-of-attorney"]')).toBeVisible();
  await expect(phone.locator('[data-item="id-document"]')).toHaveCount(0);
  expect(new URL(phone.url()).search).toBe('');
  const saved = JSON.parse((await phone.evaluate((key) => localStorage.getItem(key), progressKey('t2')))!);
  expect(saved.answers).toEqual({ planType: 'pay-as-you-go', inCountry: 'no' });
  expect(saved.case).toEqual({ supportRef: 'TKT-42' });
  await phone.goto('/ru/t2/summary/');
  await expect(phone.locator('[data-case="supportRef"]')).toContainText('TKT-42');
  await customer.close();
});

test('a link does not wipe answers already on the phone unless the customer says so', async ({ page }) => {
  await page.goto('/en/t2/');
  await page.evaluate((key) => {
    localStorage.setItem(
      key,
      JSON.stringify({ version: 1, answers: { inCountry: 'yes' }, answersConfirmed: true, ticks: ['id-document'], updatedAt: '2026-11-20T10:00:00.000Z' }),
    );
  }, progressKey('t2'));
  await page.goto('/en/t2/gather-materials/?v=1&here=no');
  await expect(page.locator('[data-shared-link]')).toContainText(ui('en', 'shared.differs'));
  await expect(page.locator('[data-item="id-document"]')).toBeVisible();
  await page.locator('[data-keep-mine]').click();
  await expect(page.locator('[data-shared-link]')).toContainText(ui('en', 'shared.kept'));
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), progressKey('t2')))!).answers).toEqual({ inCountry: 'yes' });

  await page.goto('/en/t2/gather-materials/?v=1&here=no');
  await page.locator('[data-use-link]').click();
  await expect(page.locator('[data-item="power-of-attorney"]')).toBeVisible();
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), progressKey('t2')))!);
  expect(saved.answers).toEqual({ inCountry: 'no' });
  expect(saved.ticks).toEqual(['id-document']);
});

test('a hostile link with a script in every parameter renders, says what it ignored, and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const payload = encodeURIComponent('"><script>alert(1)</script><img src=x onerror=alert(2)>');
  const names = ['v', 'bought', 'plan', 'pay', 'here', 'esim', 'number', 'ref', 'utm_source', 'javascript:alert(3)'];
  await page.goto(`/ru/airalo/confirm-online/?${names.map((n) => `${encodeURIComponent(n)}=${payload}`).join('&')}`);
  await expect(page.locator('h1')).toHaveText(ui('ru', 'stages.confirm-online.name'));
  const notices = page.locator('main [data-shared-link] .notice');
  await expect(notices).toHaveCount(1);
  await expect(notices).toHaveText(ui('ru', 'shared.ignored'));
  expect(await page.locator('main script, main img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  expect(await page.evaluate((key) => localStorage.getItem(key), progressKey('airalo'))).toBeNull();
});

test('an oversized link is ignored with the notice, and the page still works', async ({ page }) => {
  await page.goto(`/en/holafly/?v=1&plan=subscription&x=${'a'.repeat(2000)}`);
  await expect(page.locator('main [data-shared-link] .notice')).toHaveText(ui('en', 'shared.ignored'));
  await expect(page.locator('.task-list__item')).toHaveCount(5);
});
