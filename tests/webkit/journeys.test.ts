/**
 * The core journeys in WebKit (issue 19): WebKitGTK's MiniBrowser driven through WebKitWebDriver, against the
 * built site served as `npm start` serves it. One session, tests in order (the offline test stops the server).
 * Run through `npm run test:webkit` (scripts/webkit.mjs), which finds the driver, MiniBrowser and a display.
 *
 * WebKitWebDriver has no log endpoint and no BiDi, so console errors are caught by a capture this suite installs
 * after each page load (error, unhandledrejection, console.error); an error thrown before that moment is not seen
 * here (the Chromium suite sees those).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Builder, By, until, type WebDriver, type WebElement } from 'selenium-webdriver';

const BASE_PORT = Number(process.env.E2E_PORT ?? 3210) + 2;
const DRIVER_PORT = BASE_PORT + 1;
const BASE = `http://localhost:${BASE_PORT}`;
const WAIT = 15_000;

type Json = Record<string, unknown>;
const readJson = (path: string): Json => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as Json;
function text(tree: Json, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Json | undefined)?.[part], tree);
  if (typeof value !== 'string') throw new Error(`No sentence at ${key}`);
  return value;
}
const EN = readJson('locales/en/ui.json');
const RU = readJson('locales/ru/ui.json');
const RU_LETTERS = readJson('locales/ru/letters.json');
const progressKey = (carrier: string) => `esim-exit:progress:${carrier}`;

let server: ChildProcess | undefined;
let driverProcess: ChildProcess | undefined;
let driver: WebDriver;
const errors: string[] = [];

async function waitForHttp(url: string, what: string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

function startServer() {
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(BASE_PORT)], { stdio: 'ignore' });
  return waitForHttp(`${BASE}/en/`, 'scripts/serve.mjs');
}

/** Keeps what the page reported since the last look, then (re)installs the capture on the current document. */
async function collectErrors() {
  const seen = (await driver.executeScript(`
    const seen = window.__webkitSuiteErrors ?? [];
    if (!window.__webkitSuiteErrors) {
      window.__webkitSuiteErrors = [];
      const keep = (what) => window.__webkitSuiteErrors.push(String(what));
      window.addEventListener('error', (e) => keep(e.message + ' at ' + e.filename + ':' + e.lineno));
      window.addEventListener('unhandledrejection', (e) => keep('unhandled rejection: ' + (e.reason && e.reason.stack || e.reason)));
      const original = console.error.bind(console);
      console.error = (...args) => { keep(args.map(String).join(' ')); original(...args); };
    }
    return seen.splice(0);
  `)) as string[];
  errors.push(...seen.map((e) => `${e} (on ${BASE})`));
}

async function visit(path: string) {
  await collectErrors().catch(() => {});
  await driver.get(`${BASE}${path}`);
  await collectErrors();
}

/** Waits until React has hydrated `selector` (its fiber is on the element), then one frame more. */
async function hydrated(selector: string): Promise<WebElement> {
  await driver.wait(
    async () =>
      driver.executeScript((sel: string) => {
        const element = document.querySelector(sel);
        return element !== null && Object.keys(element).some((k) => k.startsWith('__reactFiber$'));
      }, selector),
    WAIT,
    `${selector} never hydrated`,
  );
  await driver.executeAsyncScript('const done = arguments[arguments.length - 1]; requestAnimationFrame(() => setTimeout(done, 0));');
  return driver.findElement(By.css(selector));
}

/** An attribute that must be there. */
async function attr(element: WebElement, name: string): Promise<string> {
  const value = await element.getAttribute(name);
  if (value === null) throw new Error(`no ${name} attribute`);
  return value;
}

/** The form control labelled exactly `label`. */
async function byLabel(label: string): Promise<WebElement> {
  const element = await driver.wait(until.elementLocated(By.xpath(`//label[normalize-space()=${JSON.stringify(label)}]`)), WAIT);
  const id = await attr(element, 'for');
  return driver.findElement(By.id(id));
}

