/**
 * What axe cannot see: where focus goes after each change, what a screen reader is told (live regions),
 * and which language each piece of text is read in (issue 18, items 1–7). GOV.UK Frontend's own
 * behaviour is the reference.
 */
import { expect, test, type Page } from '@playwright/test';
import enLetters from '../../locales/en/letters.json';
import zhLetters from '../../locales/zh-CN/letters.json';
import { carrier, expectPath, fillDate, progressKey, stageName, ui, waitForHydration } from './fixtures';
import { carrierName } from '../../lib/i18n/names';

test.describe.configure({ mode: 'parallel' });

/** The language a screen reader reads `selector` in: the nearest lang attribute. */
const languageOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.closest('[lang]')?.getAttribute('lang') ?? null);

async function writeT2Letter(page: Page, path: string) {
  await page.goto(path);
  await waitForHydration(page, '[data-open-letter]');
  await page.locator('[data-open-letter]').focus();
  await page.keyboard.press('Enter');
  await page.locator('#letter-name').fill('Ivan Petrov');
  await page.locator('#letter-phone').fill('+7 912 345-67-89');
  await page.locator('#letter-bankDetails').fill('40817810099910004312');
  await page.locator('form.letter-form button[type=submit]').press('Enter');
}

test('1. opening the letter tool puts focus on its first field; the submit button has its own name', async ({ page }) => {
  for (const path of ['/en/t2/submit-request/', '/en/t2/track-review/', '/en/t2/check-charges/']) {
    await page.goto(path);
    await waitForHydration(page, '[data-open-letter]');
    await page.locator('[data-open-letter]').focus();
    await page.keyboard.press('Enter');
    // The form's code loads only now (a lazy chunk): slow on a busy machine.
    await expect(page.locator('form.letter-form :is(input, textarea)').first(), path).toBeFocused({ timeout: 15_000 });
  }
  await expect(page.locator('form.letter-form button[type=submit]')).not.toHaveText(enLetters.ui.open);
});

test('2. the written letter takes focus, and copying it is announced in a live region', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await writeT2Letter(page, '/en/t2/submit-request/');
  const heading = page.locator('[data-letter] [data-side="carrier"] h3').first();
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText(enLetters.ui.carrierLanguage.replace('{{language}}', 'Russian'));
  const status = page.getByRole('status').filter({ hasText: enLetters.ui.copiedStatus });
  await expect(status).toHaveCount(0);
  await page.locator('[data-letter] [data-side="carrier"]').first().getByRole('button', { name: enLetters.ui.copy }).click();
  await expect(status).toHaveCount(1);
});

test('3. only the letter is in the carrier’s language; its heading and buttons are in the page’s; the language is named in the page’s', async ({ page }) => {
  await writeT2Letter(page, '/zh-CN/t2/submit-request/');
  const carrierSide = '[data-letter="counter"] [data-side="carrier"]';
  expect(await languageOf(page, `${carrierSide} [data-letter-body] p`)).toBe('ru');
  expect(await languageOf(page, `${carrierSide} h3`)).toBe('zh-CN');
  expect(await languageOf(page, `${carrierSide} button`)).toBe('zh-CN');
  await expect(page.locator(`${carrierSide} h3`)).toHaveText(zhLetters.ui.carrierLanguage.replace('{{language}}', '俄语'));
});

test('3. a carrier-language phrase quoted inside a sentence is marked with its language', async ({ page }) => {
  await page.goto('/en/t2/submit-request/');
  const phrase = page.locator('[data-item="store-visit"] [lang="ru"]');
  await expect(phrase).toHaveText('расторгнуть договор');
  await expect(page.locator('[data-item="store-visit"]')).not.toContainText('<ru>');
  await page.goto('/es/t2/submit-request/');
  await expect(page.locator('[data-item="store-visit"] [lang="ru"]')).toHaveText('расторгнуть договор');
});

test('4. on track-review the letter form survives a new date, and Tab after the reference goes on, not to the body', async ({ page }) => {
  await page.goto('/en/t2/track-review/');
  await waitForHydration(page, '[data-open-letter]');
  await page.locator('[data-open-letter]').click();
  await page.locator('#letter-name').fill('Ivan Petrov');
  await fillDate(page, 'case-submittedOn', '2026-11-20');
  await expect(page.locator('#letter-name')).toHaveValue('Ivan Petrov');
  // A field the traveler has not touched follows the saved date.
  await expect(page.locator('#letter-submittedOn')).toHaveValue('2026-11-20');
  await page.locator('#case-reference').fill('SR-2026-001');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
  await expect(page.locator('#letter-name')).toHaveValue('Ivan Petrov');
  await expect(page.locator('#letter-reference')).toHaveValue('SR-2026-001');
});

