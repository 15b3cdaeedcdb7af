/**
 * Shared helpers for the e2e tests: the locale files (so tests prove which language is shown),
 * the engine (so tests know which items a page must show), and the few steps several specs repeat.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { CARRIERS } from '../../lib/carriers';
import { carrierName } from '../../lib/i18n/names';
import { effectiveAnswers, emptyProgress, evaluate, type ChecklistItem } from '../../lib/engine/evaluate';
import { QUESTION_IDS, type AnswerValue, type Answers, type QuestionId } from '../../lib/engine/questions';
import type { Carrier, Verdict } from '../../lib/engine/schema';
import { nextStage, type Stage } from '../../lib/engine/stages';
import { isolateValues } from '../../lib/i18n/bidi';
import { textDirection, type Locale } from '../../lib/i18n/locales';
import { plainText } from '../../lib/i18n/phrases';
import { RESOURCES } from '../../lib/i18n/server';

// Every language's files as the site reads them (lib/i18n/server.ts), so a new language is tested without a line here.
const UI: Partial<Record<Locale, unknown>> = Object.fromEntries(Object.entries(RESOURCES).map(([locale, files]) => [locale, files.ui]));
const CARRIER_TEXTS: Partial<Record<Locale, unknown>> = Object.fromEntries(Object.entries(RESOURCES).map(([locale, files]) => [locale, files.carriers]));

/** The progress record's localStorage key for a carrier. */
export const progressKey = (carrierId: string) => `esim-exit:progress:${carrierId}`;

function lookup(tree: unknown, key: string, file: string): string {
  let node = tree;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  // No fallback to en: a missing sentence must fail the test, not be "proved" by the English one.
  if (typeof node !== 'string') throw new Error(`${file}: no sentence at "${key}"`);
  return node;
}

/** Fills {{placeholders}} as lib/i18n/server.ts does: in a right-to-left language each inserted value is isolated (lib/i18n/bidi.ts). */
function interpolate(text: string, values: Record<string, string | number>, locale: Locale): string {
  const inserted = textDirection(locale) === 'rtl' ? isolateValues(values) : values;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in inserted ? String(inserted[name]) : whole));
}

/** A sentence of locales/<locale>/ui.json, with {{placeholders}} filled in. */
export function ui(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  return interpolate(lookup(UI[locale], key, `locales/${locale}/ui.json`), values, locale);
}

/**
 * A sentence of locales/<locale>/carriers.json as the page shows it: foreign-phrase tags become <span lang> (so the text
 * is plain) and {{placeholders}} (a right's {{carrier}}) are filled in, e.g. carrierText('ru', 't2.idDocument').
 */
export function carrierText(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  return interpolate(plainText(lookup(CARRIER_TEXTS[locale], key, `locales/${locale}/carriers.json`)), values, locale);
}

export const stageName = (locale: Locale, stage: Stage) => ui(locale, `stages.${stage}.name`);

export function carrier(id: string): Carrier {
  const found = CARRIERS.find((c) => c.id === id);
  if (!found) throw new Error(`no carrier "${id}"`);
  return found;
}

/** The items the engine shows on `stage` for these answers (the carrier's defaults when none are given). */
export function expectedItems(c: Carrier, stage: Stage, answers: Answers = {}): ChecklistItem[] {
  const progress = { ...emptyProgress(), answers };
  const result = evaluate(c, effectiveAnswers(c, progress), progress).stages.find((s) => s.stage === stage);
  if (!result) throw new Error(`no stage ${stage}`);
  return result.items;
}

export type FullAnswers = { [Q in QuestionId]: AnswerValue<Q> };

/** The answers each journey gives in stage 1, and the verdict they must lead to. */
export const JOURNEYS = {
  airalo: {
    answers: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
    verdict: 'online',
  },
  t2: {
    answers: { boughtFrom: 'carrier-store', planType: 'pay-as-you-go', payment: 'balance', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
    verdict: 'in-person',
  },
} satisfies Record<string, { answers: FullAnswers; verdict: Verdict['verdict'] }>;

export type JourneyCarrier = keyof typeof JOURNEYS;

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Records every request of the browser context (pages and the service worker): URL, body and headers,
 * to prove that something typed is in none of them.
 */
export function recordTraffic(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (r) => seen.push(`${r.url()} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`));
  return seen;
}

/**
 * Fails when any recorded request (URL, body or headers, Referer included) carries one of `secrets`: used for
 * what must stay in the browser, like an exported case (its #fragment and the data in it) or a pasted case card.
 */
