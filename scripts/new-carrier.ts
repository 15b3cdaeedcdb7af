/**
 * `npm run new:carrier -- <id> [--name "Acme Mobile"] [--site https://www.acme.example/] [--dry-run]`: scaffolds a carrier.
 * Writes lib/carriers/<id>.ts (the minimal valid shape: every fact a gap, one "check with the carrier" verdict), its
 * entry in lib/carriers/catalogue.ts in sorted position, and its English sentences in locales/en/carriers.json as
 * "TODO: …", which `npm run i18n:check` (and so the build) refuses until they are written. Refuses an id that is not
 * lowercase words joined by "-", one already taken (a file, a catalogue entry or a sentence namespace), or a reserved
 * route segment (lib/routes.ts). --dry-run prints what it would write. Hand-written: three small text edits, no library
 * does this project's layout.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isReservedSegment, RESERVED_SEGMENTS } from '../lib/routes';
import { carrierNamespace, GENERIC_CARRIER_ID } from '../lib/carriers/define';

export const CATALOGUE_FILE = 'lib/carriers/catalogue.ts';
export const EN_CARRIERS_FILE = 'locales/en/carriers.json';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface Options {
  name?: string;
  /** The carrier's official website (https). Without it the file holds a placeholder on the reserved .invalid domain. */
  site?: string;
}

export type Plan = { ok: true; files: { path: string; contents: string }[]; nextSteps: string[] } | { ok: false; error: string };

/** "acme-mobile" → "acmeMobile": the carrier's export and its namespace in the locale files (as "china-mobile" → "chinaMobile"). */
export function camelName(id: string): string {
  return carrierNamespace(id);
}

/** "acme-mobile" → "Acme Mobile": a first guess at the name, to be checked. */
function titleOf(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function carrierFile(id: string, name: string, site: URL | null): string {
  const camel = camelName(id);
  const url = site ? site.href : 'https://todo.invalid/';
  const host = site ? site.hostname.replace(/^www\./, '') : 'todo.invalid';
  return `/**
 * ${name.replace(/\*\//g, '* /')}. TODO: what it is and where it sells; which research file and sections this rests on. Note: research/${id}.md.
 * Scaffolded by npm run new:carrier: every fact is a gap and the verdict says "check with the carrier" until research
 * finds an official page. Cite each page read with the day it was read (READ_IN_RECHECK or READ_IN_FIRST_RESEARCH).
 */
import { GAPS, source, type CarrierEntry } from './define';

export const ${camel}: CarrierEntry = {
  id: '${id}',
  // TODO: each language's own name for the carrier.
  // TODO: the country (ISO 3166-1, e.g. 'GB'), or null for a seller that sells everywhere; kind and language to match.
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'low',
  difficulty: 'unconfirmed',
  officialDomains: ['${host}'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: GAPS,
  sources: {
    // Not read yet (no date): it backs only the channel and the "check with" verdict beside a page that was read.
    officialSite: source('${url}', true, null),
  },
  channels: [{ id: 'website', kind: 'web', label: '${camel}.channelWebsite', url: '${url}', sources: ['officialSite'] }],
  verdicts: [{ id: 'check-with-${id}', verdict: 'check-with-carrier', text: '${camel}.verdict', channels: ['website'], sources: ['officialSite'], confidence: 'low' }],
  rules: [],
};
`;
}

/** The catalogue with the carrier's import and entry in sorted position (by id, code-unit order, "generic" last). */
function withEntry(catalogue: string, id: string): string | null {
  const camel = camelName(id);
  const lines = catalogue.split('\n');
  const importLine = `import { ${camel} } from './${id}';`;
  const imports = lines.flatMap((line, i) => {
    const m = line.match(/^import \{ \w+ \} from '\.\/([^']+)';$/);
    return m ? [{ i, module: m[1] }] : [];
  });
  const entries = lines.flatMap((line, i) => {
    const m = line.match(/^ {2}\['lib\/carriers\/([^']+)\.ts', \w+, \[.*\]\],$/);
    return m ? [{ i, id: m[1] }] : [];
  });
  if (imports.length === 0 || entries.length === 0) return null;
  const entryBefore = entries.find((e) => e.id === GENERIC_CARRIER_ID || e.id > id) ?? { i: entries.at(-1)!.i + 1 };
  const importBefore = imports.find((m) => m.module > id) ?? { i: imports.at(-1)!.i + 1 };
  // Insert the later line first so the earlier index stays right.
  lines.splice(entryBefore.i, 0, `  ['lib/carriers/${id}.ts', ${camel}, []],`);
  lines.splice(importBefore.i, 0, importLine);
  return lines.join('\n');
}

