/**
 * Progress on the device: answers and ticks survive a reload and a new tab; the answers decide the
 * checklist; a corrupt record is reset for its carrier only, with a notice; nothing personal is kept.
 */
import { expect, test, type Page } from '@playwright/test';
import { QUESTIONS, QUESTION_IDS } from '../../lib/engine/questions';
import { LANGUAGE_KEY } from '../../lib/i18n/locales';
import { carrierName } from '../../lib/i18n/names';
import {
  answerQuestions,
  carrier,
  carrierText,
  expectedItems,
  expectPath,
  expectStatuses,
  idsOf,
  JOURNEYS,
  progressKey,
  shownItemIds,
  stageName,
  ui,
  waitForHydration,
  waitForSavedAnswers,
  type FullAnswers,
} from './fixtures';

test.describe.configure({ mode: 'parallel' });

const T2_ABROAD: FullAnswers = { ...JOURNEYS.t2.answers, inCountry: 'no' };

/** Answers stage 1 of T2 in English and saves, landing on gather-materials. */
async function answerT2(page: Page, answers: FullAnswers) {
  await page.goto('/en/t2/confirm-online/');
  await waitForHydration(page, 'form.questions');
  await answerQuestions(page, answers);
  await page.getByRole('button', { name: ui('en', 'questions.submit'), exact: true }).click();
  await expectPath(page, '/en/t2/gather-materials/');
  await waitForSavedAnswers(page, 'en');
}

const readRecord = (page: Page, carrierId: string) => page.evaluate((key) => localStorage.getItem(key), progressKey(carrierId));

test('answers and ticks survive a reload and a new page in the same browser', async ({ page, context }) => {
  await answerT2(page, JOURNEYS.t2.answers);
  const idDocument = page.locator('#item-id-document');
  const balance = page.locator('#item-balance-destination');
  const tasks = expectedItems(carrier('t2'), 'gather-materials', JOURNEYS.t2.answers).filter((i) => i.kind === 'task');
  const leftAfterOne = ui('en', 'checklist.tasksLeft_other', { count: tasks.length - 1 });
  await idDocument.check();
  await expect(page.locator('.checklist__left')).toHaveText(leftAfterOne);

  await page.reload();
  await expect(idDocument).toBeChecked();
  await expect(balance).not.toBeChecked();
  await expect(page.locator('.checklist__left')).toHaveText(leftAfterOne);

  // Stage 1 shows the saved answers again, and the overview knows stage 1 is done.
  await page.goto('/en/t2/confirm-online/');
  for (const [q, value] of Object.entries(JOURNEYS.t2.answers)) await expect(page.locator(`#question-${q}-${value}`)).toBeChecked();
  await expect(page.locator('.verdict__basis')).toHaveText(ui('en', 'verdict.yourAnswers'));

  const second = await context.newPage();
  await second.goto('/en/t2/gather-materials/');
  await expect(second.locator('#item-id-document')).toBeChecked();
  await expect(second.locator('#item-balance-destination')).not.toBeChecked();
  await second.goto('/en/t2/');
  await expectStatuses(second, {
    'confirm-online': 'done',
    'gather-materials': 'in-progress',
    'submit-request': 'not-started',
    'track-review': 'cannot-start-yet',
  });
  // Unticking is saved too.
  await second.goto('/en/t2/gather-materials/');
  await second.locator('#item-id-document').uncheck();
  await expect(second.locator('#item-id-document')).not.toBeChecked();
  await page.goto('/en/t2/gather-materials/');
  await waitForSavedAnswers(page, 'en');
  await expect(idDocument).not.toBeChecked();
});

