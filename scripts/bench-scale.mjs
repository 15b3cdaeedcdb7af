#!/usr/bin/env node
/**
 * `npm run bench:scale`: how the deploy folder grows with the catalogue. A benchmark, not a test (it takes many
 * minutes on two cores). Copies the project into a temporary folder, adds synthetic carriers (copies of real ones
 * under new ids) and synthetic languages (en's text, lengthened like the en-XA pseudo-locale), runs the production
 * build steps there, and prints pages, files, bytes, build time and peak memory. Nothing it generates is committed
 * or left behind (SCALE_KEEP=1 keeps the folder).
 *
 * SCALE_CARRIERS (default 100) and SCALE_LANGUAGES (default 12) set the size; SCALE_DIR the folder (inside the project).
 * The limits it checks against: Cloudflare Pages takes 20,000 files per deploy, and we keep out/ under 1 GB.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CARRIERS = Number(process.env.SCALE_CARRIERS ?? 100);
const LANGUAGES = Number(process.env.SCALE_LANGUAGES ?? 12);
/** Real language tags, so Intl (plurals, dates, country names) behaves as it would for a real translation. */
const EXTRA_LANGUAGES = ['fr', 'de', 'it', 'pt', 'ja', 'ko', 'tr', 'uk', 'pl', 'nl', 'vi', 'th', 'id', 'hi', 'fa', 'he'];
const LIMITS = { files: 20_000, bytes: 1024 ** 3 };

const project = resolve('.');
// Inside the project (.cache/ is ignored by git): Turbopack compiles only files under its root, and node_modules
// is then found by walking up from the copy, with no symlink.
mkdirSync(join(project, '.cache'), { recursive: true });
const dir = process.env.SCALE_DIR ? resolve(process.env.SCALE_DIR) : mkdtempSync(join(project, '.cache', 'bench-scale-'));

function edit(file, change) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`bench:scale: could not change ${file}; has its shape changed?`);
  writeFileSync(path, after);
}

// The project, minus what a build writes and git keeps; node_modules is shared.
for (const name of [
  'app',
  'components',
  'lib',
  'locales',
  'public',
  'worker',
  'scripts',
  'next.config.mjs',
  'serwist.config.mjs',
  'tsconfig.json',
  'package.json',
]) {
  cpSync(join(project, name), join(dir, name), { recursive: true });
}

// The real languages are whatever locales/languages.json lists; synthetic ones (copies of en) fill up to LANGUAGES.
const languagesFile = JSON.parse(readFileSync(join(project, 'locales/languages.json'), 'utf8'));
const realLocales = languagesFile.languages.map((l) => l.tag);
const extra = EXTRA_LANGUAGES.filter((l) => !realLocales.includes(l)).slice(0, Math.max(0, LANGUAGES - realLocales.length));
edit('locales/languages.json', (text) =>
  JSON.stringify({ ...JSON.parse(text), languages: [...languagesFile.languages, ...extra.map((l) => ({ tag: l, name: `${l} (synthetic)` }))] }, null, 2),
);
for (const l of extra) cpSync(join(project, 'locales', 'en'), join(dir, 'locales', l), { recursive: true });
// Every language needs its review entry (lib/i18n/reviews.ts): the synthetic ones are drafts.
edit('locales/reviews.json', (text) => JSON.stringify({ ...JSON.parse(text), ...Object.fromEntries(extra.map((l) => [l, { status: 'draft' }])) }, null, 2));
edit('lib/carriers/catalogue.ts', (text) =>
  text.replace(
    /\n\];\s*$/,
    `\n];\n\n// bench:scale: copies of the real carriers under new ids, up to ${CARRIERS} in all ("generic" stays last).\nconst REAL = CATALOGUE.slice(0, -1);\nfor (let i = 0; CATALOGUE.length < ${CARRIERS}; i++) {\n  const [file, carrier, rules] = REAL[i % REAL.length];\n  CATALOGUE.splice(CATALOGUE.length - 1, 0, [file, { ...carrier, id: \`\${carrier.id}-s\${i}\` }, rules]);\n}\n`,
  ),
);
// The typecheck belongs to `npm test`; here it would only add minutes to every run.
edit('next.config.mjs', (text) =>
  text.replace("output: 'export',", `output: 'export',\n  typescript: { ignoreBuildErrors: true },\n  turbopack: { root: ${JSON.stringify(project)} },`),
);

/** Sums the resident memory of a process and all its descendants (next build runs workers). */
function treeRss(rootPid) {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const pids = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of rows) {
      if (pids.has(ppid) && !pids.has(pid)) {
        pids.add(pid);
        grew = true;
      }
    }
  }
  return rows.filter(([pid]) => pids.has(pid)).reduce((sum, [, , rss]) => sum + rss * 1024, 0);
}

function run(command) {
  return new Promise((done, fail) => {
    const child = spawn('sh', ['-c', command], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 1000);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code === 0) done(peak);
      else fail(new Error(`bench:scale: \`${command}\` failed with ${code} (folder kept: ${dir})`));
    });
  });
}

function measure(folder) {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  if (!existsSync(folder)) return { files, bytes, pages };
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { files, bytes, pages };
}

console.log(`bench:scale: ${CARRIERS} carriers × ${LANGUAGES} languages in ${dir}`);
const started = Date.now();
let peak = 0;
for (const step of [
  'npx next build',
  'node scripts/prune-rsc.mjs',
  'node scripts/security-headers.mjs',
  'node scripts/precompress.mjs',
  'node scripts/nginx-conf.mjs',
]) {
  const stepStarted = Date.now();
  peak = Math.max(peak, await run(step));
  console.log(`bench:scale: ${step}: ${((Date.now() - stepStarted) / 1000).toFixed(0)} s`);
}
const seconds = (Date.now() - started) / 1000;
const out = measure(join(dir, 'out'));
const compressed = measure(join(dir, 'out-compressed'));
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const report = [
  `carriers × languages   ${CARRIERS} × ${LANGUAGES}`,
  `pages                  ${out.pages}`,
  `out/ (deploy folder)   ${out.files} files, ${mb(out.bytes)} (${(out.files / out.pages).toFixed(2)} files and ${(out.bytes / out.pages / 1024).toFixed(0)} KB per page)`,
  `out-compressed/        ${compressed.files} files, ${mb(compressed.bytes)} (npm start and nginx only)`,
  `build time             ${seconds.toFixed(0)} s (next build, prune-rsc, CSP, precompress, nginx.conf)`,
  `peak memory            ${mb(peak)} (all build processes together, sampled each second)`,
  `limits                 ${out.files <= LIMITS.files ? 'within' : 'OVER'} 20,000 files; ${out.bytes <= LIMITS.bytes ? 'within' : 'OVER'} 1 GB`,
];
console.log(`\n${report.join('\n')}`);
if (process.env.SCALE_KEEP !== '1' && !process.env.SCALE_DIR) rmSync(dir, { recursive: true, force: true });
