/// <reference lib="webworker" />
/**
 * The service worker (built by Serwist after `next build`, to out/sw.js). Travelers may be cancelling
 * their only data plan, so once a carrier's guide has been opened, its pages keep working offline:
 * - the build's own scripts and styles are precached (small: no HTML pages);
 * - pages are network-first, falling back to the cache when the network is gone;
 * - a page may ask (message "keep-offline") for a list of pages to be fetched now, with the scripts they use.
 * It makes no request anywhere but this site.
 */
import { CacheFirst, NetworkFirst, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from 'serwist';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const PAGES = 'esim-exit-pages';
const ASSETS = 'esim-exit-assets';

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'), handler: new CacheFirst({ cacheName: ASSETS }) },
    { matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate', handler: new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: 5 }) },
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('.txt'), handler: new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: 5 }) },
  ],
});

/** Fetches each page (and the scripts and styles it uses) into the caches, so it opens offline later. */
async function keepOffline(urls: string[]): Promise<void> {
  const pages = await caches.open(PAGES);
  const assets = await caches.open(ASSETS);
  for (const url of urls) {
    const target = new URL(url, self.location.origin);
    if (target.origin !== self.location.origin) continue;
    const response = await fetch(target, { credentials: 'same-origin' });
    if (!response.ok) continue;
    const html = await response.clone().text();
    await pages.put(target, response);
    for (const [, asset] of html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)) {
      if (await assets.match(asset)) continue;
      const file = await fetch(asset);
      if (file.ok) await assets.put(asset, file);
    }
  }
}

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; urls?: unknown } | null;
  if (data?.type !== 'keep-offline' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u): u is string => typeof u === 'string' && u.startsWith('/'));
  event.waitUntil(
    keepOffline(urls)
      .then(() => (event.source as Client | null)?.postMessage({ type: 'kept-offline', urls }))
      .catch(() => undefined),
  );
});

serwist.addEventListeners();
