#!/usr/bin/env node
/**
 * `npm run bench` (a benchmark, not a test): builds once, then prints one table — for the start page,
 * the carrier list, an overview and each stage page, the gzipped JS the page loads and its gzipped HTML
 * next to the framework floor (the language choice page: no client components), as a ratio and against
 * the budgets; and the Lighthouse 12 mobile scores (median of 3) for three route types.
 * Needs Chromium: CHROME_PATH, else /usr/bin/chromium. `--no-build` reuses out/, `--runs N` changes 3, `--only /route/` scores one route.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from './find-browser.mjs';
import { pageWeight } from './page-weight.mjs';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const PORT = 3290;
const FLOOR = '/';
const BUDGET = { stageJsOverFloor: 25 * 1024, stageHtml: 20 * 1024, performance: 95, accessibility: 100 };
const STAGE_PAGES = ['confirm-online', 'gather-materials', 'submit-request', 'track-review', 'check-charges'].map((s) => `/ru/t2/${s}/`);
const PAGES = ['/ru/', '/ru/t2/', ...STAGE_PAGES, '/ru/identify/', '/ru/support/'];
/** Route types scored by Lighthouse; the floor page is scored too, to show what the framework alone gets on this machine. */
const LIGHTHOUSE_ROUTES = [
  ['floor (no client components)', '/?choose'],
  ['start (carrier list)', '/ru/'],
  ['overview', '/ru/t2/'],
  ['stage', '/ru/t2/gather-materials/'],
];

if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const floor = pageWeight(FLOOR);
const weightRows = PAGES.map((page) => {
  const w = pageWeight(page);
  const isStage = STAGE_PAGES.includes(page);
  const within = !isStage || (w.js - floor.js <= BUDGET.stageJsOverFloor && w.html <= BUDGET.stageHtml);
  return [page, kb(w.js), `+${kb(w.js - floor.js)}`, (w.js / floor.js).toFixed(3), kb(w.html), isStage ? (within ? 'within' : 'OVER') : ''];
});

const chrome = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null);
let lighthouseRows = [];
if (!chrome) {
  console.warn('No Chromium for Lighthouse: set CHROME_PATH (Lighthouse scores skipped).');
} else {
  const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT)], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 800));
  try {
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    for (const [name, route] of LIGHTHOUSE_ROUTES.filter(([, r]) => !only || r === only)) {
      const scores = { performance: [], accessibility: [], 'best-practices': [] };
      let failed = 0;
      // Runs without a score are retried, up to as many again, so a median is always over scored runs.
      for (let attempt = 1; scores.performance.length < runs && attempt <= runs * 2; attempt++) {
        const browser = await chromeLauncher.launch({
          chromePath: chrome,
          chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
        });
        try {
          const result = await lighthouse(`http://localhost:${PORT}${route}`, {
            port: browser.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: Object.keys(scores),
          });
          // A run Lighthouse could not finish has no score (null, not 0): say why and leave it out of the median.
          const failure = whyUnscored(result?.lhr, Object.keys(scores));
          if (failure) {
            console.warn(`Lighthouse run ${attempt} of ${route} gave no score: ${failure}`);
            failed += 1;
            continue;
          }
          for (const key of Object.keys(scores)) scores[key].push(Math.round(result.lhr.categories[key].score * 100));
        } finally {
          await browser.kill();
        }
      }
      const m = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v.length ? median(v) : null]));
      const within = m.performance >= BUDGET.performance && m.accessibility >= BUDGET.accessibility;
      const verdict = m.performance === null ? 'NO SCORE' : route === '/?choose' ? '' : within ? 'within' : 'OVER';
      const runsShown = scores.performance.join('/') + (failed ? ` (${failed} unscored, retried)` : '');
      lighthouseRows.push([
        `${name} ${route}`,
        String(m.performance ?? '–'),
        String(m.accessibility ?? '–'),
        String(m['best-practices'] ?? '–'),
        verdict,
        runsShown,
      ]);
    }
  } finally {
    server.kill();
  }
}

/** Why a Lighthouse result has no score in one of `categories` (null when every one is scored). */
function whyUnscored(lhr, categories) {
  if (!lhr) return 'Lighthouse returned no result';
  if (lhr.runtimeError) return `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
  const unscored = categories.filter((key) => typeof lhr.categories[key]?.score !== 'number');
  if (!unscored.length) return null;
  const erroredAudits = unscored
    .flatMap((key) => lhr.categories[key]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.errorMessage)
    .map((ref) => `${ref.id}: ${lhr.audits[ref.id].errorMessage}`);
  return `${unscored.join(', ')} unscored${erroredAudits.length ? ` (${erroredAudits.join('; ')})` : ''}`;
}

const table = (head, rows) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
};
console.log(`\nPage weight (gzip -9; noModule polyfills excluded). Floor ${FLOOR}: JS ${kb(floor.js)}, HTML ${kb(floor.html)}.`);
console.log(`Budgets: stage JS ≤ floor + ${kb(BUDGET.stageJsOverFloor)}, stage HTML ≤ ${kb(BUDGET.stageHtml)}.`);
console.log(table(['page', 'JS gz', 'over floor', 'ratio', 'HTML gz', 'budget'], weightRows));
if (lighthouseRows.length) {
  console.log(
    `\nLighthouse ${runs}× per route, mobile (median; performance runs shown). Budgets: performance ≥ ${BUDGET.performance}, accessibility ${BUDGET.accessibility}.`,
  );
  console.log(table(['route', 'perf', 'a11y', 'best pr.', 'budget', 'perf runs'], lighthouseRows));
}
