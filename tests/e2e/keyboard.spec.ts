/**
 * A keyboard-only pass through T2's five stages: Tab, arrow keys, Space and Enter, no clicks. Every control the
 * journey needs must be reachable in tab order, and after each move between pages focus starts on the new h1.
 */
import { expect, test, type Page } from '@playwright/test';
import { QUESTION_IDS, QUESTIONS } from '../../lib/engine/questions';
import { nextStage, type Stage } from '../../lib/engine/stages';
import { carrier, expectPath, expectStatuses, JOURNEYS, stageName, ui, waitForHydration, waitForSavedAnswers } from './fixtures';
import { carrierName } from '../../lib/i18n/names';

/** Presses Tab until the element `selector` names has focus; fails if it is not in the tab order. */
async function tabTo(page: Page, selector: string, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} was not reached with ${max} presses of Tab on ${page.url()}`);
}

test('T2 from the carrier list to the last stage with the keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  const { answers } = JOURNEYS.t2;
  const base = '/en/t2/';
  const h1 = page.locator('main h1');

  await page.goto('/en/');
  await waitForHydration(page, '.skip-link');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await tabTo(page, `main a[href="${base}"]`);
  await page.keyboard.press('Enter');
  await expectPath(page, base);
  await expect(h1).toBeFocused();

  await tabTo(page, '.next-step .button');
  await page.keyboard.press('Enter');
  await expectPath(page, `${base}confirm-online/`);
  await expect(h1).toBeFocused();
  await waitForHydration(page, 'form.questions');

  // Stage 1: Tab into each group of radios, arrow keys to the answer, Space to choose it.
  for (const question of QUESTION_IDS) {
    const value = answers[question];
    await tabTo(page, `input[name="${question}"]`);
    for (
      let i = 0;
      i < QUESTIONS[question].length && !(await page.locator(`#question-${question}-${value}`).evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
    await expect(page.locator(`#question-${question}-${value}`)).toBeChecked();
  }
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', JOURNEYS.t2.verdict);
  await tabTo(page, 'form.questions button[type=submit]');
  await page.keyboard.press('Enter');

  // Stages 2–5: Space ticks each task; Enter on "Next" goes on, and focus lands on the new stage's h1.
  for (let stage: Stage | null = 'gather-materials'; stage; stage = nextStage(stage)) {
    await expectPath(page, `${base}${stage}/`);
    await expect(h1).toHaveText(stageName('en', stage));
    await waitForSavedAnswers(page, 'en');
    if (stage === 'track-review') {
      // The carrier's answer, chosen with the keyboard: "confirmed" unlocks removing the eSIM in the last stage.
      await tabTo(page, '#reply-confirmed');
      await page.keyboard.press('Space');
      await expect(page.locator('#reply-confirmed')).toBeChecked();
    }
    const boxes = await page.locator('li.checkboxes__item[data-item] input[type=checkbox]').evaluateAll((els) => els.map((e) => e.id));
    expect(boxes.length).toBeGreaterThan(0);
    for (const id of boxes) {
      await tabTo(page, `#${id}`);
      await page.keyboard.press('Space');
      await expect(page.locator(`#${id}`)).toBeChecked();
    }
    await expect(page.locator('.checklist__left')).toHaveText(ui('en', 'checklist.allTicked'));
    if (nextStage(stage)) {
      await tabTo(page, '.stage-nav a.button');
      await page.keyboard.press('Enter');
      await expectPath(page, `${base}${nextStage(stage)}/`);
      await expect(h1).toBeFocused();
    }
  }

  await tabTo(page, '.stage-nav__overview');
  await page.keyboard.press('Enter');
  await expectPath(page, base);
  await expect(h1).toBeFocused();
  await expect(h1).toHaveText(ui('en', 'overview.title', { carrier: carrierName(carrier('t2'), 'en') }));
  await expectStatuses(page, {
    'confirm-online': 'done',
    'gather-materials': 'done',
    'submit-request': 'done',
    'track-review': 'done',
    'check-charges': 'done',
  });
});