async function choose(label: string, value: string) {
  const select = await byLabel(label);
  await select.findElement(By.css(`option[value="${value}"]`)).click();
  expect(await attr(select, 'value')).toBe(value);
}

const path = async () => new URL(await driver.getCurrentUrl()).pathname;
const storage = (key: string) => driver.executeScript((k: string) => localStorage.getItem(k), key) as Promise<string | null>;

/** A valid China Mobile ICCID: prefix 898600, Luhn check digit last. */
function chinaMobileIccid() {
  const body = '898600123456789012';
  const luhn = (digits: string) =>
    [...digits].reverse().reduce((sum, d, i) => {
      const n = Number(d) * (i % 2 ? 2 : 1);
      return sum + (n > 9 ? n - 9 : n);
    }, 0) %
      10 ===
    0;
  return body + [...'0123456789'].find((d) => luhn(body + d))!;
}

beforeAll(async () => {
  const webDriver = process.env.WEBKIT_WEBDRIVER;
  const miniBrowser = process.env.WEBKIT_MINIBROWSER;
  if (!webDriver || !miniBrowser) throw new Error('Run the WebKit suite through `npm run test:webkit`, which finds WebKitWebDriver and MiniBrowser.');
  await startServer();
  driverProcess = spawn(webDriver, [`--port=${DRIVER_PORT}`], { stdio: 'ignore' });
  await waitForHttp(`http://127.0.0.1:${DRIVER_PORT}/status`, 'WebKitWebDriver');
  driver = await new Builder()
    .usingServer(`http://127.0.0.1:${DRIVER_PORT}`)
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } })
    .build();
  const caps = await driver.getCapabilities();
  console.log(`WebKit suite: ${caps.get('browserName')} ${caps.get('browserVersion')}`);
  await driver.manage().window().setRect({ width: 412, height: 915 });
});

afterAll(async () => {
  await driver?.quit().catch(() => {});
  driverProcess?.kill();
  server?.kill();
});