export function expectNeverSent(traffic: string[], secrets: string[]) {
  expect(traffic.length, 'the recorder saw the page load').toBeGreaterThan(0);
  for (const secret of secrets) {
    const carriers = traffic.filter((request) => request.includes(secret) || request.includes(encodeURIComponent(secret)));
    expect(carriers, `requests carrying "${secret.slice(0, 40)}"`).toEqual([]);
  }
}

/** Every URL held in the origin's caches (Cache Storage), as the service worker stored them. */
export async function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });
}

/** Cached URLs with a query, leaving out the precache's own revision marker (?__WB_REVISION__=<hash>, Serwist's). */
export const withQuery = (urls: string[]) => urls.filter((url) => url.includes('?') && !/\?__WB_REVISION__=[0-9a-f]+$/.test(url));

/** Types an ISO date into a GOV.UK date input (day, month and year fields) whose fieldset has the id `id`, then leaves it. */
export async function fillDate(page: Page, id: string, iso: string) {
  const [year, month, day] = iso.split('-');
  await page.locator(`#${id}-day`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year);
  await page.locator(`#${id}-year`).blur();
}

/** The path of the page's current URL. */
export const pathOf = (page: Page) => new URL(page.url()).pathname;

export async function expectPath(page: Page, path: string) {
  await expect.poll(() => pathOf(page), { message: `URL path should become ${path}` }).toBe(path);
}

/**
 * Waits until React has hydrated `selector` (it carries React's fiber key); clicking a form before
 * that would submit it the no-JavaScript way. Then yields one frame and one task, so the effects of
 * the hydration commit (reading localStorage) have run and cannot overwrite the test's first answer.
 */
