/**
 * What the traveler walks away with: the Russian letter for T2 written from a Chinese UI, the calendar
 * of deadlines, the dispute kit, the case summary — and proof that the personal fields go nowhere.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import enLetters from '../../locales/en/letters.json';
import ruLetters from '../../locales/ru/letters.json';
import zhLetters from '../../locales/zh-CN/letters.json';
import { fillDate, progressKey, ui } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const PHONE_TYPED = '+7 912 345-67-89';
const PHONE_E164 = '+79123456789';
const EMAIL = 'ivan.petrov@example.com';
const NAME = 'Ivan Petrov';

/** Every request the page makes, with its body, and what it stores: to prove the personal fields are in neither. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(`${r.url()} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`));
  return seen;
}

async function storage(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
}

test('a T2 letter filled in a Chinese UI comes out in Russian with the number, the Chinese beside it; nothing personal leaves the page', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/zh-CN/t2/submit-request/');
  await page.locator('[data-open-letter]').click();
  await page.locator('#letter-name').fill(NAME);
  await page.locator('#letter-phone').fill(PHONE_TYPED);
  await page.locator('#letter-bankDetails').fill('40817810099910004312');
  await page.locator('form.letter-form button[type=submit]').click();
  const russian = page.locator('[data-letter="counter"] [data-side="carrier"]');
  // Only the letter's text is in Russian; its heading and buttons are in the page's language (assistive.spec.ts).
  await expect(russian.locator('[data-letter-body]')).toHaveAttribute('lang', 'ru');
  await expect(russian).toContainText(PHONE_E164);
  await expect(russian).toContainText(ruLetters.counter.title);
  await expect(page.locator('[data-letter="counter"] [data-side="user"]')).toContainText(zhLetters.counter.title);
  expect(requests.filter((r) => r.includes(PHONE_E164) || r.includes('912') || r.includes(NAME))).toEqual([]);
  expect(await storage(page)).not.toMatch(/79123456789|912 345|Ivan/);
  expect(page.url()).not.toContain('912');
});

test('the form shows GOV.UK errors: a summary that takes focus and a message by each field', async ({ page }) => {
  await page.goto('/en/holafly/submit-request/');
  await page.locator('[data-open-letter]').click();
  await page.locator('#letter-email').fill('not-an-email');
  await page.locator('form.letter-form button[type=submit]').click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(enLetters.ui.errors.nameRequired);
  await expect(summary).toContainText(enLetters.ui.errors.emailInvalid);
  await expect(page.locator('#letter-email-error')).toContainText(enLetters.ui.errors.emailInvalid);
});

test('an email letter for Holafly: mailto link to the official address; the email typed is never stored or requested', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/en/holafly/submit-request/');
  await page.locator('[data-open-letter]').click();
  await page.locator('#letter-name').fill(NAME);
  await page.locator('#letter-email').fill(EMAIL);
  await page.locator('#letter-order').fill('HF-12345');
  await page.locator('form.letter-form button[type=submit]').click();
  const letter = page.locator('[data-letter="cancellation"] [data-side="carrier"]');
  await expect(letter).toContainText(EMAIL);
  const mailto = await letter.getByRole('link', { name: enLetters.ui.email }).getAttribute('href');
  expect(mailto).toMatch(/^mailto:help@holafly\.com\?subject=/);
  expect(requests.filter((r) => r.includes(EMAIL) || r.includes(encodeURIComponent(EMAIL)))).toEqual([]);
  expect(await storage(page)).not.toContain(EMAIL);
});

test('dates give deadlines and a calendar file that parses back; the reference is kept, the dispute deadline is 120 days on', async ({ page }) => {
  await page.goto('/en/airalo/track-review/');
  await fillDate(page, 'case-purchasedOn', '2026-11-01');
  await fillDate(page, 'case-submittedOn', '2026-01-31');
  await page.locator('#case-reference').fill('SR-2026-001');
  await page.locator('#case-reference').blur();
  await expect(page.locator('[data-deadline="refund-window-closes"] time')).toHaveAttribute('datetime', '2026-11-15');
  await expect(page.locator('[data-deadline="statement-1"] time')).toHaveAttribute('datetime', '2026-02-28');
  await expect(page.locator('[data-deadline="answer-expected"] time')).toHaveAttribute('datetime', '2026-02-13');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download-calendar]').click()]);
  const ics = readFileSync((await download.path())!, 'utf8');
  const events = ics.split('BEGIN:VEVENT').slice(1);
  expect(events.length).toBe(await page.locator('[data-deadline]').count());
  expect(ics).toMatch(/DTSTART;VALUE=DATE:20261115/);
  expect(ics).toMatch(/DTSTART;VALUE=DATE:20260228/);
  expect(events.every((e) => e.includes('BEGIN:VALARM'))).toBe(true);
  expect(ics).toContain(ui('en', 'case.deadlines.refund-window-closes'));

  await page.goto('/en/airalo/check-charges/');
  await fillDate(page, 'case-chargedOn', '2026-11-25');
  await expect(page.locator('[data-deadline="dispute-deadline"] time')).toHaveAttribute('datetime', '2027-03-25');
  await page.locator('[data-open-letter]').click();
  await expect(page.locator('#letter-cancelledOn')).toHaveValue('2026-01-31');
  await expect(page.locator('#letter-reference')).toHaveValue('SR-2026-001');
  await page.locator('#letter-name').fill(NAME);
  await page.locator('#letter-amount').fill('US$9.90');
  await page.locator('form.letter-form button[type=submit]').click();
  await expect(page.locator('[data-letter="dispute"] [data-side="carrier"]')).toContainText('4841');

  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), progressKey('airalo')))!);
  expect(saved.case).toEqual({ purchasedOn: '2026-11-01', submittedOn: '2026-01-31', reference: 'SR-2026-001', chargedOn: '2026-11-25' });
  expect(JSON.stringify(saved)).not.toContain(NAME);

  await page.goto('/en/airalo/summary/');
  await expect(page.locator('[data-case="reference"]')).toContainText('SR-2026-001');
  await expect(page.locator('[data-deadline="dispute-deadline"]')).toBeVisible();
  await expect(page.locator('[data-letter="cancellation"]')).toContainText('____________');
});

test('axe finds no violations in the letter form with errors, the letters, the tracker and the case summary', async ({ page }) => {
  // Four full axe runs on four pages: more than the default budget on a shared two-core CI machine.
  test.setTimeout(120_000);
  const axe = async () => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await page.goto('/ru/t2/submit-request/');
  await page.locator('[data-open-letter]').click();
  await page.locator('form.letter-form button[type=submit]').click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await axe();
  await page.locator('#letter-name').fill(NAME);
  await page.locator('#letter-phone').fill(PHONE_TYPED);
  await page.locator('form.letter-form button[type=submit]').click();
  await expect(page.locator('[data-letter="counter"]')).toBeVisible();
  await axe();
  await page.goto('/zh-CN/holafly/track-review/');
  await fillDate(page, 'case-submittedOn', '2026-11-20');
  await expect(page.locator('[data-deadline="answer-expected"]')).toBeVisible();
  await axe();
  await page.goto('/en/t2/summary/');
  await expect(page.locator('[data-answer]').first()).toBeVisible();
  await axe();
});
