/**
 * The case on another phone, or back at the support desk: exported on one browser, imported on another
 * after a preview and a confirm; a case card read on the support page in the agent's language; bad input
 * explained with nothing stored; and the case (its #fragment) never in any request.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { caseFragment, caseToJson, type CaseExport } from '../../lib/share/case';
import { carrier, expectedItems, expectNeverSent, JOURNEYS, progressKey, recordTraffic, ui, waitForHydration } from './fixtures';

// Several browser contexts and axe runs per test, on a shared CI machine: more than the default 30 s.
test.describe.configure({ mode: 'parallel', timeout: 120_000 });

const answers = JOURNEYS.airalo.answers;
const gather = expectedItems(carrier('airalo'), 'gather-materials', answers).filter((i) => i.kind === 'task');
const confirmTicks = expectedItems(carrier('airalo'), 'confirm-online', answers).filter((i) => i.kind === 'task');
/** A case part way through: answers confirmed, stage 2 ticked, a date and two references. */
const progress = {
  version: 1,
  answers,
  answersConfirmed: true,
  ticks: [...confirmTicks, ...gather].map((i) => i.id),
  case: { purchasedOn: '2026-11-01', submittedOn: '2026-11-20', reference: 'SR-2026-77', supportRef: 'TKT-9001' },
  updatedAt: '2026-11-28T09:30:00.000Z',
};

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The progress keys on the device (the language last used is stored too, and is not progress). */
const progressKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('esim-exit:progress')));
const stored = (page: Page, id: string) => page.evaluate((key) => localStorage.getItem(key), progressKey(id));

