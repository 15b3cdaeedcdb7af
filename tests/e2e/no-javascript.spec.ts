/**
 * Without JavaScript every stage page still shows its whole checklist (for the carrier's usual
 * answers), in its language, and the links and the stage-1 form still take the traveler on.
 */
import { expect, test } from '@playwright/test';
import { verdictFor } from '../../lib/engine/evaluate';
import { STAGES } from '../../lib/engine/stages';
import { carrierName } from '../../lib/i18n/names';
import { carrier, carrierText, expectedItems, expectPath, expectStatuses, idsOf, shownItemIds, stageName, tasksLeft, ui, NO_SCRIPT_LOCALES } from './fixtures';

test.use({ javaScriptEnabled: false });
test.describe.configure({ mode: 'parallel' });

for (const locale of NO_SCRIPT_LOCALES) {
  for (const carrierId of ['t2', 'airalo']) {
    for (const stage of STAGES) {
      test(`${locale}/${carrierId}/${stage}: the full checklist for the default answers, without JavaScript`, async ({ page }) => {
        const c = carrier(carrierId);
        const items = expectedItems(c, stage);
        await page.goto(`/${locale}/${carrierId}/${stage}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('h1')).toHaveText(stageName(locale, stage));
        // (Playwright's text matching skips <noscript>, so the notice is found by its class.)
        const noScriptNotice = page.locator('noscript .notice');
        await expect(noScriptNotice).toBeVisible();
        await expect(noScriptNotice).toHaveText(ui(locale, 'progress.noScript'));

        expect(await shownItemIds(page)).toEqual(idsOf(items));
        const texts = await page.locator('[data-item]').allInnerTexts();
        for (const text of texts) expect(text.trim()).not.toBe('');
        for (const item of items) {
          const shown = page.locator(`[data-item="${item.id}"]`);
          await expect(shown).toBeVisible();
          await expect(shown).toContainText(carrierText(locale, item.text, { carrier: carrierName(c, locale) }));
          if (item.channel) await expect(shown.locator(`a.channel-link[href="${item.channel.url}"]`)).toHaveText(carrierText(locale, item.channel.label));
        }

        if (stage === 'confirm-online') {
          const verdict = verdictFor(c, c.defaults);
          const section = page.locator('[data-verdict]');
          await expect(section).toHaveAttribute('data-verdict', verdict.verdict);
          await expect(section).toContainText(ui(locale, `verdict.kinds.${verdict.verdict}`));
          await expect(section).toContainText(carrierText(locale, verdict.text));
          for (const channel of verdict.channels) await expect(section.getByRole('link', { name: carrierText(locale, channel.label) })).toBeVisible();
        } else {
          const tasks = items.filter((i) => i.kind === 'task');
          await expect(page.locator('li.checkboxes__item[data-item]')).toHaveCount(tasks.length);
          for (const box of await page.locator('.checkboxes__input').all()) await expect(box).not.toBeChecked();
          await expect(page.locator('.checklist__basis')).toHaveText(ui(locale, 'checklist.defaultAnswers'));
          await expect(page.locator('.checklist__left')).toHaveText(tasksLeft(locale, tasks.length));
        }
      });
    }
  }
}

test('back links, "next", the overview and the carrier list all work without JavaScript', async ({ page }) => {
  const name = carrierName(carrier('t2'), 'ru');
  await page.goto('/ru/t2/check-charges/');
  for (const stage of ['track-review', 'submit-request', 'gather-materials', 'confirm-online'] as const) {
    await page.locator('.back-link').click();
    await expectPath(page, `/ru/t2/${stage}/`);
    await expect(page.locator('h1')).toHaveText(stageName('ru', stage));
  }
  await page.locator('.back-link').click();
  await expectPath(page, '/ru/t2/');
  await expect(page.locator('h1')).toHaveText(ui('ru', 'overview.title', { carrier: name }));
  await page.getByRole('link', { name: ui('ru', 'nav.allCarriers') }).click();
  await expectPath(page, '/ru/');
  await expect(page.locator('h1')).toHaveText(ui('ru', 'home.title'));

  await page.getByRole('link', { name, exact: true }).click();
  await expectPath(page, '/ru/t2/');
  await expectStatuses(page, { 'confirm-online': 'not-started', 'gather-materials': 'cannot-start-yet', 'check-charges': 'cannot-start-yet' });
  await expect(page.locator('li[data-stage="gather-materials"] a')).toHaveCount(0);
  await page.getByRole('link', { name: ui('ru', 'overview.continueWith', { stage: stageName('ru', 'confirm-online') }) }).click();
  await expectPath(page, '/ru/t2/confirm-online/');
  await page.getByRole('link', { name: ui('ru', 'nav.overview') }).click();
  await expectPath(page, '/ru/t2/');
  await page.locator('.task-list__name a').first().click();
  await expectPath(page, '/ru/t2/confirm-online/');

  await page.goto('/ru/t2/gather-materials/');
  await page.getByRole('link', { name: ui('ru', 'nav.nextStage', { stage: stageName('ru', 'submit-request') }) }).click();
  await expectPath(page, '/ru/t2/submit-request/');
  await expect(page.locator('h1')).toHaveText(stageName('ru', 'submit-request'));
});

test('without JavaScript the stage-1 form submits by GET to gather-materials', async ({ page }) => {
  await page.goto('/en/t2/confirm-online/');
  await page.locator('#question-inCountry-no').check();
  await page.locator('#question-hasNumber-yes').check();
  await page.getByRole('button', { name: ui('en', 'questions.submit'), exact: true }).click();
  await expectPath(page, '/en/t2/gather-materials/');
  const query = new URL(page.url()).searchParams;
  expect(query.get('inCountry')).toBe('no');
  expect(query.get('hasNumber')).toBe('yes');
  await expect(page.locator('h1')).toHaveText(stageName('en', 'gather-materials'));
  await expect(page.locator('[data-item]')).not.toHaveCount(0);
});
