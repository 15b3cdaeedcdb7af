/**
 * The security headers of the build: shared by the post-build step that writes out/_headers
 * and by the server that `npm start` runs, so both send exactly the same thing.
 */
import { createHash } from 'node:crypto';

/**
 * Headers every response carries. A <meta> tag cannot carry any of these, so every host configuration sends them
 * (out/_headers, the generated nginx.conf, `npm start`). HSTS is ignored by browsers over plain http (localhost).
 */
export const COMMON_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000',
};

/**
 * The part of the CSP a <meta> tag cannot carry (browsers ignore frame-ancestors there), sent as a header on every
 * response by hosts that cannot send a per-page policy. The page's own policy arrives in its <meta> tag; a browser
 * enforces both.
 */
export const HEADER_ONLY_CSP = "frame-ancestors 'none'";

/** Hashed build assets never change; everything else is revalidated, so a new build (and a new sw.js) shows at once. */
export function cacheControlFor(address) {
  return address.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The headers of a response for `address`, other than the page's CSP, its content type and encoding. */
export function headersFor(address) {
  return { ...COMMON_HEADERS, 'Cache-Control': cacheControlFor(address) };
}

/** The inline <script> bodies of an HTML page (scripts with a src attribute are covered by 'self'). */
export function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).filter((body) => body.length > 0);
}

export function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A CSP for one page: only our own origin, and inline scripts only by the hash of their exact text. */
export function contentSecurityPolicy(html) {
  return [metaPolicy(html), HEADER_ONLY_CSP].join('; ');
}

/** The page's CSP as its <meta http-equiv> tag carries it: everything a meta tag can enforce. */
export function metaPolicy(html) {
  const hashes = [...new Set(inlineScripts(html).map(sha256))];
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

const META_CSP = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/gi;

/**
 * The page with its CSP in a <meta http-equiv> tag, placed right after <meta charset> (which must stay first) and so
 * ahead of every script and preload: hosts that cannot send per-page headers (GitHub Pages, or Cloudflare Pages past
 * its 100 header rules) still enforce it. Running it again replaces the tag, so the step can be repeated.
 * Throws when a script or link would come before the tag, since the policy would not cover it.
 */
export function withMetaPolicy(html, file = 'page') {
  const clean = html.replace(META_CSP, '');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy(clean)}"/>`;
  const anchor = /<meta charset="utf-8"\s*\/?>/i.exec(clean) ?? /<head[^>]*>/i.exec(clean);
  if (!anchor) throw new Error(`${file}: no <head> to put the Content-Security-Policy <meta> tag in`);
  const at = anchor.index + anchor[0].length;
  const before = clean.slice(0, at);
  if (/<(script|link|style)\b/i.test(before))
    throw new Error(`${file}: a script, link or style comes before <meta charset>, so a <meta> CSP could not cover it`);
  return before + tag + clean.slice(at);
}

/** The rules of out/_headers (Netlify, Cloudflare Pages): only what a <meta> tag cannot do, so a handful, not one per page. */
export function headersFileRules() {
  return [
    ['/*', { ...COMMON_HEADERS, 'Content-Security-Policy': HEADER_ONLY_CSP }],
    ['/_next/static/*', { 'Cache-Control': cacheControlFor('/_next/static/') }],
    ['/manifest.webmanifest', { 'Content-Type': 'application/manifest+json' }],
  ];
}