test('a case exported on one browser is imported on another after a preview and a confirm: ticks and dates restored, nothing sent', async ({
  browser,
}, testInfo) => {
  const first = await browser.newContext();
  const traffic = recordTraffic(first);
  const phone = await first.newPage();
  await phone.addInitScript(([key, value]) => localStorage.setItem(key, value), [progressKey('airalo'), JSON.stringify(progress)] as const);
  await phone.goto('/en/airalo/summary/');
  const link = phone.locator('[data-case-link]');
  await expect(link).toHaveValue(/\/en\/#case=[A-Za-z0-9_-]+$/);
  await expect(phone.locator('[data-case-qr]')).toBeVisible();
  const card = await phone.locator('[data-case-card]').inputValue();
  expect(card).toContain(ui('en', 'caseTransfer.cardTitle', { carrier: 'Airalo' }));
  expect(card).toContain(`${ui('en', 'stages.gather-materials.name')}: ${ui('en', 'status.done')}`);
  expect(card).toContain('SR-2026-77');
  expect(card).toContain('2026-11-20');
  const [download] = await Promise.all([phone.waitForEvent('download'), phone.locator('[data-case-download]').click()]);
  expect(download.suggestedFilename()).toBe('esim-exit-case-airalo.json');
  const file = testInfo.outputPath('case.json');
  await download.saveAs(file);
  const fileText = readFileSync(file, 'utf8');
  expect(JSON.parse(fileText).progress).toEqual(progress);
  await expectNoAxeViolations(phone);
  const url = await link.inputValue();
  const fragment = url.slice(url.indexOf('#'));
  expectNeverSent(traffic, [fragment.slice(6, 60), 'SR-2026-77', 'TKT-9001', '2026-11-20']);
  await first.close();

  // Another phone, in Russian: the file, through the file input on the carrier list.
  const second = await browser.newContext({ locale: 'ru-RU' });
  const traffic2 = recordTraffic(second);
  const other = await second.newPage();
  await other.goto('/ru/');
  await waitForHydration(other, '[data-case-file]');
  await other.locator('[data-case-file]').setInputFiles(file);
  const preview = other.locator('[data-case-preview]');
  await expect(preview.locator('h3').first()).toHaveText(ui('ru', 'caseTransfer.previewHeading', { carrier: 'Airalo' }));
  await expect(preview.locator('[data-stage="gather-materials"] dd')).toHaveText(ui('ru', 'status.done'));
  await expect(preview.locator('[data-case="reference"] dd')).toHaveText('SR-2026-77');
  await expect(preview.locator('[data-case-replaces]')).toHaveCount(0);
  // Nothing is stored before the confirm.
  expect(await stored(other, 'airalo')).toBeNull();
  await expectNoAxeViolations(other);
  await other.locator('[data-case-confirm]').click();
  await expect(other.locator('[data-case-imported]')).toContainText(ui('ru', 'caseTransfer.imported', { carrier: 'Airalo' }));
  expect(JSON.parse((await stored(other, 'airalo'))!)).toEqual(progress);

  // The ticks and the dates are there on the stage pages and the summary.
  await other.locator('[data-case-imported] a').click();
  await other.goto('/ru/airalo/gather-materials/');
  for (const item of gather) await expect(other.locator(`[data-item="${item.id}"] input[type=checkbox]`)).toBeChecked();
  await other.goto('/ru/airalo/summary/');
  await expect(other.locator('[data-case="submittedOn"]')).toContainText('2026');
  await expect(other.locator('[data-case="reference"]')).toContainText('SR-2026-77');
  await expect(other.locator('[data-stage="gather-materials"]')).toContainText(ui('ru', 'status.done'));
  expectNeverSent(traffic2, ['SR-2026-77', 'TKT-9001', '2026-11-20']);
  await second.close();
});

test('opening a case link asks before replacing progress already on the phone; declining leaves it untouched', async ({ page, context }) => {
  const traffic = recordTraffic(context);
  const mine = JSON.stringify({ version: 1, answers: { inCountry: 'no' }, answersConfirmed: false, ticks: [], updatedAt: '2026-11-24T10:00:00.000Z' });
  await page.goto('/es/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [progressKey('airalo'), mine] as const);
  // The link is opened while the list is already showing (only the fragment changes). Before hydration the
  // router's first history write could drop a fragment that arrived mid-hydration: a fresh load is covered below.
  await waitForHydration(page, '[data-case-file]');
  const value: CaseExport = { version: 1, carrier: 'airalo', stages: { 'confirm-online': 'done' }, progress: progress as CaseExport['progress'] };
  const fragment = caseFragment(value);
  await page.goto(`/es/${fragment}`);
  await expect(page.locator('[data-case-preview] [data-case-replaces]')).toContainText(ui('es', 'caseTransfer.replaces', { carrier: 'Airalo' }));
  // The fragment is dropped from the address once read.
  expect(new URL(page.url()).hash).toBe('');
  await page.locator('[data-case-cancel]').click();
  await expect(page.locator('[data-case-import]')).toContainText(ui('es', 'caseTransfer.cancelled'));
  expect(await stored(page, 'airalo')).toBe(mine);

  await page.goto('about:blank');
  await page.goto(`/es/${fragment}`);
  await page.locator('[data-case-confirm]').click();
  await expect(page.locator('[data-case-imported]')).toBeVisible();
  expect(JSON.parse((await stored(page, 'airalo'))!)).toEqual(progress);
  expectNeverSent(traffic, [fragment.slice(6, 60), 'SR-2026-77']);
});

test.describe('bad input: a clear message, nothing stored, progress untouched', () => {
  const mine = JSON.stringify({ version: 1, answers: { inCountry: 'no' }, answersConfirmed: false, ticks: ['x'], updatedAt: '2026-11-24T10:00:00.000Z' });
  const json = caseToJson({ version: 1, carrier: 'airalo', stages: {}, progress: progress as CaseExport['progress'] });
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
  const inputs = [
    { name: 'corrupt fragment', fragment: '#case=%%%not-base64', problem: 'corrupt' },
    { name: 'from a newer version', fragment: `#case=${b64(json.replace('"esimExitCase":1', '"esimExitCase":9'))}`, problem: 'newer' },
    { name: 'an unknown carrier', fragment: `#case=${b64(json.replace('"airalo"', '"acme-mobile"'))}`, problem: 'unknown-carrier' },
    { name: 'too large', fragment: `#case=${'A'.repeat(20_000)}`, problem: 'too-large' },
  ];
  for (const { name, fragment, problem } of inputs) {
    test(`${name} (link)`, async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await page.goto('/en/');
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [progressKey('airalo'), mine] as const);
      // Opened as a traveler opens a link from another app: a fresh page load, not a fragment change on an open page.
      await page.goto('about:blank');
      await page.goto(`/en/${fragment}`);
      const notice = page.locator(`[data-case-problem="${problem}"]`);
      await expect(notice).toContainText(ui('en', `caseTransfer.problems.${problem}`));
      await expect(notice).toContainText(ui('en', 'caseTransfer.unchanged'));
      await expect(page.locator('[data-case-preview]')).toHaveCount(0);
      expect(await stored(page, 'airalo')).toBe(mine);
      expect(await progressKeys(page)).toEqual([progressKey('airalo')]);
      expect(dialogs).toBe(0);
    });
  }

  test('a file that is not a case', async ({ page }) => {
    await page.goto('/zh-CN/');
    await waitForHydration(page, '[data-case-file]');
    await page
      .locator('[data-case-file]')
      .setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('\u0000\u00ff{"esimExitCase":') });
    await expect(page.locator('[data-case-problem="corrupt"]')).toContainText(ui('zh-CN', 'caseTransfer.problems.corrupt'));
    expect(await progressKeys(page)).toEqual([]);
  });
});

