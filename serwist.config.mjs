// @ts-check
/**
 * Serwist in configurator mode: after `next build` has written out/, scripts/build-sw.mjs bundles worker/sw.ts
 * into out/sw.js. Only the stylesheets are precached (a few KB): a traveler on poor data should not download
 * every page's scripts on the first visit. Pages and scripts are cached as they are used, and a guide's
 * pages are fetched ahead once it is opened (see worker/sw.ts).
 */
import { serwist } from '@serwist/next/config';

export default await serwist({
  swSrc: 'worker/sw.ts',
  swDest: 'out/sw.js',
  precachePrerendered: false,
  globPatterns: ['.next/static/**/*.css'],
});
