#!/usr/bin/env node
/**
 * `npm start`: builds when there is no build or the sources are newer than it, then serves out/
 * at http://localhost:3000 (PORT to change) with the security headers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = join('out', '_headers');
const SOURCES = ['app', 'components', 'lib', 'locales', 'public', 'next.config.mjs', 'package.json'];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const needsBuild = !existsSync(STAMP) || Math.max(...SOURCES.map(newestChange)) > statSync(STAMP).mtimeMs;
if (needsBuild) {
  console.log('Building the site first (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import('./serve.mjs');