test('5. after Next, Back or a task-list link, focus is on the new page’s h1; the skip link moves focus to main', async ({ page }) => {
  const h1 = page.locator('main h1');
  await page.goto('/en/t2/gather-materials/');
  await waitForHydration(page, '.stage-nav a.button');
  await page.locator('.stage-nav a.button').focus();
  await page.keyboard.press('Enter');
  await expectPath(page, '/en/t2/submit-request/');
  await expect(h1).toHaveText(stageName('en', 'submit-request'));
  await expect(h1).toBeFocused();

  await page.locator('.back-link').focus();
  await page.keyboard.press('Enter');
  await expectPath(page, '/en/t2/gather-materials/');
  await expect(h1).toHaveText(stageName('en', 'gather-materials'));
  await expect(h1).toBeFocused();

  await page.locator('.stage-nav__overview').click();
  await expectPath(page, '/en/t2/');
  await expect(h1).toBeFocused();
  await page.locator('.task-list a[href$="/confirm-online/"]').click();
  await expectPath(page, '/en/t2/confirm-online/');
  await expect(h1).toBeFocused();

  await page.goto('/en/t2/');
  await waitForHydration(page, '.skip-link');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('6. undo after Remove puts focus on the carrier that came back and says so; an empty list leaves no list behind', async ({ page }) => {
  const record = JSON.stringify({ version: 1, answers: { inCountry: 'no' }, answersConfirmed: true, ticks: [], updatedAt: '2026-11-24T10:00:00.000Z' });
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [progressKey('t2'), record] as const,
  );
  await page.goto('/en/');
  const saved = page.locator('[data-saved-cases]');
  const name = carrierName(carrier('t2'), 'en');
  await saved.getByRole('button', { name: ui('en', 'savedCases.remove', { carrier: name }) }).click();
  await expect(saved.locator('[data-removed-notice]')).toBeFocused();
  await expect(saved.locator('ul')).toHaveCount(0);
  await saved.getByRole('button', { name: ui('en', 'savedCases.undo') }).click();
  await expect(saved.getByRole('link', { name, exact: true })).toBeFocused();
  await expect(saved.getByRole('status').filter({ hasText: ui('en', 'savedCases.restored', { carrier: name }) })).toHaveCount(1);
});

test('7. deadlines that appear after a date are announced; a verdict that changes is said by the question that changed it', async ({ page }) => {
  await page.goto('/en/t2/track-review/');
  await waitForHydration(page, '#case-purchasedOn-day');
  await fillDate(page, 'case-submittedOn', '2026-11-20');
  const count = await page.locator('[data-deadline]').count();
  expect(count).toBeGreaterThan(0);
  await expect(
    page.getByRole('status').filter({ hasText: ui('en', count === 1 ? 'case.deadlinesFound_one' : 'case.deadlinesFound_other', { count }) }),
  ).toHaveCount(1);

  await page.goto('/en/t2/confirm-online/');
  await waitForHydration(page, 'form.questions');
  await page.locator('#question-inCountry-no').check();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'proxy');
  const said = page.locator('form.questions').getByRole('status');
  await expect(said).toHaveText(ui('en', 'verdict.changed', { verdict: ui('en', 'verdict.kinds.proxy') }));
});

test('9. dates are typed as day, month and year, with GOV.UK’s messages in the page’s language; nothing half-typed is saved', async ({ page }) => {
  await page.goto('/ru/airalo/track-review/');
  await waitForHydration(page, '#case-purchasedOn-day');
  await expect(page.locator('#case-purchasedOn')).toHaveRole('group');
  await page.locator('#case-purchasedOn-day').fill('31');
  await page.locator('#case-purchasedOn-month').fill('2');
  await page.locator('#case-purchasedOn-month').blur();
  await expect(page.locator('#case-purchasedOn-error')).toContainText(ui('ru', 'dateInput.errors.missing-year'));
  await expect(page.locator('#case-purchasedOn-year')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#case-purchasedOn-year').fill('2026');
  await page.locator('#case-purchasedOn-year').blur();
  await expect(page.locator('#case-purchasedOn-error')).toContainText(ui('ru', 'dateInput.errors.not-real'));
  await expect(page.locator('#case-purchasedOn-day')).toHaveAttribute('aria-invalid', 'true');
  expect((await page.evaluate((key) => localStorage.getItem(key), progressKey('airalo'))) ?? '').not.toContain('purchasedOn');
  await page.locator('#case-purchasedOn-day').fill('28');
  await page.locator('#case-purchasedOn-day').blur();
  await expect(page.locator('#case-purchasedOn-error')).toHaveCount(0);
  await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').case?.purchasedOn, progressKey('airalo'))).toBe('2026-02-28');
  await page.reload();
  await expect(page.locator('#case-purchasedOn-day')).toHaveValue('28');
  await expect(page.locator('#case-purchasedOn-month')).toHaveValue('2');
});