test('T2 answers change the checklist: abroad needs a power of attorney instead of the ID document', async ({ page }) => {
  const t2 = carrier('t2');
  await answerT2(page, T2_ABROAD);
  expect(await shownItemIds(page)).toEqual(idsOf(expectedItems(t2, 'gather-materials', T2_ABROAD)));
  await expect(page.locator('[data-item="power-of-attorney"]')).toContainText(carrierText('en', 't2.powerOfAttorney'));
  await expect(page.locator('[data-item="id-document"]')).toHaveCount(0);
  await page.goto('/en/t2/submit-request/');
  await waitForSavedAnswers(page, 'en');
  await expect(page.locator('[data-item="representative-visit"]')).toBeVisible();
  await expect(page.locator('[data-item="store-visit"]')).toHaveCount(0);

  // Back in stage 1: the verdict follows the answers at once; "yes" brings the ID document back.
  await page.goto('/en/t2/confirm-online/');
  await expect(page.locator('#question-inCountry-no')).toBeChecked();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'proxy');
  await page.locator('#question-inCountry-yes').check();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'in-person');
  await page.getByRole('button', { name: ui('en', 'questions.submit'), exact: true }).click();
  await expectPath(page, '/en/t2/gather-materials/');
  await waitForSavedAnswers(page, 'en');
  await expect(page.locator('[data-item="id-document"]')).toBeVisible();
  await expect(page.locator('[data-item="power-of-attorney"]')).toHaveCount(0);
});

test('the overview names the next thing to do, in the page language', async ({ page }) => {
  const t2 = carrier('t2');
  await answerT2(page, JOURNEYS.t2.answers);
  const [first, second] = expectedItems(t2, 'gather-materials', JOURNEYS.t2.answers).filter((i) => i.kind === 'task');
  await page.locator(`#item-${first.id}`).check();
  await page.goto('/zh-CN/t2/');
  await expectStatuses(page, { 'confirm-online': 'done', 'gather-materials': 'in-progress' });
  const action = page.locator('.next-step__action');
  await expect(action).toHaveAttribute('data-next-action', second.id);
  await expect(action).toHaveText(`${ui('zh-CN', 'overview.nextAction')} ${carrierText('zh-CN', second.text)}`);
  await expect(page.locator('.next-step .button')).toHaveText(ui('zh-CN', 'overview.continueWith', { stage: stageName('zh-CN', 'gather-materials') }));
});

test('changing an answer after saving puts stage 1 back in progress until saved again', async ({ page }) => {
  await answerT2(page, JOURNEYS.t2.answers);
  await page.goto('/en/t2/confirm-online/');
  await expect(page.locator('#question-hasNumber-yes')).toBeChecked();
  await page.locator('#question-hasNumber-no').check();
  await page.goto('/en/t2/');
  await expectStatuses(page, { 'confirm-online': 'in-progress', 'gather-materials': 'cannot-start-yet', 'submit-request': 'cannot-start-yet' });
  // A stage that cannot start yet is not a link.
  await expect(page.locator('li[data-stage="gather-materials"] a')).toHaveCount(0);
  await expect(page.locator('.next-step .button')).toHaveAttribute('href', '/en/t2/confirm-online/');
});

test('a corrupt T2 record is reset with a notice in the page language; the Airalo record stays', async ({ page }) => {
  const airaloRecord = JSON.stringify({
    version: 1,
    answers: JOURNEYS.airalo.answers,
    answersConfirmed: true,
    ticks: ['account-and-order'],
    updatedAt: '2026-01-02T03:04:05.000Z',
  });
  await page.goto('/ru/');
  await page.evaluate(
    ([t2Key, airaloKey, airalo]) => {
      localStorage.setItem(t2Key, '{"version":1,"answers":');
      localStorage.setItem(airaloKey, airalo);
    },
    [progressKey('t2'), progressKey('airalo'), airaloRecord],
  );

  await page.goto('/ru/t2/gather-materials/');
  const notice = page.locator('main').getByRole('alert');
  await expect(notice).toHaveText(ui('ru', 'progress.corrupt', { carrier: carrierName(carrier('t2'), 'ru') }));
  await expect.poll(() => readRecord(page, 't2')).toBeNull();
  expect(await readRecord(page, 'airalo')).toBe(airaloRecord);
  // The reset record is the defaults: nothing ticked.
  await expect(page.locator('.checklist__basis')).toHaveText(ui('ru', 'checklist.defaultAnswers'));
  for (const box of await page.locator('.checkboxes__input').all()) await expect(box).not.toBeChecked();

  // Airalo's progress is intact and shows no notice.
  await page.goto('/ru/airalo/gather-materials/');
  await expect(page.locator('#item-account-and-order')).toBeChecked();
  await expect(page.locator('main').getByRole('alert')).toHaveCount(0);
  await page.goto('/ru/airalo/');
  await expectStatuses(page, { 'confirm-online': 'done', 'gather-materials': 'in-progress' });
});

