#!/usr/bin/env node
/**
 * After `next build`: deletes the per-segment RSC payloads (`__next.*.txt`, three or four per page) from the export.
 * Next writes them for segment prefetching, which every link here turns off (prefetch={false}); a client navigation
 * fetches only the page's `index.txt`, which stays (tests/e2e/hosting.spec.ts follows links and checks that nothing
 * asked for is missing). Measured on 660 pages: out/ goes from 3,327 files and 75 MB to 1,352 files and 44 MB, which
 * is what lets 100 carriers × 12 languages fit Cloudflare Pages' 20,000 files (npm run bench:scale).
 * Usage: node scripts/prune-rsc.mjs [dir]   (default out/, or out-pseudo/ with PSEUDO_LOCALES=1)
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? (process.env.PSEUDO_LOCALES === '1' ? 'out-pseudo' : 'out');
const SEGMENT_PAYLOAD = /^__next\..+\.txt$/;

let removed = 0;
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (entry.isFile() && SEGMENT_PAYLOAD.test(entry.name)) {
    rmSync(join(entry.parentPath, entry.name));
    removed++;
  }
}
console.log(`prune-rsc: removed ${removed} segment prefetch payloads from ${dir}/`);