/** What `new:carrier` would write under `root` (the repository), or why it refuses. Reads only. */
export function planNewCarrier(root: string, id: string, options: Options = {}): Plan {
  if (!ID.test(id)) return { ok: false, error: `"${id}" is not a carrier id: use lowercase letters and digits, words joined by "-" (e.g. "acme-mobile")` };
  if (isReservedSegment(id))
    return {
      ok: false,
      error: `"${id}" is a reserved route segment (lib/routes.ts: ${RESERVED_SEGMENTS.join(', ')}): /{locale}/${id}/ would shadow that page; choose another id`,
    };
  const file = `lib/carriers/${id}.ts`;
  if (existsSync(join(root, file))) return { ok: false, error: `"${id}" is taken: ${file} already exists` };
  const catalogue = readFileSync(join(root, CATALOGUE_FILE), 'utf8');
  if (catalogue.includes(`'lib/carriers/${id}.ts'`)) return { ok: false, error: `"${id}" is taken: ${CATALOGUE_FILE} already lists it` };
  const camel = camelName(id);
  const en = JSON.parse(readFileSync(join(root, EN_CARRIERS_FILE), 'utf8')) as Record<string, unknown>;
  if (camel in en) return { ok: false, error: `"${id}" is taken: ${EN_CARRIERS_FILE} already has sentences under "${camel}"` };
  let site: URL | null = null;
  if (options.site !== undefined) {
    site = URL.canParse(options.site) ? new URL(options.site) : null;
    if (site?.protocol !== 'https:')
      return { ok: false, error: `--site must be the carrier's official website, starting with https:// (got "${options.site}")` };
  }
  const name = options.name?.trim() || titleOf(id);
  const newCatalogue = withEntry(catalogue, id);
  if (newCatalogue === null) return { ok: false, error: `${CATALOGUE_FILE}: no import or entry lines in the expected form; add the entry by hand` };
  const sentences = {
    name,
    channelWebsite: `TODO: ${name} official website (say its language if not English)`,
    verdict: `TODO: Not confirmed: we found no official ${name} page on ending a plan. Check with ${name} before you do anything else.`,
  };
  return {
    ok: true,
    files: [
      { path: file, contents: carrierFile(id, name, site) },
      { path: CATALOGUE_FILE, contents: newCatalogue },
      { path: EN_CARRIERS_FILE, contents: `${JSON.stringify({ ...en, [camel]: sentences }, null, 2)}\n` },
    ],
    nextSteps: [
      `Research: write research/${id}.md (see research/README.md): each page read, its URL, the day read and what it says.`,
      `Facts: in ${file}, replace a gap only with what an official page says, citing it; keep the rest gaps.`,
      ...(site ? [] : [`Site: ${file} holds https://todo.invalid/ until you give the official website (a placeholder, never a source).`]),
      `Sentences: replace every "TODO" under "${camel}" in ${EN_CARRIERS_FILE}; add rules' sentences beside them, then translate into zh-CN, ru and es.`,
      `Name: "${camel}.name" in ${EN_CARRIERS_FILE} is the name travelers see; each language may write its own (МТС for MTS) in its carriers.json.`,
      'Search words: add other names travelers use to locales/aliases.json (carriers.<id>).',
      'Check: npm run validate:carriers && npm run i18n:context && npm run i18n:check (it fails until no TODO is left).',
    ],
  };
}

function main(args: string[]): number {
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i > -1 ? args[i + 1] : undefined;
  };
  const flags = new Set(['--name', '--site']);
  const positional = args.filter((a, i) => !a.startsWith('--') && !flags.has(args[i - 1] ?? ''));
  if (positional.length !== 1) {
    console.error('Usage: npm run new:carrier -- <id> [--name "Acme Mobile"] [--site https://www.acme.example/] [--dry-run]');
    return 2;
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  const plan = planNewCarrier(root, positional[0], { name: value('--name'), site: value('--site') });
  if (!plan.ok) {
    console.error(`new:carrier: ${plan.error}`);
    return 1;
  }
  for (const { path, contents } of plan.files) {
    if (!args.includes('--dry-run')) writeFileSync(join(root, path), contents);
    else if (!existsSync(join(root, path))) console.log(`--- ${path} (new)\n${contents}`);
    else {
      // An edited file: only the lines it gains.
      const old = new Set(readFileSync(join(root, path), 'utf8').split('\n'));
      console.log(
        `--- ${path} (adds)\n${contents
          .split('\n')
          .filter((line) => !old.has(line))
          .join('\n')}\n`,
      );
    }
  }
  console.log(
    `${args.includes('--dry-run') ? 'Would write' : 'Wrote'} ${plan.files.map((f) => f.path).join(', ')}.\nNext:\n${plan.nextSteps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}`,
  );
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
