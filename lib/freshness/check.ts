/**
 * Checks that the pages the data cites still answer, stay on their owner's domains and say what they said when they were
 * read: each page is fetched (bounded concurrency, a time-out per page, redirects followed by hand so every hop is seen),
 * its visible text is hashed and compared with the fingerprint recorded by the last `--update`.
 * Used by scripts/check-sources.mjs; the fetch function is a parameter so tests run against a local server.
 */
import { createHash } from 'node:crypto';
import { convert } from 'html-to-text';
import pLimit from 'p-limit';
import type { Target } from './targets';

/** The hash of a page's normalized text and the day it was recorded (YYYY-MM-DD). */
export interface Fingerprint {
  sha256: string;
  recordedOn: string;
}
/** Fingerprints by address, as stored in lib/carriers/fingerprints.json. */
export type Fingerprints = Record<string, Fingerprint>;

/** What visiting one address gave: every hop (the address itself first), then the page's fingerprint or why there is none. */
export type Visit = { hops: string[] } & ({ ok: true; sha256: string } | { ok: false; reason: string });

export type ProblemKind = 'unreachable' | 'off-domain' | 'changed';
export interface Problem {
  kind: ProblemKind;
  target: Target;
  detail: string;
}

export interface CheckOptions {
  fingerprints: Fingerprints;
  /** Record the fingerprint of every page read (and forget addresses no longer cited). */
  update?: boolean;
  concurrency?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** The day written into new fingerprints. */
  today: string;
  fetch?: typeof fetch;
}

export interface CheckReport {
  problems: Problem[];
  /** Distinct addresses visited. */
  visited: number;
  /** Addresses not visited because they are not web pages. */
  skipped: { mailto: number; tel: number };
  /** Pages read that have no recorded fingerprint yet (not counted as problems). */
  unrecorded: number;
  /** The fingerprints after this run: unchanged unless `update`. */
  fingerprints: Fingerprints;
}

/**
 * The text a reader sees, with whitespace collapsed, so markup, scripts and styles changing alone do not count as a change.
 * html-to-text rather than a regex: it knows which elements carry no visible text and decodes every entity.
 */
export function normalizeText(body: string, contentType: string): string {
  const text = /html|xml/i.test(contentType)
    ? convert(body, {
        wordwrap: false,
        selectors: [
          { selector: 'a', options: { ignoreHref: true } },
          { selector: 'img', format: 'skip' },
        ],
      })
    : body;
  return text.replace(/\s+/g, ' ').trim();
}

export function fingerprintOf(body: string, contentType: string): string {
  return createHash('sha256').update(normalizeText(body, contentType)).digest('hex');
}

