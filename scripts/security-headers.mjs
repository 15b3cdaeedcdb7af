#!/usr/bin/env node
/**
 * After `next build`: puts each page's CSP (the hashes of its own inline scripts; Next inlines a different payload
 * into each page) into the page itself as a <meta http-equiv> tag ahead of every script, and writes out/_headers
 * (Netlify, Cloudflare Pages) with the few headers a meta tag cannot carry. Hosts that send headers per page
 * (`npm start`, the generated nginx.conf) also send the full policy as a header, computed from the same page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFileRules, withMetaPolicy } from './headers.mjs';
import { htmlFiles } from './html-files.mjs';

// The folder next build exported to: out/, or out-pseudo/ for the pseudo-locale build.
const OUT = process.env.PSEUDO_LOCALES === '1' ? 'out-pseudo' : 'out';

const files = htmlFiles(OUT).sort();
for (const file of files) writeFileSync(file, withMetaPolicy(readFileSync(file, 'utf8'), file));
const rules = headersFileRules();
const text = rules
  .map(
    ([path, headers]) =>
      `${path}\n${Object.entries(headers)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n')}\n`,
  )
  .join('\n');
writeFileSync(
  join(OUT, '_headers'),
  `# Written by scripts/security-headers.mjs after next build. Do not edit.\n# Each page carries its own CSP in a <meta> tag; these are what a meta tag cannot do.\n${text}`,
);
console.log(`security headers: a CSP <meta> tag in ${files.length} pages; ${OUT}/_headers with ${rules.length} rules`);
