// @ts-check
/**
 * Serwist in configurator mode: after `next build` has written out/, scripts/build-sw.mjs bundles worker/sw.ts
 * into out/sw.js with this precache list, read from out/ (exactly what is deployed):
 * - every script and stylesheet of the build (about 1 MB, measured by tests/e2e/offline.spec.ts): the tools a
 *   guide opens lazily (the letter form, identify's parsers) must work offline after one visit, and which chunks
 *   a page loads later cannot be read from its HTML;
 * - the offline page of each language (/en/offline/ …), shown for a page that was never kept;
 * - the icons and the manifest.
 * Pages themselves are not precached: they are cached as they are used, and a guide's pages are fetched ahead
 * once it is opened (see worker/sw.ts). Hashed file names need no revision; the others get a content hash.
 */
import { serwist } from '@serwist/next/config';

export default await serwist({
  swSrc: 'worker/sw.ts',
  swDest: 'out/sw.js',
  precachePrerendered: false,
  globDirectory: 'out',
  globPatterns: ['_next/static/**/*.{js,css,woff2}', '*/offline/index.html', '*.{svg,png,webmanifest}', 'icons/*.png'],
  dontCacheBustURLsMatching: /^_next\/static\//,
  // Above Serwist's 2 MB default only if the build grows a lot; a file that large should fail the build, not be skipped.
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  manifestTransforms: [
    (entries) => ({
      manifest: entries.map((entry) => ({ ...entry, url: `/${entry.url.replace(/(^|\/)index\.html$/, '$1')}` })),
      warnings: [],
    }),
  ],
});