export async function waitForHydration(page: Page, selector: string) {
  await page.waitForFunction((sel) => {
    const element = document.querySelector(sel);
    return element !== null && Object.keys(element).some((k) => k.startsWith('__reactFiber$'));
  }, selector);
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/**
 * Waits until a checklist shows the saved answers of stage 1, i.e. the page has hydrated and read
 * localStorage (the checklist first renders the defaults, then reads storage in an effect).
 */
export async function waitForSavedAnswers(page: Page, locale: Locale) {
  await expect(page.locator('.checklist__basis')).toHaveText(ui(locale, 'checklist.yourAnswers'));
}

/** Answers every stage-1 question by checking its radio. */
export async function answerQuestions(page: Page, answers: Partial<FullAnswers>) {
  for (const [question, value] of Object.entries(answers)) {
    await page.locator(`#question-${question}-${value}`).check();
  }
}

/** Ticks every task of the stage shown and checks that each tick holds. */
export async function tickAllTasks(page: Page) {
  const boxes = page.locator('li.checkboxes__item[data-item] input[type=checkbox]');
  const count = await boxes.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
  for (let i = 0; i < count; i++) await expect(boxes.nth(i)).toBeChecked();
}

/** The data-item ids shown, sorted. */
export async function shownItemIds(page: Page, selector = '[data-item]'): Promise<string[]> {
  const ids = await page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-item') ?? ''));
  return ids.sort();
}

export const idsOf = (items: ChecklistItem[]) => items.map((i) => i.id).sort();

export async function expectStatuses(page: Page, statuses: Partial<Record<Stage, string>>) {
  for (const [stage, status] of Object.entries(statuses)) {
    await expect(page.locator(`li.task-list__item[data-stage="${stage}"]`)).toHaveAttribute('data-status', status);
  }
}

/**
 * The whole journey through the UI: carrier list → overview → stage 1 (empty submit, then the
 * journey's answers) → stages 2–5 (tick everything, "next") → overview with every stage done.
 * `onStage` runs on each checklist page before its tasks are ticked.
 */
export async function runJourney(page: Page, locale: Locale, carrierId: JourneyCarrier, onStage?: (stage: Stage) => Promise<void>) {
  const c = carrier(carrierId);
  const name = carrierName(c, locale);
  const { answers, verdict } = JOURNEYS[carrierId];
  const base = `/${locale}/${carrierId}/`;
  const h1 = page.locator('h1');

  await page.goto(`/${locale}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(h1).toHaveText(ui(locale, 'home.title'));
  await page.getByRole('link', { name, exact: true }).click();

  await expectPath(page, base);
  await expect(h1).toHaveText(ui(locale, 'overview.title', { carrier: name }));
  await expectStatuses(page, {
    'confirm-online': 'not-started',
    'gather-materials': 'cannot-start-yet',
    'submit-request': 'cannot-start-yet',
    'track-review': 'cannot-start-yet',
    'check-charges': 'cannot-start-yet',
  });
  const continueButton = page.locator('.next-step .button');
  await expect(continueButton).toHaveText(ui(locale, 'overview.continueWith', { stage: stageName(locale, 'confirm-online') }));
  await continueButton.click();

  // Stage 1: an empty submit shows the error summary; the answers then give the verdict.
  await expectPath(page, `${base}confirm-online/`);
  await expect(h1).toHaveText(stageName(locale, 'confirm-online'));
  await waitForHydration(page, 'form.questions');
  const submit = page.getByRole('button', { name: ui(locale, 'questions.submit'), exact: true });
  await submit.click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  // No role=alert on a summary that takes focus (GOV.UK Frontend v4.4.0): it would be read twice.
  await expect(summary).not.toHaveAttribute('role', 'alert');
  await expect(summary.locator('.error-summary__title')).toHaveText(ui(locale, 'errors.summaryTitle'));
  const problems = summary.locator('li a');
  await expect(problems).toHaveCount(QUESTION_IDS.length);
  for (const [i, q] of QUESTION_IDS.entries()) {
    await expect(problems.nth(i)).toHaveText(ui(locale, `questions.${q}.error`));
    await expect(problems.nth(i)).toHaveAttribute('href', `#question-${q}`);
  }
  expect(pathOf(page)).toBe(`${base}confirm-online/`);
  // GOV.UK: the page title starts with "Error:" while there are errors.
  const errorPrefix = `${ui(locale, 'errors.prefix')} `;
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(errorPrefix)}${escapeRegExp(stageName(locale, 'confirm-online'))}`));

  await answerQuestions(page, answers);
  await expect(summary).toHaveCount(0);
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(stageName(locale, 'confirm-online'))}`));
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', verdict);
  await expect(page.locator('.verdict__heading')).toContainText(ui(locale, `verdict.kinds.${verdict}`));
  await submit.click();

  // Stages 2–5: the checklist for these answers, in this language; tick everything and go on.
  for (let stage: Stage | null = 'gather-materials'; stage; stage = nextStage(stage)) {
    await expectPath(page, `${base}${stage}/`);
    await expect(h1).toHaveText(stageName(locale, stage));
    await waitForSavedAnswers(page, locale);
    const items = expectedItems(c, stage, answers);
    expect(await shownItemIds(page)).toEqual(idsOf(items));
    for (const item of items) {
      await expect(page.locator(`[data-item="${item.id}"]`)).toContainText(carrierText(locale, item.text));
    }
    if (onStage) await onStage(stage);
    if (stage === 'track-review') {
      // The carrier confirmed: that completes the stage and unlocks removing the eSIM in the last one (issue 15);
      // where the refund needs the eSIM kept (Airalo), the refund is recorded too.
      await waitForHydration(page, '#reply-confirmed');
      await page.getByLabel(ui(locale, 'replies.options.confirmed'), { exact: true }).check();
      if (c.refundNeedsEsim) await page.locator('#case-refundedOn').fill('2026-12-01');
    }
    await tickAllTasks(page);
    await expect(page.locator('.checklist__left')).toHaveText(ui(locale, 'checklist.allTicked'));
    const next = nextStage(stage);
    if (next) {
      const nextButton = page.locator('.stage-nav a.button');
      await expect(nextButton).toHaveText(ui(locale, 'nav.nextStage', { stage: stageName(locale, next) }));
      await nextButton.click();
    }
  }

  await page.locator('.stage-nav__overview').click();
  await expectPath(page, base);
  await expectStatuses(page, {
    'confirm-online': 'done',
    'gather-materials': 'done',
    'submit-request': 'done',
    'track-review': 'done',
    'check-charges': 'done',
  });
  for (const tag of await page.locator('.task-list__status').all()) await expect(tag).toHaveText(ui(locale, 'status.done'));
  await expect(page.locator('.next-step')).toHaveText(ui(locale, 'overview.allDone'));
}

/** "N things left to do" in the plural form `locale` uses for `count` (as the app picks it). */
export function tasksLeft(locale: Locale, count: number): string {
  const form = new Intl.PluralRules(locale).select(count);
  let text: string;
  try {
    text = ui(locale, `checklist.tasksLeft_${form}`);
  } catch {
    text = ui(locale, 'checklist.tasksLeft_other');
  }
  return interpolate(text, { count }, locale);
}

/**
 * The languages the whole journeys run in: a sample, not all ten, to keep the suite within CI's time. The source, the
 * seed case's Chinese, Russian (four plural forms), Arabic (right to left, six plural forms). routes.spec opens every
 * page type in every language.
 */
export const SAMPLE_LOCALES = ['en', 'zh-CN', 'ru', 'ar'] as const;

/**
 * A smaller sample for the stage-by-stage pages without JavaScript (ten pages per language): the source, Chinese and
 * Arabic (right to left). Russian pages are walked by the whole journeys above.
 */
export const NO_SCRIPT_LOCALES = ['en', 'zh-CN', 'ar'] as const;