test('records that claim this version but break its schema are reset too, a copy kept under the backup key', async ({ page }) => {
  const valid = { version: 1, answers: {}, answersConfirmed: false, ticks: [], updatedAt: '2026-01-02T03:04:05.000Z' };
  const broken: Record<string, unknown>[] = [
    { ...valid, answers: { inCountry: 'maybe' } },
    { ...valid, ticks: ['<script>'] },
    { ...valid, updatedAt: 'yesterday' },
  ];
  for (const record of broken) {
    await page.goto('/en/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [progressKey('t2'), JSON.stringify(record)]);
    await page.goto('/en/t2/');
    await expect(page.locator('main').getByRole('alert'), JSON.stringify(record)).toHaveText(
      ui('en', 'progress.corrupt', { carrier: carrierName(carrier('t2'), 'en') }),
    );
    await expect.poll(() => readRecord(page, 't2')).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('esim-exit:progress-backup:t2'))).toBe(JSON.stringify(record));
  }
});

test('a record written by a newer version is kept: the page says so, and ticking here never overwrites it', async ({ page }) => {
  const valid = { version: 1, answers: {}, answersConfirmed: false, ticks: [], updatedAt: '2026-01-02T03:04:05.000Z' };
  const newer: Record<string, unknown>[] = [
    { ...valid, version: 2, reminders: [] },
    { ...valid, notes: 'a field this version does not know' },
  ];
  await page.goto('/en/');
  for (const record of newer) {
    const raw = JSON.stringify(record);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [progressKey('t2'), raw]);
    await page.goto('/en/t2/gather-materials/');
    await expect(page.locator('main').getByRole('alert').first(), raw).toHaveText(ui('en', 'progress.newer', { carrier: carrierName(carrier('t2'), 'en') }));
    await page.locator('.checkboxes__input').first().check();
    await page.reload();
    await expect(page.locator('main').getByRole('alert').first()).toHaveText(ui('en', 'progress.newer', { carrier: carrierName(carrier('t2'), 'en') }));
    expect(await readRecord(page, 't2')).toBe(raw);
  }
});

test('when the browser refuses to save, the page says so instead of losing ticks silently', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/en/airalo/gather-materials/');
  await waitForHydration(page, '.checklist');
  await expect(page.locator('main').getByRole('alert')).toHaveCount(0);
  await page.locator('#item-account-and-order').check();
  await expect(page.locator('main').getByRole('alert')).toHaveText(ui('en', 'progress.unavailable'));
  await expect(page.locator('#item-account-and-order')).toBeChecked();
});

test('nothing personal is stored: one record per carrier with only answers, ticks and a time, and the language', async ({ page, context }) => {
  await answerT2(page, JOURNEYS.t2.answers);
  await page.locator('#item-id-document').check();
  await expect(page.locator('#item-id-document')).toBeChecked();
  expect(new URL(page.url()).search).toBe('');

  const stored = await page.evaluate(async () => ({
    local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((d) => d.name),
    // The service worker caches the site's own public pages and scripts for offline use: list what it holds.
    cached:
      'caches' in window
        ? (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)))).flat()
        : [],
    cookie: document.cookie,
  }));
  // One record for the carrier, and the language last used (for the language choice at /).
  expect(Object.keys(stored.local).sort()).toEqual([LANGUAGE_KEY, progressKey('t2')].sort());
  expect(stored.local[LANGUAGE_KEY]).toBe('en');
  expect(stored.session).toEqual([]);
  // The only database is the service worker's cache-expiry index (Serwist's ExpirationPlugin: the cached pages' URLs and times,
  // which carry no query, checked below); nothing of the traveler's.
  expect(stored.databases.filter((name) => name !== 'serwist-expiration')).toEqual([]);
  // Only pages and files of this site, never a query (so never a typed value).
  for (const url of stored.cached) {
    expect(new URL(url).origin).toBe(new URL(page.url()).origin);
    expect(new URL(url).search.replace(/^\?__WB_REVISION__=[\w-]+$/, '')).toBe('');
  }
  expect(stored.cookie).toBe('');
  expect(await context.cookies()).toEqual([]);

  const record = JSON.parse(stored.local[progressKey('t2')] ?? 'null');
  expect(Object.keys(record).sort()).toEqual(['answers', 'answersConfirmed', 'ticks', 'updatedAt', 'version']);
  expect(record.version).toBe(1);
  expect(record.answersConfirmed).toBe(true);
  expect(record.answers).toEqual(JOURNEYS.t2.answers);
  for (const q of Object.keys(record.answers)) expect(QUESTION_IDS).toContain(q);
  for (const [q, value] of Object.entries(record.answers)) expect(QUESTIONS[q as keyof typeof QUESTIONS]).toContain(value);
  expect(record.ticks).toEqual(['id-document']);
  expect(record.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
});