/** Whether `host` is one of `domains` or a subdomain of one. */
export function onDomains(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

const CODES: Record<string, string> = {
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
};

function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `timed out after ${timeoutMs / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code) return CODES[cause.code] ? `${CODES[cause.code]} (${cause.code})` : cause.code;
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** Fetches `url`, following up to `maxRedirects` redirects by hand; the time-out covers each hop including its body. */
export async function visit(
  url: string,
  { timeoutMs = 15_000, maxRedirects = 10, fetch: fetchFn = fetch }: Pick<CheckOptions, 'timeoutMs' | 'maxRedirects' | 'fetch'> = {},
): Promise<Visit> {
  const hops = [url];
  for (;;) {
    const current = hops[hops.length - 1];
    try {
      const response = await fetchFn(current, {
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: { 'user-agent': 'esim-exit check-sources (checks that cited pages still exist)', accept: 'text/html,*/*;q=0.8' },
      });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) return { hops, ok: false, reason: `HTTP ${response.status} redirect without a Location` };
        if (hops.length > maxRedirects) return { hops, ok: false, reason: `more than ${maxRedirects} redirects` };
        hops.push(new URL(location, current).href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { hops, ok: false, reason: `HTTP ${response.status}` };
      }
      const body = await response.text();
      return { hops, ok: true, sha256: fingerprintOf(body, response.headers.get('content-type') ?? '') };
    } catch (error) {
      return { hops, ok: false, reason: reasonOf(error, timeoutMs) };
    }
  }
}

/** Visits every distinct web address of `targets` (mailto: and tel: are counted, not visited) and lists the problems, target by target. */
export async function checkSources(targets: readonly Target[], options: CheckOptions): Promise<CheckReport> {
  const { fingerprints, update = false, concurrency = 4, today } = options;
  const skipped = { mailto: 0, tel: 0 };
  const web: Target[] = [];
  for (const target of targets) {
    if (target.url.startsWith('mailto:')) skipped.mailto++;
    else if (target.url.startsWith('tel:')) skipped.tel++;
    else web.push(target);
  }
  const urls = [...new Set(web.map((t) => t.url))];
  const limit = pLimit(concurrency);
  const visits = new Map(await Promise.all(urls.map((url) => limit(async () => [url, await visit(url, options)] as const))));

  const problems: Problem[] = [];
  const next: Fingerprints = update ? {} : { ...fingerprints };
  let unrecorded = 0;
  for (const url of urls) {
    const result = visits.get(url)!;
    const citing = web.filter((t) => t.url === url);
    // A page may move within its own site or onto the owner's official domains; anywhere else is reported.
    const offDomain = (t: Target) => result.hops.find((hop) => !onDomains(new URL(hop).hostname, [...t.officialDomains, new URL(url).hostname]));
    const recorded = fingerprints[url];
    for (const target of citing) {
      const away = offDomain(target);
      if (away) problems.push({ kind: 'off-domain', target, detail: `redirected to ${away}` });
      else if (!result.ok) problems.push({ kind: 'unreachable', target, detail: result.reason });
      else if (recorded && recorded.sha256 !== result.sha256 && !update)
        problems.push({ kind: 'changed', target, detail: `text differs from the fingerprint recorded on ${recorded.recordedOn}` });
    }
    // Only a page read where it should be is fingerprinted; one that led off the official domains keeps what it had.
    const readable = result.ok && !citing.some(offDomain) ? result : null;
    if (readable && !recorded) unrecorded++;
    if (update) {
      const keep = readable ? { sha256: readable.sha256, recordedOn: recorded?.sha256 === readable.sha256 ? recorded.recordedOn : today } : recorded;
      if (keep) next[url] = keep;
    }
  }
  const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
  return { problems, visited: urls.length, skipped, unrecorded, fingerprints: sorted };
}

/**
 * One line per problem: what, the address, why, and who cites it (an address shared by many carriers, such as a
 * rule set's source, is one line, not one per carrier).
 */
export function formatProblems(problems: readonly Problem[]): string[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = `${p.kind}: ${p.target.url}: ${p.detail}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups].map(([key, group]) => `${key} (cited by ${group.map((p) => `${p.target.carrier} ${p.target.field}`).join(', ')})`);
}

export function formatSummary(report: CheckReport, updated: boolean): string {
  const lines = formatProblems(report.problems);
  const count = (kind: ProblemKind) => lines.filter((l) => l.startsWith(`${kind}:`)).length;
  const summary = [
    `${report.visited} address(es) visited: ${lines.length} problem(s) (${count('unreachable')} unreachable, ${count('off-domain')} redirected off the official domains, ${count('changed')} changed since their fingerprint).`,
    `Not visited: ${report.skipped.mailto} mailto: and ${report.skipped.tel} tel: address(es) (email and phone channels cannot be checked this way).`,
  ];
  if (report.visited > 0 && count('unreachable') === report.visited) summary.push('Every address was unreachable: is this machine offline?');
  if (updated) summary.push(`Fingerprints recorded: ${Object.keys(report.fingerprints).length}.`);
  else if (report.unrecorded > 0) summary.push(`${report.unrecorded} page(s) read have no fingerprint yet: run with --update to record them.`);
  return summary.join('\n');
}
