#!/usr/bin/env node
/**
 * Serves the static build in out/ with the security headers from out/_headers, the way a static
 * host would: /ru/t2/ → out/ru/t2/index.html, anything unknown → out/404.html with status 404.
 * Usage: node scripts/serve.mjs [--port 3000] [--dir out]   (PORT in the environment works too)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { COMMON_HEADERS, parseHeadersFile } from './headers.mjs';

const argDir = process.argv.indexOf('--dir');
const OUT = argDir > -1 ? process.argv[argDir + 1] : 'out';
const argPort = process.argv.indexOf('--port');
const port = Number(argPort > -1 ? process.argv[argPort + 1] : (process.env.PORT ?? 3000));

if (!existsSync(join(OUT, '_headers'))) {
  console.error(`No build found in ${OUT}/. Run \`npm run build\` first (or \`npm start\`, which builds when needed).`);
  process.exit(1);
}
const rules = parseHeadersFile(readFileSync(join(OUT, '_headers'), 'utf8'));

/** The URL path whose headers apply to a served file path (as sirv reports it). */
function headersFor(filePath) {
  const path = filePath.endsWith('/index.html') ? filePath.slice(0, -'index.html'.length) : filePath;
  return { ...COMMON_HEADERS, ...(rules[path] ?? {}) };
}

const assets = sirv(OUT, {
  dev: false,
  etag: true,
  extensions: ['html'],
  // The .br/.gz copies written by scripts/precompress.mjs, chosen by the browser's Accept-Encoding.
  brotli: true,
  gzip: true,
  setHeaders(res, pathname) {
    for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
    // Hashed build assets never change; pages must be revalidated so a new build shows at once.
    res.setHeader('Cache-Control', pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  },
});

const notFoundPage = readFileSync(join(OUT, '404.html'));
/** The 404 page's precompressed copies, best first: sirv picks an encoding only for files found at the address asked for. */
const notFoundCopies = [
  ['br', /\bbr\b/, '404.html.br'],
  ['gzip', /\bgzip\b/, '404.html.gz'],
].flatMap(([encoding, accepted, file]) => (existsSync(join(OUT, file)) ? [{ encoding, accepted, body: readFileSync(join(OUT, file)) }] : []));

const server = createServer((req, res) => {
  assets(req, res, () => {
    for (const [name, value] of Object.entries(headersFor('/404.html'))) res.setHeader(name, value);
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Vary', 'Accept-Encoding');
    const copy = notFoundCopies.find(({ accepted }) => accepted.test(req.headers['accept-encoding'] ?? ''));
    if (copy) res.setHeader('Content-Encoding', copy.encoding);
    res.end(copy?.body ?? notFoundPage);
  });
});

server.listen(port, () => console.log(`eSIM Exit is being served at http://localhost:${port}`));