test('the carrier list offers the cancellations started on this phone, newest first; one can be removed and brought back', async ({ page }) => {
  const record = (updatedAt: string, ticks: string[] = []) =>
    JSON.stringify({ version: 1, answers: JOURNEYS.t2.answers, answersConfirmed: true, ticks, updatedAt });
  const t2Record = record('2026-11-24T10:00:00.000Z', ['id-document']);
  await page.goto('/ru/');
  await expect(page.locator('[data-saved-cases]')).toHaveCount(0);
  await page.evaluate(
    (records) => {
      for (const [key, value] of records) localStorage.setItem(key, value);
    },
    [
      [progressKey('airalo'), record('2026-11-20T10:00:00.000Z')],
      [progressKey('t2'), t2Record],
      // Untouched: nothing to continue. Corrupt: left for MTS's own page to report and reset.
      [progressKey('holafly'), JSON.stringify({ version: 1, answers: {}, answersConfirmed: false, ticks: [], updatedAt: '2026-11-25T10:00:00.000Z' })],
      [progressKey('mts'), '{"version":1,'],
    ],
  );
  await page.reload();

  const saved = page.locator('[data-saved-cases]');
  await expect(saved.getByRole('heading', { level: 2 })).toHaveText(ui('ru', 'savedCases.heading'));
  await expect(saved.locator('li a')).toHaveText([carrierName(carrier('t2'), 'ru'), carrierName(carrier('airalo'), 'ru')]);
  const t2Saved = await page.evaluate(() => new Intl.DateTimeFormat('ru', { dateStyle: 'long' }).format(new Date('2026-11-24T10:00:00.000Z')));
  await expect(saved.locator('li').first()).toContainText(ui('ru', 'savedCases.lastSaved', { date: t2Saved }));
  expect(await readRecord(page, 'mts')).toBe('{"version":1,');

  // Removing asks nothing, but says what happened, takes focus, and can be undone.
  const t2Name = carrierName(carrier('t2'), 'ru');
  await saved.getByRole('button', { name: ui('ru', 'savedCases.remove', { carrier: t2Name }) }).click();
  const notice = saved.locator('[data-removed-notice]');
  await expect(notice).toBeFocused();
  await expect(notice).toContainText(ui('ru', 'savedCases.removed', { carrier: t2Name }));
  await expect(saved.locator('li a')).toHaveText([carrierName(carrier('airalo'), 'ru')]);
  expect(await readRecord(page, 't2')).toBeNull();
  await notice.getByRole('button', { name: ui('ru', 'savedCases.undo') }).click();
  await expect(notice).toHaveCount(0);
  await expect(saved.locator('li a')).toHaveText([t2Name, carrierName(carrier('airalo'), 'ru')]);
  expect(await readRecord(page, 't2')).toBe(t2Record);

  // The link continues where the traveler left off.
  await saved.getByRole('link', { name: t2Name }).click();
  await expectPath(page, '/ru/t2/');
  await expectStatuses(page, { 'confirm-online': 'done', 'gather-materials': 'in-progress' });
});
