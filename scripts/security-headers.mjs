#!/usr/bin/env node
/**
 * After `next build`: hashes every inline script of every page and writes out/_headers
 * (the format Netlify and Cloudflare Pages read; `npm start` serves the same file).
 * Each page gets its own CSP, because Next inlines a different payload into each page.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { COMMON_HEADERS, contentSecurityPolicy } from './headers.mjs';

// The folder next build exported to: out/, or out-pseudo/ for the pseudo-locale build.
const OUT = process.env.PSEUDO_LOCALES === '1' ? 'out-pseudo' : 'out';

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a file is served at: out/ru/t2/index.html → /ru/t2/, out/404.html → /404.html. */
export function urlPathOf(file) {
  const path = `/${relative(OUT, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

const files = htmlFiles(OUT).sort();
const blocks = [['/*', COMMON_HEADERS]];
for (const file of files) {
  blocks.push([urlPathOf(file), { 'Content-Security-Policy': contentSecurityPolicy(readFileSync(file, 'utf8')) }]);
}
const text = blocks.map(([path, headers]) => `${path}\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`).join('\n');
writeFileSync(join(OUT, '_headers'), `# Written by scripts/security-headers.mjs after next build. Do not edit.\n${text}`);
console.log(`security headers: wrote ${OUT}/_headers for ${files.length} pages`);
