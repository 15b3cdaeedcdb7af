import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARRIERS } from '@/lib/carriers';
import { checkSources, fingerprintOf, formatProblems, formatSummary, onDomains, visit, type Fingerprints } from '@/lib/freshness/check';
import { carrierTargets, listTargets, type Target } from '@/lib/freshness/targets';

const PAGE = '<html><head><style>p{color:red}</style><script>var t=1</script></head><body><h1>Terms</h1><p>Refund within 14&nbsp;days.</p></body></html>';
let changedText = 'Notice period: 30 days.';
let inFlight = 0;
let maxInFlight = 0;
let server: Server;
let base: string; // http://127.0.0.1:<port>
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    switch (new URL(req.url ?? '/', 'http://localhost').pathname) {
      case '/ok':
        return html(PAGE);
      case '/ok-other-markup':
        return html('<body>\n<h1>Terms</h1>  <p><b>Refund within 14 days.</b></p><script>var t=2</script></body>');
      case '/moved':
        return res.writeHead(301, { location: '/ok' }).end();
      case '/moved-to-official':
        return res.writeHead(302, { location: `http://localhost:${port}/ok` }).end();
      case '/moved-away':
        return res.writeHead(302, { location: `http://localhost:${port}/ok` }).end();
      case '/loop':
        return res.writeHead(302, { location: '/loop' }).end();
      case '/missing':
        return res.writeHead(404).end('not here');
      case '/slow':
        return; // never answers: the time-out must end it
      case '/changed':
        return html(`<p>${changedText}</p>`);
      case '/delayed':
        return void setTimeout(() => html('<p>late</p>'), 60);
      default:
        return res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const target = (path: string, officialDomains: string[] = ['carrier.example'], field = `sources.${path.slice(1)}`): Target => ({
  carrier: 'test',
  field,
  url: `${base}${path}`,
  officialDomains,
});
// Generous time-outs: the machine running the tests may be busy; only /slow, which never answers, reaches them.
const options = { fingerprints: {} as Fingerprints, today: '2026-11-30', timeoutMs: 5000 };

describe('normalized text fingerprints', () => {
  it('ignore markup, scripts, styles, entities and whitespace, but not the words', () => {
    expect(fingerprintOf(PAGE, 'text/html')).toBe(fingerprintOf('<h1>Terms</h1>\n<p>Refund   within 14 days.</p>', 'text/html; charset=utf-8'));
    expect(fingerprintOf(PAGE, 'text/html')).not.toBe(fingerprintOf('<h1>Terms</h1><p>Refund within 30 days.</p>', 'text/html'));
  });
});

describe('official domains', () => {
  it('take the domain and its subdomains, nothing that merely ends in the same letters', () => {
    expect(onDomains('tele2.ru', ['tele2.ru'])).toBe(true);
    expect(onDomains('msk.tele2.ru', ['tele2.ru'])).toBe(true);
    expect(onDomains('nottele2.ru', ['tele2.ru'])).toBe(false);
  });
});

describe('visiting one address', () => {
  it('follows redirects by hand, listing every hop', async () => {
    const result = await visit(`${base}/moved`, options);
    expect(result).toMatchObject({ ok: true, hops: [`${base}/moved`, `${base}/ok`], sha256: fingerprintOf(PAGE, 'text/html') });
  });

  it('gives up on a redirect loop, a missing page, a silent server and a closed port, with the reason', async () => {
    expect(await visit(`${base}/loop`, { ...options, maxRedirects: 3 })).toMatchObject({ ok: false, reason: 'more than 3 redirects' });
    expect(await visit(`${base}/missing`, options)).toMatchObject({ ok: false, reason: 'HTTP 404' });
    expect(await visit(`${base}/slow`, { ...options, timeoutMs: 300 })).toMatchObject({ ok: false, reason: 'timed out after 0.3 s' });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await visit(`http://127.0.0.1:${closedPort}/`, options)).toMatchObject({ ok: false, reason: 'connection refused (ECONNREFUSED)' });
  });
});

