/**
 * Facts that follow the traveler's answers, and honest dates: Holafly's refund deadline by plan type, and a source
 * nobody read shown as "not read by us" with no date beside it.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerQuestions, carrier, fillDate, ui, waitForHydration, type FullAnswers } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const HOLAFLY: FullAnswers = {
  boughtFrom: 'carrier-online',
  planType: 'subscription',
  payment: 'card',
  inCountry: 'yes',
  esimInstalled: 'yes',
  hasNumber: 'no',
};

async function confirmAnswers(page: Page, answers: Partial<FullAnswers>) {
  await page.goto('/en/holafly/confirm-online/');
  await waitForHydration(page, 'form');
  await answerQuestions(page, answers);
  await page.getByRole('button', { name: ui('en', 'questions.submit') }).click();
  await expect(page).not.toHaveURL(/confirm-online/);
}

test('Holafly’s refund deadline follows the plan type: 14 days for a Holafly Plans subscription, 6 months for a one-off eSIM', async ({ page }) => {
  await confirmAnswers(page, HOLAFLY);
  await page.goto('/en/holafly/track-review/');
  await waitForHydration(page, '#case-purchasedOn-day');
  await fillDate(page, 'case-purchasedOn', '2026-11-30');
  const refund = page.locator('[data-deadline="refund-window-closes"]');
  await expect(refund.locator('time')).toHaveAttribute('datetime', '2026-12-14');
  await expect(refund).toContainText(ui('en', 'case.bases.refund-window-days'));

  // The same purchase, answered as a one-off eSIM: the deadline moves to 6 months, counted in months.
  await confirmAnswers(page, { planType: 'one-off' });
  await page.goto('/en/holafly/track-review/');
  await expect(refund.locator('time')).toHaveAttribute('datetime', '2027-05-30');
  await expect(refund).toContainText(ui('en', 'case.bases.refund-window-months'));
  await page.goto('/en/holafly/check-charges/');
  await expect(page.locator('[data-deadline="refund-window-closes"] time')).toHaveAttribute('datetime', '2027-05-30');
});

test('the overview lists both Holafly refund windows, each with its own sources', async ({ page }) => {
  await page.goto('/en/holafly/');
  const row = page.locator('[data-fact="refundWindow"]');
  await expect(row.locator('.summary-list__variant')).toHaveCount(2);
  await expect(row).toContainText('Holafly Plans (subscription): 14 days');
  await expect(row).toContainText('One-off eSIM: 6 months');
});

test('a source nobody read shows "not read by us" and no date; a read source shows the day it was read', async ({ page }) => {
  const mts = carrier('mts');
  expect(mts.sources.officialSite.readOn).toBeUndefined();
  await page.goto('/en/mts/confirm-online/');
  const verdictSources = page.locator('[data-verdict] details.sources');
  await verdictSources.locator('summary').click();
  const unread = verdictSources.locator('li[data-source-read="no"]');
  await expect(unread).toHaveCount(1);
  await expect(unread).toContainText('mts.ru');
  await expect(unread).toContainText(ui('en', 'sources.notRead'));
  const readPhrase = ui('en', 'sources.readOn', { date: 'X', age: 'Y' }).split('X')[0].trim();
  await expect(unread).not.toContainText(readPhrase);
  await expect(unread).not.toContainText(/\b20\d\d\b|\bago\b|checked/i);
  const read = verdictSources.locator('li[data-source-read="yes"]');
  const day = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-11-25T00:00:00Z'));
  await expect(read).toContainText(`${readPhrase} ${day}`);

  // Every source on every page of this carrier: the date appears only beside a source that was read.
  for (const path of ['/en/mts/', '/en/mts/gather-materials/', '/en/mts/track-review/']) {
    await page.goto(path);
    for (const li of await page.locator('li[data-source-read="no"]').all()) await expect(li, path).not.toContainText(/\b20\d\d\b|checked|ago/i);
    for (const li of await page.locator('li[data-source-read="yes"]').all()) await expect(li, path).toContainText(readPhrase);
  }
});
