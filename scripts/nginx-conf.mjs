#!/usr/bin/env node
/**
 * Writes an nginx configuration for the build (last step of `npm run build`): a map with every page's CSP and one
 * complete server block. Generated, because the CSP of each page holds the hashes of its inline scripts and
 * changes with every build, and because nginx drops every server-level add_header in a location that has one of
 * its own: each location below repeats the whole set, which only a generator keeps in step.
 * The headers come from scripts/headers.mjs, as for `npm start`; tests/e2e/nginx.spec.ts checks them on a real nginx.
 *
 * Usage: node scripts/nginx-conf.mjs [--dir out] [--root /srv/esim-exit] [--port 8080] [--output out-nginx.conf]
 * Include the file in the http block of nginx.conf (it holds a map, which belongs there), after copying out/ and
 * out-compressed/ into the one folder named by --root (gzip_static finds page.html.gz beside page.html).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { cacheControlFor, COMMON_HEADERS, contentSecurityPolicy } from './headers.mjs';
import { htmlFiles } from './html-files.mjs';

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > -1 ? process.argv[at + 1] : fallback;
}

/** A value as an nginx quoted string (our values hold no quotes or $, but the generator must not depend on that). */
function quoted(value) {
  if (/["\\$\n]/.test(value)) throw new Error(`cannot put ${value} into nginx.conf`);
  return `"${value}"`;
}

/** The add_header lines every location needs: nginx keeps none from the server level once a location sets one. */
function headerLines(cacheControl, indent) {
  const headers = { ...COMMON_HEADERS, 'Cache-Control': cacheControl };
  const lines = Object.entries(headers).map(([name, value]) => `add_header ${name} ${quoted(value)} always;`);
  // Empty for anything but a page: nginx sends no header with an empty value.
  lines.push('add_header Content-Security-Policy $esim_exit_csp always;');
  return lines.map((line) => indent + line).join('\n');
}

export function nginxConf({ dir, root, port }) {
  const pages = htmlFiles(dir).sort();
  const mapEntries = pages.map((file) => {
    const uri = `/${relative(dir, file).split(sep).join('/')}`;
    return `    ${quoted(uri)} ${quoted(contentSecurityPolicy(readFileSync(file, 'utf8')))};`;
  });
  const page = headerLines(cacheControlFor('/'), '        ');
  return `# Written by scripts/nginx-conf.mjs from the build in ${dir}/ (${pages.length} pages). Do not edit: regenerate after every build.
# Include it in the http block of nginx.conf. Serves ${root}, which holds out/ and out-compressed/ copied together.

# Each page's Content-Security-Policy, by the file nginx serves ($uri after try_files). Also in the page's <meta> tag.
map_hash_max_size ${Math.max(2048, 2 ** Math.ceil(Math.log2(pages.length * 2)))};
map_hash_bucket_size 128;
map $uri $esim_exit_csp {
    default "";
${mapEntries.join('\n')}
}

server {
    # A port above 1024, so nginx need not run as root to bind it; put TLS and port 443 in front as usual.
    listen ${port};
    listen [::]:${port};
    server_name _;
    root ${root};
    server_tokens off;
    # Redirects name the path only, so they stay right behind a proxy or on another port.
    absolute_redirect off;
    disable_symlinks on;
    charset utf-8;
    charset_types text/css text/plain application/javascript application/json application/manifest+json image/svg+xml;
    # The .gz copies from out-compressed/; on the fly for anything without one. Both send Vary: Accept-Encoding.
    gzip_static on;
    gzip on;
    gzip_vary on;
    gzip_types text/css text/plain application/javascript application/json application/manifest+json image/svg+xml;
    error_page 404 /404.html;

    # Used by the responses nginx makes before choosing a location (the method check below).
${headerLines('no-store', '    ')}

    if ($request_method !~ ^(GET|HEAD)$) {
        return 405;
    }

    location / {
${page}
        # /en/t2/ → /en/t2/index.html; /en/t2 (a folder) → redirect to /en/t2/; anything else → the 404 page.
        try_files $uri \${uri}index.html @folder;
    }

    location @folder {
${page}
        if (-d $request_filename) {
            return 308 $uri/$is_args$args;
        }
        return 404;
    }

    # Host configuration, dotfiles and the compressed copies are never served at their own address.
    location ~ (^|/)\\.|^/_headers$|^/_redirects$|\\.(br|gz)$ {
        return 404;
    }

    # A page has one address: /en/t2/index.html, /en/t2/index and /index redirect to it.
    location ~ ^(?<esim_exit_folder>.*/)index(\\.html)?$ {
${page}
        return 308 $esim_exit_folder$is_args$args;
    }

    # The 404 page is only ever sent with status 404, whatever address it is asked for by.
    location ~ ^/(404|_not-found)(/|\\.html)?$ {
        return 404;
    }

    location = /404.html {
        internal;
${page}
    }

    location /_next/static/ {
${headerLines(cacheControlFor('/_next/static/'), '        ')}
        try_files $uri =404;
    }

    # nginx's mime.types does not know .webmanifest.
    location = /manifest.webmanifest {
        types { }
        default_type application/manifest+json;
${page}
    }
}
`;
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const dir = option('--dir', 'out');
  const output = option('--output', `${dir}-nginx.conf`);
  const text = nginxConf({ dir, root: option('--root', '/srv/esim-exit'), port: Number(option('--port', 8080)) });
  writeFileSync(output, text);
  console.log(`nginx: wrote ${output}`);
}
