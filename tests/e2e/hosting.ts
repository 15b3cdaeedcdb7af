/**
 * What any host of the build must send, checked the same way against `npm start` (hosting.spec.ts) and a real
 * nginx with the generated configuration (nginx.spec.ts): security headers on every response (304s and 404s too),
 * each page's CSP at every address it can be reached by, caching, Vary, content types.
 */
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { OPEN_DATA } from '../../lib/routes';

/** One page of each kind, the language choice, and a page in a folder without its slash. */
export const PAGES = ['/', '/en/', '/ru/t2/', '/ru/t2/check-charges/', '/en/identify/', '/zh-CN/support/'];

export function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['permissions-policy'], what).toMatch(/camera=\(\)/);
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
}

/** The page's CSP header must be the policy of its <meta> tag plus frame-ancestors, hashes and all. */
export function expectPageCsp(response: APIResponse, html: string, what: string) {
  const csp = response.headers()['content-security-policy'] ?? '';
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  expect(meta, `${what}: no CSP <meta> tag`).toBeDefined();
  expect(csp, what).toBe(`${meta}; frame-ancestors 'none'`);
}

export async function checkHost(request: APIRequestContext) {
  for (const path of PAGES) {
    const response = await request.get(path, { maxRedirects: 0, headers: { 'accept-encoding': 'identity' } });
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response, path);
    const html = await response.text();
    expectPageCsp(response, html, path);
    expect(response.headers()['content-type'], path).toMatch(/^text\/html/);
    expect(response.headers()['cache-control'], path).toMatch(/no-cache/);
    expect(response.headers()['vary'] ?? '', path).toMatch(/accept-encoding/i);

    // A revalidation answered 304 carries the same headers.
    const etag = response.headers()['etag'];
    if (etag) {
      const again = await request.get(path, { maxRedirects: 0, headers: { 'if-none-match': etag, 'accept-encoding': 'identity' } });
      expect(again.status(), `${path} revalidated`).toBe(304);
      expectSecurityHeaders(again, `${path} 304`);
      expectPageCsp(again, html, `${path} 304`);
    }
  }

  const compressed = await request.get('/ru/t2/', { headers: { 'accept-encoding': 'gzip' } });
  expect(compressed.headers()['content-encoding']).toBe('gzip');
  expectPageCsp(compressed, await compressed.text(), 'gzip');

  // Other addresses of a page: a redirect to its one address (carrying the headers), never the page without its CSP.
  for (const [from, to] of [
    ['/ru/t2', '/ru/t2/'],
    ['/ru/t2/index', '/ru/t2/'],
    ['/ru/t2/index.html', '/ru/t2/'],
    ['/index', '/'],
    ['/index.html', '/'],
  ]) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect([301, 308], from).toContain(response.status());
    expect(response.headers()['location'], from).toBe(to);
    expectSecurityHeaders(response, from);
  }

  // Nothing but a 404 (with the 404 page's own CSP) for the 404 page's addresses, host files and compressed copies.
  for (const path of ['/404', '/404.html', '/404/', '/_not-found/', '/_headers', '/ru/t2/index.html.gz', '/ru/t2/index.html.br', '/ru/nope/', '/.git/config']) {
    const response = await request.get(path, { maxRedirects: 0, headers: { 'accept-encoding': 'identity' } });
    expect(response.status(), path).toBe(404);
    expectSecurityHeaders(response, path);
    expectPageCsp(response, await response.text(), path);
  }

  const sw = await request.get('/sw.js');
  expect(sw.headers()['cache-control'], 'sw.js').toMatch(/no-cache/);
  expect(sw.headers()['content-type'], 'sw.js').toMatch(/javascript/);
  expectSecurityHeaders(sw, 'sw.js');
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  expectSecurityHeaders(manifest, 'manifest');

  // The open data (README, "Open data") is JSON at its versioned address, not a page.
  for (const path of Object.values(OPEN_DATA)) {
    const response = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(/^application\/json/);
    expectSecurityHeaders(response, path);
    expect(typeof (await response.json()), path).toBe('object');
  }

  const page = await (await request.get('/ru/t2/')).text();
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(page)?.[1];
  expect(script).toBeDefined();
  const js = await request.get(script!);
  expect(js.headers()['cache-control']).toMatch(/immutable/);
  expectSecurityHeaders(js, script!);

  for (const method of ['POST', 'DELETE', 'PROPFIND']) {
    const response = await request.fetch('/ru/t2/', { method, maxRedirects: 0 });
    expect(response.status(), method).toBe(405);
    expectSecurityHeaders(response, method);
  }
}
