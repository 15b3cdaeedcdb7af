/**
 * `npm start`'s server (scripts/serve.mjs) under attack and under a rebuild, run as its own process against a
 * small build written to a temporary folder: odd ranges, unknown methods, encoded and doubled paths, symlinks,
 * huge headers, pages at other addresses, and files deleted, grown and shrunk while it serves.
 * After every test the process must still be alive.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const SERVE = process.env.SERVE_SCRIPT ?? 'scripts/serve.mjs';
const INLINE = 'window.x=1';
const page = (title: string) => `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script>${INLINE}</script></head><body><h1>${title}</h1></body></html>`;
const T2 = page('T2 guide');

let dir: string;
let out: string;
let server: ChildProcess;
let port: number;
let stderr = '';

function write(path: string, body: string | Buffer) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, body);
}

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A raw request: the path is sent exactly as given (fetch would normalise /a/../b and //). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, timeout: 15_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout on ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

function expectSecurityHeaders(reply: Reply, what: string) {
  expect(reply.headers['referrer-policy'], what).toBe('no-referrer');
  expect(reply.headers['x-content-type-options'], what).toBe('nosniff');
  expect(reply.headers['x-frame-options'], what).toBe('DENY');
  expect(reply.headers['permissions-policy'], what).toMatch(/camera=\(\)/);
  expect(reply.headers['cross-origin-opener-policy'], what).toBe('same-origin');
}

function expectPageCsp(reply: Reply, what: string) {
  const csp = String(reply.headers['content-security-policy'] ?? '');
  expect(csp, what).toMatch(/script-src 'self' 'sha256-/);
  expect(csp, what).toContain("frame-ancestors 'none'");
}

async function expectAlive() {
  expect(server.exitCode, `server exited: ${stderr}`).toBeNull();
  expect((await get('/en/t2/')).status).toBe(200);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  out = join(dir, 'out');
  write(join(out, 'index.html'), page('Choose a language'));
  write(join(out, '404.html'), page('Page not found'));
  write(join(out, 'en/t2/index.html'), T2);
  write(join(out, 'en/t2/index.html.br'), 'stray copy');
  write(join(out, '_headers'), '/*\n  X-Test: 1\n');
  write(join(out, 'manifest.webmanifest'), '{"name":"eSIM Exit"}');
  write(join(out, '_next/static/chunks/app.js'), 'console.log(1)');
  write(join(out, 'data.txt'), '0123456789');
  write(join(dir, 'secret.txt'), 'outside the build');
  symlinkSync(join(dir, 'secret.txt'), join(out, 'leak.txt'));
  symlinkSync(join(out, 'data.txt'), join(out, 'alias.txt'));
  write(join(dir, 'out-compressed/en/t2/index.html.br'), brotliCompressSync(T2));
  write(join(dir, 'out-compressed/en/t2/index.html.gz'), gzipSync(T2));

  server = spawn(process.execPath, [SERVE, '--dir', out, '--compressed', join(dir, 'out-compressed'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  port = await new Promise<number>((resolve, reject) => {
    server.stdout?.on('data', (c: Buffer) => {
      const found = /localhost:(\d+)/.exec(c.toString());
      if (found && Number(found[1]) > 0) resolve(Number(found[1]));
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error('server did not start')), 30_000);
  });
}, 40_000);

afterEach(expectAlive);

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('Range requests (issue 12 item 2)', () => {
  it('answers an inverted range with 416 and the size, and stays up', async () => {
    const reply = await get('/data.txt', { range: 'bytes=5-2' });
    expect(reply.status).toBe(416);
    expect(reply.headers['content-range']).toBe('bytes */10');
    expectSecurityHeaders(reply, 'bytes=5-2');
  });

  it('answers a range past the end of the file with 416', async () => {
    expect((await get('/data.txt', { range: 'bytes=10-' })).status).toBe(416);
  });

  it('reads an end beyond 2^64 as the end of the file', async () => {
    const reply = await get('/data.txt', { range: 'bytes=0-18446744073709551615' });
    expect([200, 206]).toContain(reply.status);
    expect(reply.body.toString()).toBe('0123456789');
  });

  it('sends the last 5 bytes for bytes=-5', async () => {
    const reply = await get('/data.txt', { range: 'bytes=-5' });
    expect(reply.status).toBe(206);
    expect(reply.headers['content-range']).toBe('bytes 5-9/10');
    expect(reply.body.toString()).toBe('56789');
  });

  it('sends one satisfiable range as 206', async () => {
    const reply = await get('/data.txt', { range: 'bytes=2-4' });
    expect(reply.status).toBe(206);
    expect(reply.body.toString()).toBe('234');
  });

  for (const range of ['bytes=abc', 'bytes=', 'items=0-1', 'bytes=0-1,4-5', 'bytes=--1', 'bytes=1-2-3', `bytes=${'9'.repeat(400)}-`]) {
    it(`sends the whole file or 416 for ${range.slice(0, 30)}`, async () => {
      const reply = await get('/data.txt', { range });
      expect([200, 206, 416]).toContain(reply.status);
      if (reply.status === 200) expect(reply.body.toString()).toBe('0123456789');
    });
  }
});

