import { availableParallelism } from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every page is static HTML in out/: no server to grow, works on any static host.
  output: 'export',
  // The pseudo-locale build (PSEUDO_LOCALES=1, for the layout tests) goes to its own folder, so out/ never holds it.
  ...(process.env.PSEUDO_LOCALES === '1' ? { distDir: 'out-pseudo' } : {}),
  // So does the translator's preview of one language (npm run i18n:preview <lang>).
  ...(process.env.I18N_PREVIEW ? { distDir: 'out-preview' } : {}),
  // /ru/t2/ → out/ru/t2/index.html, so plain static hosts serve the public stage URLs as they are.
  trailingSlash: true,
  // The app makes no requests of its own; this keeps Next from adding a powered-by header or image optimiser needs.
  poweredByHeader: false,
  images: { unoptimized: true },
  reactStrictMode: true,
  // Two root layouts (the language choice at / and /{locale}/…) need a 404 of their own: app/global-not-found.tsx.
  // Every core renders pages: Next's default leaves one idle (cores − 1), which on a two-core CI machine halves the speed
  // of rendering three thousand pages.
  experimental: { globalNotFound: true, cpus: availableParallelism() },
  // npm test type-checks the app and the worker first (npm run typecheck) and says so with SKIP_BUILD_TYPECHECK=1;
  // checking again inside each of its two builds would only repeat it. A plain `npm run build` still checks.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === '1' },
};

export default nextConfig;
