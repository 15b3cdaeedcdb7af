/**
 * Accessibility of each page type: no axe violations (WCAG 2.1 A and AA), and on a 320px-wide
 * phone nothing scrolls sideways and every control is at least 44px tall.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { progressKey, ui, waitForHydration } from './fixtures';

test.describe.configure({ mode: 'parallel' });

/** One page of each type; `saved` carriers have progress on the device before the page opens. */
const PAGES: { name: string; path: string; saved?: string[] }[] = [
  { name: 'language choice', path: '/?choose' },
  { name: 'carrier list', path: '/ru/' },
  { name: 'overview', path: '/ru/t2/' },
  { name: 'stage 1 (questions)', path: '/ru/t2/confirm-online/' },
  { name: 'checklist stage', path: '/zh-CN/airalo/submit-request/' },
  { name: 'last stage', path: '/en/holafly/check-charges/' },
  { name: 'checklist with low-confidence notes', path: '/ru/t2/submit-request/' },
  { name: 'not found', path: '/ru/nope/' },
  { name: 'identify', path: '/zh-CN/identify/' },
  { name: 'support link builder', path: '/en/support/' },
  { name: 'offline page (shown by the service worker)', path: '/es/offline/' },
  { name: 'stage opened from a support link', path: '/ru/t2/gather-materials/?v=1&here=no&ref=TKT-42' },
  { name: 'overview with key facts', path: '/en/vodafone-uk/' },
  { name: 'carrier list with cancellations started on this phone', path: '/ru/', saved: ['china-mobile', 't-mobile-us', 't2'] },
];

/** Gives `carriers` saved progress before any page script runs, then opens `path` and waits for the list of them. */
async function openPage(page: Page, path: string, saved: string[] = []) {
  if (saved.length) {
    const record = JSON.stringify({ version: 1, answers: { inCountry: 'no' }, answersConfirmed: true, ticks: [], updatedAt: '2026-11-24T10:00:00.000Z' });
    await page.addInitScript(
      ([keys, value]) => {
        for (const key of keys) localStorage.setItem(key, value);
      },
      [saved.map(progressKey), record] as const,
    );
  }
  await page.goto(path);
  if (saved.length) await expect(page.locator('[data-saved-cases] li')).toHaveCount(saved.length);
}

/** Controls that stand on their own (inline links in running text are exempt from the 44px rule). */
const CONTROLS = [
  '.button',
  '.back-link',
  '.radios__input',
  '.checkboxes__input',
  '.sources summary',
  '.task-list__name a',
  '.carrier-list__link',
  '.language-list__link',
  '.language-switcher a',
  '.site-header__name',
  '.channel-link',
  '.report-link',
  '.verdict__channels a',
  '.stage-nav__overview',
  '.not-found li a',
  '.link-block',
].join(', ');

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

async function submitEmptyQuestions(page: Page) {
  await waitForHydration(page, 'form.questions');
  await page.getByRole('button', { name: ui('ru', 'questions.submit'), exact: true }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
}

test.describe('axe finds no WCAG 2.1 AA violations', () => {
  for (const { name, path, saved } of PAGES) {
    test(`${name}: ${path}`, async ({ page }) => {
      await openPage(page, path, saved);
      await expectNoAxeViolations(page);
    });
  }

  test('stage 1 showing the error summary after an empty submit', async ({ page }) => {
    await page.goto('/ru/t2/confirm-online/');
    await submitEmptyQuestions(page);
    await expect(page.locator('.error-message')).toHaveCount(6);
    await expectNoAxeViolations(page);
  });
});

test('after a failed submit, answering a question leaves focus on that answer', async ({ page }) => {
  // The error summary takes focus once, when it appears; it must not pull focus back (and scroll
  // the page up) each time an answer clears one of its errors, or keyboard users lose their place.
  await page.goto('/ru/t2/confirm-online/');
  await submitEmptyQuestions(page);
  const radio = page.locator('#question-boughtFrom-reseller');
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  await expect(page.locator('.error-summary li')).toHaveCount(5);
  await expect(radio).toBeFocused();
});

test.describe('at 320px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  const cases = [...PAGES.map((p) => ({ ...p, errors: false })), { name: 'stage 1 with errors', path: '/ru/t2/confirm-online/', errors: true }];
  for (const { name, path, saved, errors } of cases) {
    test(`${name}: nothing scrolls sideways and every control is at least 44px tall`, async ({ page }) => {
      await openPage(page, path, saved);
      if (errors) await submitEmptyQuestions(page);
      // Open every "Where does this come from?" so the long source addresses inside count in the width check.
      for (const details of await page.locator('details.sources').all()) await details.evaluate((d) => d.setAttribute('open', ''));

      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(clientWidth).toBe(320);
      expect(scrollWidth, 'page is wider than the screen').toBeLessThanOrEqual(clientWidth);

      const controls = await page.locator(CONTROLS).evaluateAll((elements) =>
        elements
          .map((e) => ({ html: e.outerHTML.slice(0, 120), rect: e.getBoundingClientRect(), visible: e.checkVisibility() }))
          .filter((c) => c.visible && c.rect.width > 0)
          .map((c) => ({ html: c.html, height: Math.round(c.rect.height * 100) / 100, right: c.rect.right })),
      );
      expect(controls.length).toBeGreaterThan(0);
      const tooSmall = controls.filter((c) => c.height < 44);
      expect(tooSmall, 'controls less than 44px tall').toEqual([]);
      const tooWide = controls.filter((c) => c.right > 320.5);
      expect(tooWide, 'controls sticking out of the screen').toEqual([]);
    });
  }
});