describe('pages at other addresses keep their headers (item 3)', () => {
  for (const [from, to] of [
    ['/en/t2', '/en/t2/'],
    ['/en/t2/index', '/en/t2/'],
    ['/en/t2/index.html', '/en/t2/'],
    ['/index', '/'],
    ['/index.html', '/'],
    ['//en//t2/', '/en/t2/'],
    ['/en/./t2/', '/en/t2/'],
    ['/en/x/../t2/', '/en/t2/'],
    ['/en/t2?v=1', '/en/t2/?v=1'],
  ]) {
    it(`${from} redirects to ${to}`, async () => {
      const reply = await get(from);
      expect([301, 308]).toContain(reply.status);
      expect(reply.headers.location).toBe(to);
      expectSecurityHeaders(reply, from);
    });
  }

  for (const path of ['/404', '/404.html', '/404/', '/_not-found/', '/_headers', '/en/t2/index.html.br', '/en/nope/', '/.env', '/en/t2/index.html.gz']) {
    it(`${path} is a 404 with the 404 page's CSP`, async () => {
      const reply = await get(path);
      expect(reply.status).toBe(404);
      expect(reply.body.toString()).toContain('Page not found');
      expect(reply.body.toString()).not.toContain('X-Test');
      expectSecurityHeaders(reply, path);
      expectPageCsp(reply, path);
    });
  }

  it('serves a page with its CSP, and a 304 carries the same headers', async () => {
    const first = await get('/en/t2/');
    expect(first.status).toBe(200);
    expectPageCsp(first, '/en/t2/');
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await get('/en/t2/', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expectSecurityHeaders(again, '304');
    expectPageCsp(again, '304');
    expect(again.headers['cache-control']).toBe('no-cache');
  });

  it('sends brotli, gzip or identity as the client accepts, with Vary', async () => {
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['identity', undefined],
    ] as const) {
      const reply = await get('/en/t2/', { 'accept-encoding': accept });
      expect(reply.headers['content-encoding'], accept).toBe(encoding);
      expect(reply.headers.vary, accept).toMatch(/accept-encoding/i);
      expectPageCsp(reply, accept);
    }
  });

  it('labels the manifest and scripts with their types, and caches hashed assets for good', async () => {
    expect((await get('/manifest.webmanifest')).headers['content-type']).toMatch(/^application\/manifest\+json/);
    const js = await get('/_next/static/chunks/app.js');
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['cache-control']).toMatch(/immutable/);
  });
});

