/**
 * "Report a problem with this": every rule, verdict and fact links to a prefilled new issue on the tracker set in
 * package.json (this build sets one), naming only the carrier, the item, the page's path and the language.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import packageJson from '../../package.json';
import { FACT_IDS } from '../../lib/engine/terms';
import { carrier, ui, waitForHydration } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const TRACKER = (packageJson as { bugs?: { url?: string } }).bugs?.url;

async function reportLinks(scope: Page | Locator) {
  const links = scope.locator('a.report-link');
  return Promise.all(
    (await links.all()).map(async (a) => ({ href: (await a.getAttribute('href'))!, rel: await a.getAttribute('rel'), text: await a.textContent() })),
  );
}

const prefilled = (href: string) => {
  const url = new URL(href);
  return { where: `${url.origin}${url.pathname}`, title: url.searchParams.get('title')!, body: url.searchParams.get('body')! };
};

test.beforeAll(() => {
  expect(TRACKER, 'package.json "bugs.url" is set for this build').toBeTruthy();
});

test('the verdict and each note of stage 1 have a report link in the page language, also without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/ru/holafly/confirm-online/');
  await expect(page.locator('a.report-link')).toHaveCount((await page.locator('.note').count()) + 1);
  for (const note of await page.locator('.note').all()) {
    const [noteLink] = await reportLinks(note);
    expect(prefilled(noteLink.href).body).toContain(`rule:${await note.getAttribute('data-item')}`);
  }
  const verdictId = await page.locator('.verdict').getAttribute('data-verdict');
  const [link] = await reportLinks(page.locator('.verdict'));
  expect(link.text).toBe(ui('ru', 'report.link'));
  expect(link.rel).toBe('noreferrer');
  const { where, title, body } = prefilled(link.href);
  expect(where).toBe(`${TRACKER}/new`);
  const verdict = carrier('holafly').verdicts.find((v) => body.includes(`verdict:${v.id}`));
  expect(verdict?.verdict).toBe(verdictId);
  expect(title).toContain('Holafly');
  expect(body).toContain('(holafly)');
  expect(body).toContain('/ru/holafly/confirm-online/');
  expect(body).toMatch(/: ru$/m);
  // A plain link: nothing goes to the tracker until it is followed.
  expect(requests.filter((u) => !u.startsWith('http://localhost'))).toEqual([]);
  await context.close();
});

test('each billing fact on the overview has a report link, gaps included', async ({ page }) => {
  await page.goto('/en/vodafone-uk/');
  for (const id of FACT_IDS) {
    const links = await reportLinks(page.locator(`[data-fact="${id}"]`));
    expect(links, id).toHaveLength(1);
    expect(prefilled(links[0].href).title).toBe(`Vodafone UK: problem with fact:${id}`);
  }
});

test('what the traveler answered or typed never reaches a report link', async ({ page }) => {
  const secret = 'CASE-7731-SECRET';
  await page.goto('/ru/t2/gather-materials/?v=1&here=no&plan=subscription&ref=TKT-42');
  await waitForHydration(page, '.checkboxes');
  await page.goto('/ru/t2/track-review/');
  await waitForHydration(page, '.checkboxes');
  const reference = page.getByLabel(ui('ru', 'case.fields.reference.label'), { exact: false });
  await reference.fill(secret);
  await reference.blur();
  await page.reload();
  await waitForHydration(page, '.checkboxes');
  await expect(page.getByLabel(ui('ru', 'case.fields.reference.label'), { exact: false })).toHaveValue(secret);
  for (const path of ['/ru/t2/track-review/', '/ru/t2/gather-materials/?v=1&here=no&plan=subscription&ref=TKT-42']) {
    await page.goto(path);
    await waitForHydration(page, '.checkboxes');
    const links = await reportLinks(page);
    expect(links.length, path).toBeGreaterThan(0);
    for (const { href } of links) {
      const decoded = decodeURIComponent(href);
      for (const personal of [secret, 'TKT-42', 'subscription', 'here=', '?v=1']) expect(decoded, path).not.toContain(personal);
      expect(prefilled(href).body).toContain(`/ru/t2/${path.split('/')[3]}/`);
    }
  }
});
