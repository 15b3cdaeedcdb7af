#!/usr/bin/env node
/**
 * Prints, for a few page types of the build in out/, the gzipped JS each page loads (the sum of the
 * scripts its HTML references, less the noModule polyfills modern browsers skip) and its gzipped HTML, next to the language choice page, which has no
 * client components: the framework floor of this build. Run after `npm run build`.
 * Usage: node scripts/page-weight.mjs [url-path …]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = 'out';
const FLOOR = '/';
const DEFAULT_PAGES = ['/ru/', '/ru/t2/', '/ru/t2/confirm-online/', '/ru/t2/gather-materials/', '/zh-CN/airalo/submit-request/'];

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** { js, html } in bytes, gzipped, for the page served at `urlPath`. */
export function pageWeight(urlPath) {
  const file = join(OUT, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`${file} not found: run npm run build first`);
  const html = readFileSync(file);
  const tags = [...html.toString().matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  const scripts = [
    ...new Set(
      tags
        .filter((tag) => !/\bnoModule\b/i.test(tag))
        .map((tag) => tag.match(/\bsrc="([^"]+)"/)?.[1])
        .filter(Boolean),
    ),
  ];
  const js = scripts.reduce((sum, src) => sum + gz(readFileSync(join(OUT, src))), 0);
  return { js, html: gz(html), scripts: scripts.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_PAGES;
  const floor = pageWeight(FLOOR);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const rows = [[`${FLOOR} (floor: no client components)`, floor], ...pages.map((p) => [p, pageWeight(p)])];
  console.log(['page'.padEnd(44), 'JS gz'.padStart(10), 'vs floor'.padStart(10), 'HTML gz'.padStart(10)].join(''));
  for (const [page, w] of rows) {
    console.log([page.padEnd(44), kb(w.js).padStart(10), `+${kb(w.js - floor.js)}`.padStart(10), kb(w.html).padStart(10)].join(''));
  }
}