describe('bad input (items 2 and 3)', () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PROPFIND', 'TRACE']) {
    it(`refuses ${method} without crashing`, async () => {
      const reply = await get('/en/t2/', {}, method);
      expect(reply.status).toBeGreaterThanOrEqual(400);
    });
  }

  it('HEAD sends headers and no body', async () => {
    const reply = await get('/en/t2/', {}, 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBe(0);
    expectPageCsp(reply, 'HEAD');
  });

  for (const path of [
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2f%2e%2e%2fetc/passwd',
    '/en/%00',
    '/%E0%A4%A',
    '/\\evil.example',
    '/%5Cevil.example',
    '/leak.txt',
    '*',
    '/' + 'a/'.repeat(3000),
  ]) {
    it(`serves nothing outside the build for ${path.slice(0, 40)}`, async () => {
      const reply = await get(path);
      expect(reply.body.toString()).not.toContain('outside the build');
      expect(reply.body.toString()).not.toContain('root:');
      if (reply.headers.location) expect(String(reply.headers.location)).toMatch(/^\/(?![/\\])/);
    });
  }

  it('follows a symlink that stays inside the build', async () => {
    expect((await get('/alias.txt')).body.toString()).toBe('0123456789');
  });

  it('answers huge headers with an error, not a crash', async () => {
    const reply = await get('/en/t2/', { 'x-big': 'a'.repeat(64 * 1024) }).catch(() => null);
    if (reply) expect(reply.status).toBe(431);
  });
});

describe('a rebuild while serving (item 4)', () => {
  it('serves a 404 for a deleted file, then the file again when it is back', async () => {
    rmSync(join(out, 'data.txt'));
    expect((await get('/data.txt')).status).toBe(404);
    write(join(out, 'data.txt'), '0123456789');
    expect((await get('/data.txt')).body.toString()).toBe('0123456789');
  });

  it('serves a grown file whole and a shrunk file without hanging', async () => {
    write(join(out, 'grow.txt'), 'short');
    expect((await get('/grow.txt')).body.toString()).toBe('short');
    write(join(out, 'grow.txt'), 'much longer than before');
    const grown = await get('/grow.txt');
    expect(grown.body.toString()).toBe('much longer than before');
    expect(Number(grown.headers['content-length'])).toBe(grown.body.length);
    write(join(out, 'grow.txt'), 'tiny');
    expect((await get('/grow.txt')).body.toString()).toBe('tiny');
  });

  it('survives the whole build folder disappearing and coming back', async () => {
    rmSync(join(out, 'en'), { recursive: true });
    expect((await get('/en/t2/')).status).toBe(404);
    write(join(out, 'en/t2/index.html'), T2);
  });

  it('ignores a compressed copy older than the page (a page rebuilt without precompress)', async () => {
    const rebuilt = page('T2 guide, rebuilt');
    write(join(out, 'en/t2/index.html'), rebuilt);
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'out-compressed/en/t2/index.html.br'), past, past);
    utimesSync(join(dir, 'out-compressed/en/t2/index.html.gz'), past, past);
    const reply = await get('/en/t2/', { 'accept-encoding': 'br, gzip' });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.toString()).toContain('rebuilt');
    write(join(out, 'en/t2/index.html'), T2);
    write(join(dir, 'out-compressed/en/t2/index.html.br'), brotliCompressSync(T2));
    write(join(dir, 'out-compressed/en/t2/index.html.gz'), gzipSync(T2));
  });

  it('keeps serving while files change under many concurrent requests', async () => {
    const writes = (async () => {
      for (let i = 0; i < 50; i++) {
        write(join(out, 'churn.txt'), 'x'.repeat((i * 7919) % 5000));
        if (i % 10 === 0) rmSync(join(out, 'churn.txt'));
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const replies = await Promise.all(Array.from({ length: 100 }, () => get('/churn.txt')));
    await writes;
    for (const reply of replies) {
      expect([200, 404]).toContain(reply.status);
      if (reply.status === 200) expect(reply.body.length).toBe(Number(reply.headers['content-length']));
    }
    // A hang guard, not a timing: 100 requests on a busy 2-core machine can take longer than vitest's 5 s default.
  }, 60_000);
});
