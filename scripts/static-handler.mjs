/**
 * The request handler behind `npm start` (scripts/serve.mjs): serves the static build the way a careful
 * static host would, and sends the same headers as the generated host configurations (scripts/headers.mjs).
 *
 * Written here rather than taken from sirv (which this replaced) because sirv 3.0.2 could not be made safe
 * from outside: it lists the folder once at start (a rebuild then crashes it with ENOENT, cuts grown files and
 * leaves clients of shrunk files waiting), an invalid Range header throws ERR_OUT_OF_RANGE outside any handler
 * (the whole process exits), `bytes=-5` is read as 0-5, and its 304s skip the setHeaders hook that carried the CSP.
 * The tricky parts stay in libraries: Range parsing is range-parser (Express's), MIME types are mrmime.
 *
 * Every request reads the disk afresh (stat, open, read the whole file through one descriptor), so what is served
 * is what is on disk now and the Content-Length always matches the bytes sent. Files here are small (the largest
 * script is a few hundred KB); reading them whole is simpler and safer than streaming a file that may change.
 */
import { open, realpath, stat } from 'node:fs/promises';
import { extname, join, posix, sep } from 'node:path';
import { lookup } from 'mrmime';
import parseRange from 'range-parser';
import { contentSecurityPolicy, headersFor } from './headers.mjs';

/** The encodings precompressed copies exist in (scripts/precompress.mjs), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

/** Addresses never served even though a file may exist: host configuration, dotfiles, stray compressed copies. */
const HIDDEN = /(^|\/)(\.|_headers$|_redirects$)|\.(br|gz)$/;

/** Content types whose text we label as UTF-8. */
const TEXT_TYPE = /^(text\/|application\/(javascript|json|manifest\+json|xml))|\+xml$/;

export function contentTypeOf(path) {
  const type = lookup(extname(path)) ?? 'application/octet-stream';
  return TEXT_TYPE.test(type) ? `${type}; charset=utf-8` : type;
}

/** The encodings the client accepts (q=0 refuses one), per RFC 9110 §12.5.3, simplified to what we offer. */
function acceptedEncodings(header = '') {
  const accepted = new Set();
  for (const part of String(header).split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    if (token === '*') ENCODINGS.forEach((e) => accepted.add(e.name));
    else accepted.add(token);
  }
  return accepted;
}

