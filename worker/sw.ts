/// <reference lib="webworker" />
/**
 * The service worker (built by Serwist after `next build`, to out/sw.js). Travelers may be cancelling
 * their only data plan, so once a carrier's guide has been opened, its pages keep working offline:
 * - every script and stylesheet of the build is precached, the lazily loaded tools (letters, identify) too,
 *   and so is a small "you are offline" page per language (see serwist.config.mjs);
 * - pages are network-first, falling back to the cache, then to the offline page in the page's language;
 * - a page may ask (message "keep-offline") for a list of pages to be fetched now.
 * What it keeps: cache keys never carry a query (share links carry a case reference, Next adds ?_rsc=), every
 * cache is bounded, and a new build's worker refetches the pages kept by the last one (their scripts changed).
 * It makes no request anywhere but this site.
 */
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type SerwistGlobalConfig, type SerwistPlugin } from 'serwist';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const PAGES = 'esim-exit-pages';
/** Next's client-navigation payloads (index.txt): without them a link still works, as a full page load. */
const DATA = 'esim-exit-data';
const ASSETS = 'esim-exit-assets';

const DAY = 24 * 60 * 60;
/**
 * How long a kept page may be shown offline: a cancellation, then watching two or three monthly statements,
 * takes up to about four months. Online, pages are always fetched afresh.
 */
const KEEP_SECONDS = 120 * DAY;
/** Pages kept: the carrier list, identify and about ten guides of seven pages each. */
const MAX_PAGES = 80;

/** Cache keys without the query: one entry per page, and no case reference or share-link answers stored. */
const withoutQuery: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    if (url.search === '') return request;
    url.search = '';
    return url.href;
  },
};

const bounded = (maxEntries: number) => new ExpirationPlugin({ maxEntries, maxAgeSeconds: KEEP_SECONDS, purgeOnQuotaError: true });

const pages = new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: 5, plugins: [withoutQuery, bounded(MAX_PAGES)] });
const data = new NetworkFirst({ cacheName: DATA, networkTimeoutSeconds: 5, plugins: [withoutQuery, bounded(MAX_PAGES)] });
// Build assets have hashed names; the precache holds this build's, this keeps what older kept pages used.
const assets = new CacheFirst({ cacheName: ASSETS, plugins: [withoutQuery, bounded(200)] });

const manifest = self.__SW_MANIFEST ?? [];
/** The precached offline pages, one per language: "/en/offline/", "/ru/offline/" … */
const offlinePages = manifest.map((entry) => (typeof entry === 'string' ? entry : entry.url)).filter((url) => /^\/[^/]+\/offline\/$/.test(url));
const languageOf = (offlinePage: string) => offlinePage.slice(0, -'offline/'.length);
const isPage = (request: Request) => request.destination === 'document' || request.mode === 'navigate';

const serwist = new Serwist({
  precacheEntries: manifest,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'), handler: assets },
    { matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate', handler: pages },
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('.txt'), handler: data },
  ],
  // A page neither online nor kept: the offline page in its language (English where the address has none).
  fallbacks: {
    entries: [
      ...offlinePages.map((url) => ({
        url,
        matcher: ({ request }: { request: Request }) => isPage(request) && new URL(request.url).pathname.startsWith(languageOf(url)),
      })),
      ...(offlinePages.includes('/en/offline/') ? [{ url: '/en/offline/', matcher: ({ request }: { request: Request }) => isPage(request) }] : []),
    ],
  },
});

/** Fetches each page not yet kept into the page cache (through the same rules as a visit), so it opens offline later. */
async function keepOffline(event: ExtendableEvent, urls: string[], refetch = false): Promise<void> {
  const cache = await caches.open(PAGES);
  for (const url of urls) {
    const target = new URL(url, self.location.origin);
    if (target.origin !== self.location.origin) continue;
    target.search = '';
    if (!refetch && (await cache.match(target))) continue;
    const [, done] = pages.handleAll({ event, request: new Request(target, { credentials: 'same-origin' }) });
    await done.catch(() => undefined);
  }
}

self.addEventListener('message', (event) => {
  const message = event.data as { type?: string; urls?: unknown } | null;
  if (message?.type !== 'keep-offline' || !Array.isArray(message.urls)) return;
  const urls = message.urls.filter((u): u is string => typeof u === 'string' && u.startsWith('/') && !u.startsWith('//'));
  event.waitUntil(
    keepOffline(event, urls)
      .then(() => (event.source as Client | null)?.postMessage({ type: 'kept-offline', urls }))
      .catch(() => undefined),
  );
});

/**
 * A new build's worker: the pages the last one kept load scripts that this build no longer precaches, so they are
 * fetched again (a page that cannot be fetched stays as it was); the navigation payloads are dropped (they name the
 * old scripts; a link without one is a full page load).
 */
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await caches.delete(DATA);
      const kept = await (await caches.open(PAGES)).keys();
      await keepOffline(
        event,
        kept.map((request) => new URL(request.url).pathname),
        true,
      );
    })().catch(() => undefined),
  );
});

serwist.addEventListeners();
