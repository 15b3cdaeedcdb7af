#!/usr/bin/env node
/**
 * Serves the static build in out/ the way a static host would (scripts/static-handler.mjs): /ru/t2/ →
 * out/ru/t2/index.html with its CSP, /ru/t2 → redirect, anything unknown → out/404.html with status 404,
 * and the brotli/gzip copies from out-compressed/ (kept outside the deploy folder) to browsers that accept them.
 * Usage: node scripts/serve.mjs [--port 3000] [--dir out] [--compressed out-compressed]   (PORT in the environment works too)
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createStaticHandler } from './static-handler.mjs';

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > -1 ? process.argv[at + 1] : fallback;
}
const OUT = option('--dir', 'out');
const COMPRESSED = option('--compressed', `${OUT}-compressed`);
const port = Number(option('--port', process.env.PORT ?? 3000));

if (!existsSync(join(OUT, 'index.html'))) {
  console.error(`No build found in ${OUT}/. Run \`npm run build\` first (or \`npm start\`, which builds when needed).`);
  process.exit(1);
}

const handler = await createStaticHandler({ root: OUT, compressedRoot: COMPRESSED });
const server = createServer(handler);
server.on('error', (error) => {
  console.error(`Cannot serve on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, () => console.log(`eSIM Exit is being served at http://localhost:${server.address().port}`));