/** Reads a regular file inside `root` whole, through one descriptor; null when it is missing, not a file, or leaves root. */
async function readInside(root, path) {
  let handle;
  try {
    // A symbolic link may point anywhere: only files whose real path is inside the real root are served.
    const real = await realpath(path);
    if (real !== root && !real.startsWith(root + sep)) return null;
    handle = await open(real, 'r');
    const info = await handle.stat();
    if (!info.isFile()) return null;
    const body = await handle.readFile();
    return { body, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (['ENOENT', 'ENOTDIR', 'EISDIR', 'ELOOP', 'EACCES', 'ENAMETOOLONG'].includes(error.code)) return null;
    throw error;
  } finally {
    await handle?.close();
  }
}

async function isDirectory(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A handler for node:http: `(req, res) => Promise<void>`. `root` is the deploy folder (out/), `compressedRoot`
 * the folder of .br/.gz copies kept outside it (out-compressed/); a copy older than its original is ignored.
 */
export async function createStaticHandler({ root, compressedRoot }) {
  const realRoot = await realpath(root);
  /** Per-page CSP, remembered by file content identity (path, size, mtime) so a rebuilt page gets its new one. */
  const policies = new Map();

  function policyOf(urlPath, file) {
    const key = `${urlPath}\0${file.body.length}\0${file.mtimeMs}`;
    let policy = policies.get(key);
    if (!policy) {
      policy = contentSecurityPolicy(file.body.toString('utf8'));
      if (policies.size > 5000) policies.clear();
      policies.set(key, policy);
    }
    return policy;
  }

  function setHeaders(res, headers) {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  }

  function redirect(res, location, search) {
    res.statusCode = 308;
    setHeaders(res, headersFor(location));
    // Encode, so a path such as /\evil.example can never become a protocol-relative Location.
    res.setHeader('Location', encodeURI(location).replace(/\\/g, '%5C') + search);
    res.setHeader('Content-Length', 0);
    res.end();
  }

  function plain(res, status, message, extra = {}) {
    res.statusCode = status;
    setHeaders(res, { ...headersFor('/'), ...extra, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    const body = Buffer.from(`${message}\n`);
    res.setHeader('Content-Length', body.length);
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  /** The precompressed copy of `urlPath` the client accepts, if one exists and is not older than the original. */
  async function compressedCopy(req, urlPath, original) {
    // Looked up per request: a rebuild may create or remove the folder while we serve.
    const realCompressed = compressedRoot ? await realpath(compressedRoot).catch(() => null) : null;
    if (!realCompressed) return null;
    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    for (const encoding of ENCODINGS) {
      if (!accepted.has(encoding.name)) continue;
      const copy = await readInside(realCompressed, join(realCompressed, urlPath + encoding.suffix));
      if (copy && copy.mtimeMs >= original.mtimeMs) return { ...copy, encoding: encoding.name };
    }
    return null;
  }

  /** Sends a file (or the 404 page with status 404): headers, conditional GET, Range, HEAD. */
  async function send(req, res, status, address, filePath, file) {
    const isHtml = filePath.endsWith('.html');
    const copy = await compressedCopy(req, filePath, file);
    const chosen = copy ?? file;
    const etag = `W/"${chosen.body.length.toString(16)}-${Math.floor(chosen.mtimeMs).toString(16)}${copy ? `-${copy.encoding}` : ''}"`;
    const headers = {
      ...headersFor(address),
      ...(isHtml ? { 'Content-Security-Policy': policyOf(filePath, file) } : {}),
      'Content-Type': contentTypeOf(filePath),
      Vary: 'Accept-Encoding',
    };
    if (status === 200) {
      headers.ETag = etag;
      headers['Accept-Ranges'] = 'bytes';
    }
    if (copy) headers['Content-Encoding'] = copy.encoding;
    setHeaders(res, headers);

    const ifNoneMatch = req.headers['if-none-match'];
    if (status === 200 && ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*' || tag.trim() === etag.slice(2))) {
      res.statusCode = 304;
      res.removeHeader('Content-Type');
      res.end();
      return;
    }

    let body = chosen.body;
    res.statusCode = status;
    const range = req.headers.range;
    const ifRange = req.headers['if-range'];
    if (status === 200 && range && (!ifRange || ifRange === etag)) {
      const ranges = parseRange(body.length, range, { combine: true });
      if (ranges === -1) {
        // Unsatisfiable (bytes=5-2, bytes=999999-): 416, with the size so the client can ask again.
        res.statusCode = 416;
        res.setHeader('Content-Range', `bytes */${body.length}`);
        res.removeHeader('Content-Type');
        res.setHeader('Content-Length', 0);
        res.end();
        return;
      }
      // Malformed (-2), other units, or several ranges: the whole file, which every client accepts.
      if (Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1) {
        const { start, end } = ranges[0];
        res.statusCode = 206;
        res.setHeader('Content-Range', `bytes ${start}-${end}/${body.length}`);
        body = body.subarray(start, end + 1);
      }
    }
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function notFound(req, res) {
    const page = await readInside(realRoot, join(realRoot, '404.html'));
    if (!page) return plain(res, 404, 'Not found');
    return send(req, res, 404, '/404.html', '/404.html', page);
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const url = req.url ?? '';
    if (!url.startsWith('/')) return plain(res, 400, 'Bad request');
    const queryAt = url.indexOf('?');
    const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
    const search = queryAt === -1 ? '' : url.slice(queryAt);
    let path;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return plain(res, 400, 'Bad request');
    }
    if (path.includes('\0') || path.includes('\\')) return plain(res, 400, 'Bad request');
    // /a//b, /a/./b and /a/../b: one canonical address (normalize never climbs above /).
    const normal = posix.normalize(path);
    if (normal !== path) return redirect(res, normal, search);
    if (HIDDEN.test(path)) return notFound(req, res);

    // Pages have one address each, ending in a slash: /en/t2/index.html, /en/t2/index and /index go there.
    const page = /^(.*\/)index(\.html)?$/.exec(path);
    if (page) return redirect(res, page[1], search);
    // The 404 page is only ever a 404, never a 200 at its own address.
    if (/^\/(404|_not-found)(\/|\.html)?$/.test(path)) return notFound(req, res);

    const target = join(realRoot, path);
    if (path.endsWith('/')) {
      const file = await readInside(realRoot, join(target, 'index.html'));
      return file ? send(req, res, 200, path, `${path}index.html`, file) : notFound(req, res);
    }
    const file = await readInside(realRoot, target);
    if (file) return send(req, res, 200, path, path, file);
    // /en/t2 → /en/t2/ (a folder with a page in it), as static hosts do.
    if ((await isDirectory(target)) && (await readInside(realRoot, join(target, 'index.html')))) return redirect(res, `${path}/`, search);
    return notFound(req, res);
  }

  return async (req, res) => {
    try {
      await handle(req, res);
    } catch (error) {
      // One failed response never takes the server down: log it, answer 500 if nothing was sent yet.
      console.error(`${req.method} ${req.url}: ${error?.stack ?? error}`);
      if (!res.headersSent) plain(res, 500, 'Internal error');
      else res.destroy();
    }
  };
}
