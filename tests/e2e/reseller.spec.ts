/**
 * Issue 17, the case this product was made for: a Chinese speaker ending a Russian travel SIM (远游卡) bought from a seller.
 * MTS in Chinese, bought from another shop → the verdict sends the traveler to the seller with the reason, the 2025
 * registration note is there, the seller letter is in Chinese with the Russian sentence to quote; the directory finds the
 * Russian operators by the traveler's words; identify reads 8-9xx as a Russian mobile. axe clean.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { carrierName } from '../../lib/i18n/names';
import ruLetters from '../../locales/ru/letters.json';
import zhLetters from '../../locales/zh-CN/letters.json';
import { answerQuestions, carrier, carrierText, ui, waitForHydration } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const MTS = carrier('mts');
const ZH_NAME = carrierName(MTS, 'zh-CN');
const RUSSIAN_OPERATORS = ['beeline', 'megafon', 'mts', 't2', 'yota'];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('MTS in Chinese, bought from a reseller: the verdict sends the traveler to the seller, with the 2025 registration note', async ({ page }) => {
  await page.goto('/zh-CN/mts/confirm-online/');
  await waitForHydration(page, 'form.questions');
  await answerQuestions(page, {
    boughtFrom: 'reseller',
    planType: 'pay-as-you-go',
    payment: 'balance',
    inCountry: 'no',
    esimInstalled: 'yes',
    hasNumber: 'yes',
  });
  const verdict = page.locator('[data-verdict]');
  await expect(verdict).toHaveAttribute('data-verdict', 'through-seller');
  await expect(page.locator('.verdict__heading')).toContainText(ui('zh-CN', 'verdict.kinds.through-seller'));
  await expect(verdict).toContainText(carrierText('zh-CN', 'reseller.verdict', { carrier: ZH_NAME }));
  await expect(page.locator('[data-item="reseller-contract-holder"]')).toContainText(carrierText('zh-CN', 'reseller.contractHolder', { carrier: ZH_NAME }));
  await expect(page.locator('[data-item="ru-foreigners-registration"]')).toContainText('2025 年 1 月 1 日');
  await expect(page.locator('[data-item="ru-foreigners-cut-off"]')).toContainText(carrierText('zh-CN', 'rights.ru.foreignersCutOff', { carrier: ZH_NAME }));
  await expect(page.locator('[data-item="ru-which-case"]')).toContainText(carrierText('zh-CN', 'rights.ru.whichCase', { carrier: ZH_NAME }));
  await expectNoAxeViolations(page);

  // Stage 3 (answers kept on the device): ask the seller, and the seller letter in Chinese beside the Russian sentence.
  await page.getByRole('button', { name: ui('zh-CN', 'questions.submit'), exact: true }).click();
  await page.goto('/zh-CN/mts/submit-request/');
  await expect(page.locator('[data-item="reseller-ask-seller"]')).toContainText(carrierText('zh-CN', 'reseller.askSeller', { carrier: ZH_NAME }));
  await page.locator('[data-open-letter]').click();
  await page.locator('#letter-name').fill('王伟');
  await page.locator('form.letter-form button[type=submit]').click();
  // The order number or the ICCID is needed: a clear error, nothing lost.
  await expect(page.locator('.error-summary')).toContainText(zhLetters.ui.errors.identifierRequired);
  await expect(page.locator('#letter-name')).toHaveValue('王伟');
  await page.locator('#letter-order').fill('TB-2025-889');
  await page.locator('form.letter-form button[type=submit]').click();
  const letter = page.locator('[data-letter="seller"] [data-side="user"]');
  await expect(letter).toContainText(zhLetters.seller.subject.replace('{{carrier}}', ZH_NAME));
  await expect(letter).toContainText('订单号：TB-2025-889');
  await expect(letter).toContainText(zhLetters.seller.lines.holder.replace('{{carrier}}', ZH_NAME));
  const quote = page.locator('[data-letter="seller"] [data-side="carrier"] [data-letter-body]');
  await expect(quote).toHaveAttribute('lang', 'ru');
  await expect(quote).toContainText(ruLetters.sellerQuote.lines.request.replace('{{carrier}}', 'МТС'));
  await expectNoAxeViolations(page);
});

for (const query of ['远游卡', '俄罗斯电话卡', '俄罗斯 eSIM']) {
  test(`the Chinese directory finds the Russian operators and offers identify for “${query}”`, async ({ page }) => {
    await page.goto('/zh-CN/');
    await waitForHydration(page, '.directory-filters');
    await page.getByLabel(ui('zh-CN', 'directory.search')).fill(query);
    const rows = page.locator('.carrier-list li[data-carrier]');
    await expect(rows).toHaveCount(RUSSIAN_OPERATORS.length);
    expect((await rows.evaluateAll((li) => li.map((l) => l.getAttribute('data-carrier')))).sort()).toEqual(RUSSIAN_OPERATORS);
    const identify = page.locator('[data-directory-identify]');
    await expect(identify).toHaveText(ui('zh-CN', 'directory.identifyHint'));
    await identify.click();
    await expect(page).toHaveURL(/\/zh-CN\/identify\/$/);
  });
}

test('identify reads a Russian number as a Chinese traveler writes it, and says what it can and cannot tell', async ({ page }) => {
  await page.goto('/zh-CN/identify/');
  for (const [written, assumed] of [
    ['+7 912 345 67 89', false],
    ['007 912 345 67 89', false],
    ['8-912-345-67-89', true],
  ] as const) {
    await page.getByLabel(ui('zh-CN', 'identify.label')).fill(written);
    await page.getByRole('button', { name: ui('zh-CN', 'identify.submit') }).click();
    const result = page.locator('.identify-result[data-kind="phone"]');
    await expect(result).toContainText(ui('zh-CN', 'identify.phoneHeading'));
    await expect(result).toContainText(ui('zh-CN', 'identify.portability'));
    await expect(result.locator('[data-assumed-russian]')).toHaveCount(assumed ? 1 : 0);
    for (const id of RUSSIAN_OPERATORS) await expect(result.locator(`a[href="/zh-CN/${id}/"]`)).toBeVisible();
  }
  await expectNoAxeViolations(page);
});