describe('checking the cited pages', () => {
  it('prints one line per problem: unreachable, off the official domains; a redirect within the site or onto an official domain is fine', async () => {
    const report = await checkSources(
      [
        target('/ok'),
        target('/moved'),
        target('/moved-to-official', ['localhost']),
        target('/moved-away'),
        target('/missing'),
        target('/slow'),
        { carrier: 'test', field: 'channels.email', url: 'mailto:help@carrier.example', officialDomains: [] },
        { carrier: 'test', field: 'channels.phone', url: 'tel:+441234567890', officialDomains: [] },
      ],
      { ...options, timeoutMs: 2000 },
    );
    expect(formatProblems(report.problems)).toEqual([
      `off-domain: ${base}/moved-away: redirected to http://localhost:${port}/ok (cited by test sources.moved-away)`,
      `unreachable: ${base}/missing: HTTP 404 (cited by test sources.missing)`,
      `unreachable: ${base}/slow: timed out after 2 s (cited by test sources.slow)`,
    ]);
    expect(report.visited).toBe(6);
    expect(report.skipped).toEqual({ mailto: 1, tel: 1 });
    expect(report.unrecorded).toBe(3);
    const summary = formatSummary(report, false);
    expect(summary).toContain('6 address(es) visited: 3 problem(s) (2 unreachable, 1 redirected off the official domains, 0 changed since their fingerprint).');
    expect(summary).toContain('Not visited: 1 mailto: and 1 tel: address(es)');
    expect(summary).toContain('3 page(s) read have no fingerprint yet: run with --update to record them.');
  });

  it('records fingerprints with --update, then reports a page whose text changed (markup alone is no change)', async () => {
    changedText = 'Notice period: 30 days.';
    const targets = [target('/changed'), target('/ok'), target('/missing')];
    const recorded = await checkSources(targets, {
      ...options,
      update: true,
      fingerprints: { 'https://no-longer-cited.example/': { sha256: 'x', recordedOn: '2026-01-01' } },
    });
    expect(Object.keys(recorded.fingerprints)).toEqual([`${base}/changed`, `${base}/ok`]);
    expect(recorded.fingerprints[`${base}/ok`]).toEqual({ sha256: fingerprintOf(PAGE, 'text/html'), recordedOn: '2026-11-30' });
    expect(formatSummary(recorded, true)).toContain('Fingerprints recorded: 2.');

    const same = await checkSources(targets, { ...options, fingerprints: recorded.fingerprints });
    expect(same.problems.map((p) => p.kind)).toEqual(['unreachable']);
    expect(same.fingerprints).toEqual(recorded.fingerprints);

    changedText = 'Notice period: 60 days.';
    const changed = await checkSources([...targets, { ...target('/ok-other-markup'), url: `${base}/ok-other-markup` }], {
      ...options,
      fingerprints: { ...recorded.fingerprints, [`${base}/ok-other-markup`]: recorded.fingerprints[`${base}/ok`] },
    });
    expect(formatProblems(changed.problems)).toEqual([
      `changed: ${base}/changed: text differs from the fingerprint recorded on 2026-11-30 (cited by test sources.changed)`,
      `unreachable: ${base}/missing: HTTP 404 (cited by test sources.missing)`,
    ]);

    const again = await checkSources(targets, { ...options, update: true, today: '2026-12-07', fingerprints: recorded.fingerprints });
    expect(again.fingerprints[`${base}/changed`].recordedOn).toBe('2026-12-07');
    expect(again.fingerprints[`${base}/ok`].recordedOn).toBe('2026-11-30');
  });

  it('visits an address cited twice once, and prints one line naming both citations', async () => {
    const report = await checkSources(
      [target('/missing', undefined, 'sources.a'), { ...target('/missing', undefined, 'channels.b'), carrier: 'other' }],
      options,
    );
    expect(report.visited).toBe(1);
    expect(formatProblems(report.problems)).toEqual([`unreachable: ${base}/missing: HTTP 404 (cited by test sources.a, other channels.b)`]);
  });

  it('says when every address was unreachable, as on a machine without a network', async () => {
    const report = await checkSources([target('/missing')], options);
    expect(formatSummary(report, false)).toContain('Every address was unreachable: is this machine offline?');
  });

  it('keeps to the concurrency bound', async () => {
    maxInFlight = 0;
    const targets = Array.from({ length: 8 }, (_, i) => ({ ...target('/delayed'), url: `${base}/delayed?n=${i}` }));
    // The query keeps the eight addresses distinct; each answers after 60 ms, so without the bound all eight would be open at once.
    await checkSources(targets, { ...options, concurrency: 2 });
    expect(maxInFlight).toBe(2);
  });
});

describe('the addresses checked', () => {
  it('are every source and channel of every carrier, with its official domains', () => {
    const targets = listTargets();
    expect(targets).toEqual(carrierTargets(CARRIERS));
    const expected = CARRIERS.reduce((n, c) => n + Object.keys(c.sources).length + c.channels.length, 0);
    expect(targets).toHaveLength(expected);
    const t2 = CARRIERS.find((c) => c.id === 't2')!;
    expect(targets).toContainEqual({ carrier: 't2', field: `channels.${t2.channels[0].id}`, url: t2.channels[0].url, officialDomains: t2.officialDomains });
  });
});