test('a case card pasted on the support page shows where the customer is, read-only, in the agent language', async ({ browser }) => {
  // The traveler (in Russian) copies the card; the agent reads it in Spanish.
  const traveler = await browser.newContext();
  const phone = await traveler.newPage();
  await phone.addInitScript(([key, value]) => localStorage.setItem(key, value), [progressKey('airalo'), JSON.stringify(progress)] as const);
  await phone.goto('/ru/airalo/summary/');
  await expect(phone.locator('[data-case-link]')).toHaveValue(/#case=/);
  const card = await phone.locator('[data-case-card]').inputValue();
  expect(card).toContain(ui('ru', 'caseTransfer.cardTitle', { carrier: 'Airalo' }));
  await traveler.close();

  const desk = await browser.newContext();
  const traffic = recordTraffic(desk);
  const agent = await desk.newPage();
  await agent.goto('/es/support/');
  await waitForHydration(agent, '[data-case-text]');
  await agent.locator('[data-case-text]').fill(card);
  await agent.getByRole('button', { name: ui('es', 'caseTransfer.readerSubmit'), exact: true }).click();
  const result = agent.locator('[data-case-result]');
  await expect(result.locator('h2')).toHaveText(ui('es', 'caseTransfer.readerResult', { carrier: 'Airalo' }));
  await expect(result.locator('[data-stage="gather-materials"]')).toContainText(ui('es', 'stages.gather-materials.name'));
  await expect(result.locator('[data-stage="gather-materials"] dd')).toHaveText(ui('es', 'status.done'));
  await expect(result.locator('[data-case="supportRef"] dd')).toHaveText('TKT-9001');
  await expect(result).toContainText(ui('es', 'caseTransfer.readOnly'));
  // Read-only: the agent's browser stores nothing.
  expect(await progressKeys(agent)).toEqual([]);
  await expectNoAxeViolations(agent);
  expectNeverSent(traffic, [card.slice(card.indexOf('#case=') + 6, card.indexOf('#case=') + 60), 'SR-2026-77', 'TKT-9001']);

  await agent.locator('[data-case-text]').fill('hello, my name is Ann and my phone broke');
  await agent.getByRole('button', { name: ui('es', 'caseTransfer.readerSubmit'), exact: true }).click();
  await expect(agent.locator('[data-case-problem="corrupt"]')).toContainText(ui('es', 'caseTransfer.problems.corrupt'));
  await expect(agent.locator('[data-case-result]')).toHaveCount(0);
  await desk.close();
});

test.describe('at 320px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  const fragment = caseFragment({
    version: 1,
    carrier: 'airalo',
    stages: { 'confirm-online': 'done', 'gather-materials': 'done' },
    progress: progress as CaseExport['progress'],
  });
  for (const { name, path, ready } of [
    { name: 'summary with the case to take elsewhere', path: '/ru/airalo/summary/', ready: '[data-case-card]' },
    { name: 'carrier list with a case preview', path: `/ru/${fragment}`, ready: '[data-case-confirm]' },
  ]) {
    test(`${name}: nothing scrolls sideways, every control at least 44px tall`, async ({ page }) => {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [progressKey('airalo'), JSON.stringify(progress)] as const);
      await page.goto(path);
      await expect(page.locator(ready)).toBeVisible();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      const heights = await page
        .locator('[data-case-share] .button, [data-case-import] .button, [data-case-file], [data-case-link]')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThan(0);
      expect(heights.filter((h) => h < 44)).toEqual([]);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the import, the export and the case reader say they need JavaScript', async ({ page }) => {
    await page.goto('/en/');
    // (Playwright's text matching skips <noscript>, so the notice is found by its class.)
    await expect(page.locator('[data-case-import] noscript .notice')).toHaveText(ui('en', 'caseTransfer.importNoScript'));
    await expect(page.locator('[data-case-file]')).toHaveCount(0);
    await page.goto('/en/airalo/summary/');
    await expect(page.locator('[data-case-share] noscript .notice')).toHaveText(ui('en', 'caseTransfer.noScript'));
    await page.goto('/en/support/');
    await expect(page.locator('[data-case-reader] noscript .notice')).toHaveText(ui('en', 'caseTransfer.readerNoScript'));
    await expect(page.locator('[data-case-text]')).toHaveCount(0);
  });
});