describe('WebKit', () => {
  it('a tick on /en/t2/gather-materials/ is saved and survives a reload', async () => {
    await visit('/en/t2/gather-materials/');
    const box = await hydrated('.checklist input[type=checkbox]');
    const id = await attr(box, 'id');
    expect(await box.isSelected()).toBe(false);
    await box.click();
    await driver.wait(async () => (await storage(progressKey('t2')))?.includes(id.replace(/^item-/, '')) ?? false, WAIT, 'the tick was not saved');
    await driver.navigate().refresh();
    await collectErrors();
    await hydrated('.checklist input[type=checkbox]');
    expect(await driver.findElement(By.id(id)).isSelected()).toBe(true);
  });

  it('the letter form opens and writes the T2 letter in Russian', async () => {
    await visit('/en/t2/submit-request/');
    (await hydrated('[data-open-letter]')).click();
    const name = await driver.wait(until.elementLocated(By.id('letter-name')), WAIT);
    await name.sendKeys('Ivan Petrov');
    await driver.findElement(By.id('letter-phone')).sendKeys('+7 912 345-67-89');
    await driver.findElement(By.css('form.letter-form button[type=submit]')).click();
    // Only the letter itself carries the carrier's language: the heading and buttons around it stay in the interface's.
    const russian = await driver.wait(until.elementLocated(By.css('[data-letter="counter"] [data-side="carrier"] [data-letter-body]')), WAIT);
    expect(await russian.getAttribute('lang')).toBe('ru');
    const letter = await russian.getText();
    expect(letter).toContain('+79123456789');
    expect(letter).toContain(text(RU_LETTERS, 'counter.title'));
    expect(await path()).toBe('/en/t2/submit-request/');
  });

  it('identify names China Mobile from an ICCID and leads to its guide', async () => {
    await visit('/en/identify/');
    await hydrated('form');
    const field = await byLabel(text(EN, 'identify.label'));
    await field.sendKeys(chinaMobileIccid());
    await driver.findElement(By.xpath(`//button[normalize-space()=${JSON.stringify(text(EN, 'identify.submit'))}]`)).click();
    const link = await driver.wait(until.elementLocated(By.css('.identify-result[data-kind="iccid"] a[data-carrier="china-mobile"]')), WAIT);
    expect(await link.getText()).toContain('China Mobile');
    await link.click();
    await driver.wait(async () => (await path()) === '/en/china-mobile/', WAIT, 'did not reach the China Mobile guide');
    await collectErrors();
  });

  it('a support link opens T2 stage 2 in Russian with its answers set', async () => {
    await visit('/en/support/');
    await hydrated('[data-share-link]');
    await choose(text(EN, 'support.carrier'), 't2');
    await choose(text(EN, 'support.customerLanguage'), 'ru');
    await choose(text(EN, 'support.stage'), 'gather-materials');
    await choose(text(EN, 'questions.inCountry.legend'), 'no');
    await (await byLabel(text(EN, 'support.reference.label'))).sendKeys('TKT-42');
    const field = await driver.findElement(By.css('[data-share-link]'));
    await driver.wait(async () => (await attr(field, 'value')).endsWith('ref=TKT-42'), WAIT, 'the link was not built');
    const link = await attr(field, 'value');
    expect(link).toMatch(/\/ru\/t2\/gather-materials\/\?v=1&here=no&ref=TKT-42$/);

    await driver.executeScript(() => localStorage.clear());
    await visit(new URL(link).pathname + new URL(link).search);
    await driver.wait(async () => (await path()) === '/ru/t2/gather-materials/', WAIT);
    await driver.wait(until.elementLocated(By.css('[data-shared-link]')), WAIT);
    expect(await driver.findElement(By.css('h1')).getText()).toBe(text(RU, 'stages.gather-materials.name'));
    await driver.wait(async () => new URL(await driver.getCurrentUrl()).search === '', WAIT, 'the answers stayed in the address');
    const saved = JSON.parse((await storage(progressKey('t2'))) ?? '{}') as { answers?: Json; case?: Json };
    expect(saved.answers).toEqual({ inCountry: 'no' });
    expect(saved.case).toEqual({ supportRef: 'TKT-42' });
  });

  it('the service worker registers and takes control', async () => {
    await visit('/ru/t2/');
    const scope = await driver.executeAsyncScript(
      'const done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then((r) => done(r.scope), (e) => done("error: " + e));',
    );
    expect(scope).toBe(`${BASE}/`);
    await driver.navigate().refresh();
    await collectErrors();
    expect(await driver.executeScript(() => navigator.serviceWorker.controller !== null)).toBe(true);
  });

  it('a visited guide reloads with the server gone (the service worker serves it)', async () => {
    const wanted = ['/ru/t2/', '/ru/t2/gather-materials/'];
    await driver.wait(
      async () =>
        driver.executeAsyncScript(
          'const done = arguments[arguments.length - 1]; Promise.all(arguments[0].map((u) => caches.match(u))).then((r) => done(r.every(Boolean)));',
          wanted,
        ),
      20_000,
      'the guide was not cached',
    );
    server?.kill();
    await new Promise((resolve) => server?.once('exit', resolve));
    await expect(fetch(`${BASE}/ru/t2/`)).rejects.toThrow();
    await visit('/ru/t2/gather-materials/');
    expect(await driver.findElement(By.css('h1')).getText()).toBe(text(RU, 'stages.gather-materials.name'));
    await startServer();
  });

  it('the page-error capture this suite relies on sees an error thrown by the page', async () => {
    await driver.executeScript(() =>
      setTimeout(() => {
        throw new Error('webkit-suite-probe');
      }, 0),
    );
    await driver.sleep(200);
    await collectErrors();
    const probe = errors.findIndex((e) => e.includes('webkit-suite-probe'));
    expect(probe).toBeGreaterThanOrEqual(0);
    errors.splice(probe, 1);
  });

  it('no page reported an error', async () => {
    await collectErrors();
    expect(errors).toEqual([]);
  });
});
