import type { MetadataRoute } from 'next';

// A static export can only write a route that is generated once, at build time.
export const dynamic = 'force-static';

/**
 * Lets a traveler put eSIM Exit on the home screen: it opens at the language choice, which leads to
 * the carrier list and the cancellations started on this phone, and works offline (worker/sw.ts).
 * The name is the brand, the same in every language, so one manifest serves all of them.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'eSIM Exit',
    short_name: 'eSIM Exit',
    start_url: '/',
    scope: '/',
    // Keeps the browser's back button and address: travelers check they are on our site before typing anything.
    display: 'minimal-ui',
    background_color: '#ffffff',
    // The same as the pages' viewport themeColor, so the installed app's bar matches the browser's.
    theme_color: '#0b0c0c',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
