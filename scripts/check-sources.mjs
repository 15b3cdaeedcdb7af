#!/usr/bin/env node
/**
 * `npm run check:sources`: visits every source and channel address the app cites (lib/freshness/targets.ts lists them)
 * and prints one line per problem (unreachable, redirected off the official domains, text changed since its recorded
 * fingerprint), then a summary; exits 1 when there is a problem, so a scheduled CI run fails visibly.
 *   --update            record the fingerprint of every page read in lib/carriers/fingerprints.json (commit it after reading the changes)
 *   --concurrency <n>   pages fetched at once (default 4)
 *   --timeout <s>       seconds per request (default 15)
 *   --fingerprints <f>  another fingerprint file (default lib/carriers/fingerprints.json)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkSources, formatProblems, formatSummary } from '../lib/freshness/check.ts';
import { listTargets } from '../lib/freshness/targets.ts';

const { values } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '4' },
    timeout: { type: 'string', default: '15' },
    fingerprints: { type: 'string', default: fileURLToPath(new URL('../lib/carriers/fingerprints.json', import.meta.url)) },
  },
});
const concurrency = Number(values.concurrency);
const timeoutMs = Number(values.timeout) * 1000;
if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`--concurrency must be a whole number of at least 1 (got "${values.concurrency}")`);
if (!(timeoutMs > 0)) throw new Error(`--timeout must be a number of seconds above 0 (got "${values.timeout}")`);

const fingerprints = existsSync(values.fingerprints) ? JSON.parse(readFileSync(values.fingerprints, 'utf8')) : {};
const targets = listTargets();
const report = await checkSources(targets, { fingerprints, update: values.update, concurrency, timeoutMs, today: new Date().toISOString().slice(0, 10) });

for (const line of formatProblems(report.problems)) console.log(line);
if (values.update) writeFileSync(values.fingerprints, `${JSON.stringify(report.fingerprints, null, 2)}\n`);
console.log(formatSummary(report, values.update));
process.exitCode = report.problems.length > 0 ? 1 : 0;
