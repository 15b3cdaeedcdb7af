#!/usr/bin/env node
/**
 * Runs the WebKit suite (tests/webkit/) against the built site in WebKitGTK's MiniBrowser through
 * WebKitWebDriver, under xvfb-run when there is no display. Finds what it needs first; where something is
 * missing it installs the distribution's packages (webkit2gtk-driver, xvfb) when this machine allows it, the way
 * the Chromium runner does (scripts/e2e.mjs), or says in one line what to install.
 * Playwright's own WebKit cannot be downloaded here; Debian's WebKitGTK is the real engine with a W3C driver.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { installPackages, onPath } from './system-packages.mjs';

export const WEBKIT_PACKAGES = ['webkit2gtk-driver', 'xvfb'];

/** MiniBrowser lives in the library's private directory, which differs by architecture and API version. */
function findMiniBrowser(env) {
  if (env.WEBKIT_MINIBROWSER) return existsSync(env.WEBKIT_MINIBROWSER) ? env.WEBKIT_MINIBROWSER : null;
  const roots = ['/usr/lib', '/usr/libexec', '/usr/local/lib'];
  for (const root of roots) {
    let entries = [];
    try {
      entries = readdirSync(root);
    } catch {
      continue;
    }
    for (const dir of [...entries.map((e) => join(root, e)), root]) {
      for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
        const candidate = join(dir, api, 'MiniBrowser');
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return null;
}

/** @returns {{ driver: string | null, miniBrowser: string | null, xvfbRun: string | null, needsXvfb: boolean }} */
export function findWebKit(env = process.env) {
  return {
    driver: env.WEBKIT_WEBDRIVER || onPath('WebKitWebDriver', env.PATH),
    miniBrowser: findMiniBrowser(env),
    xvfbRun: onPath('xvfb-run', env.PATH),
    needsXvfb: !env.DISPLAY && !env.WAYLAND_DISPLAY,
  };
}

const complete = (found) => Boolean(found.driver && found.miniBrowser && (found.xvfbRun || !found.needsXvfb));

function ensureWebKit() {
  let found = findWebKit();
  if (complete(found)) return found;
  console.log("WebKit suite: WebKitWebDriver, MiniBrowser or xvfb-run missing; trying the distribution's packages…");
  const installed = installPackages(WEBKIT_PACKAGES);
  found = findWebKit();
  if (complete(found)) return found;
  const why = installed.installed ? 'installed, yet still missing' : installed.reason;
  console.error(
    `No WebKit for the WebKit suite (${why}): run \`sudo apt-get install ${WEBKIT_PACKAGES.join(' ')}\` (Debian/Ubuntu) or set WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER.`,
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = ensureWebKit();
  console.log(`WebKit suite: ${found.driver} driving ${found.miniBrowser}${found.needsXvfb ? ' under xvfb-run' : ''}`);
  const vitest = ['npx', 'vitest', 'run', '--config', 'vitest.webkit.config.mts', ...process.argv.slice(2)];
  const command = found.needsXvfb ? [found.xvfbRun, '-a', '-s', '-screen 0 1280x1024x24', ...vitest] : vitest;
  const run = spawnSync(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, WEBKIT_WEBDRIVER: found.driver, WEBKIT_MINIBROWSER: found.miniBrowser },
  });
  process.exit(run.status ?? 1);
}
