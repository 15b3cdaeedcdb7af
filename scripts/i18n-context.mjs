#!/usr/bin/env node
/**
 * Writes locales/context.json: for every en key, where it appears (the files that name it, literally or
 * through a pattern like t(`stages.${stage}.name`)) and what each {{variable}} holds. Translators read it;
 * `npm run i18n:check` fails when it is out of date. Usage: tsx scripts/i18n-context.mjs [--check]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flatten } from '../lib/i18n/flatten.ts';
import { variables } from '../lib/i18n/variables.ts';

/** What each variable holds, in the words a translator needs. */
export const VARIABLE_MEANINGS = {
  carrier: "the carrier's name in this language (e.g. “T2 (Tele2 Russia)”)",
  stage: 'the name of a stage, from stages.*.name',
  count: 'a number: pick the plural form for it',
  number: 'the stage number, 1 to 5',
  total: 'the number of stages, 5',
  date: 'a date written out in this language, or the letter date typed by the traveler',
  language: 'the name of a language in this language, lower-case where this language writes it so (e.g. “Russian” in English, “русский” in Russian)',
  verdict: 'how the plan can be ended, from verdict.kinds.* (e.g. “only by phone”)',
  ref: "a support team's case reference (letters, digits, dashes)",
  link: 'the full link to the guide',
  name: "the traveler's full name",
  phone: 'a phone number in international form (+79123456789)',
  email: "the traveler's account email",
  iccid: 'the SIM number (ICCID)',
  order: 'an order number',
  bankDetails: 'bank account details for the balance refund, as typed',
  reference: "the carrier's reference number for the request",
  submittedOn: 'the date the cancellation was sent (YYYY-MM-DD)',
  chargeDate: 'the date of the unexpected charge (YYYY-MM-DD)',
  amount: 'the amount charged, as typed (e.g. “US$9.90”)',
  cancelledOn: 'the date of the cancellation (YYYY-MM-DD)',
  deadline: 'the last day to send the dispute',
  carrierId: "the carrier's id in the site's addresses (e.g. “t2”): keep it as it is",
  item: 'what the report is about, as an id (e.g. “rule:t2-store-visit”, “fact:refundWindow”): keep it as it is',
  page: 'the address of the page, without the site (e.g. “/ru/t2/submit-request/”)',
  locale: 'the language tag of the page (e.g. “zh-CN”)',
  deadline: 'the name of a deadline, from case.deadlines.* (e.g. “Answer expected”)',
  label: 'a label of the case card, from stages.*.name or case.fields.*.label (e.g. “Sent on”)',
  value: 'what that label holds: a status from status.*, a date (YYYY-MM-DD) or a reference as typed',
};

const top = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIRS = ['app', 'components', 'lib'];

function sourceFiles() {
  return SOURCE_DIRS.flatMap(function walk(dir) {
    // Tests beside the components name keys too, but a translator needs the places a traveler meets them.
    return readdirSync(join(top, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  });
}

/** Key patterns each file names: literal keys and template literals with ${…} holes. */
function patternsByFile() {
  return sourceFiles().map((file) => {
    const text = readFileSync(join(top, file), 'utf8');
    const found = [...text.matchAll(/['`]([a-zA-Z][\w-]*(?:\.(?:[\w-]+|\$\{[^}]+\}))+)['`]/g)].map((m) => m[1]);
    return { file, patterns: found.map((p) => new RegExp(`^${p.replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '[^.]+')}$`)) };
  });
}

export function buildContext() {
  const files = patternsByFile();
  const context = {};
  for (const name of readdirSync(join(top, 'locales', 'en'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const ns = name.replace(/\.json$/, '');
    const keys = flatten(JSON.parse(readFileSync(join(top, 'locales', 'en', name), 'utf8')));
    for (const [key, text] of Object.entries(keys)) {
      const bare = key.replace(/_(zero|one|two|few|many|other)$/, '');
      // Letters are looked up by their kind (letterTemplate(locale, 'cancellation')), carrier texts by their full key.
      const probes = [bare, bare.split('.').slice(0, 1).join('.'), bare.split('.').slice(0, 2).join('.')];
      let where = files.filter((f) => f.patterns.some((p) => probes.some((k) => p.test(k)))).map((f) => f.file.split('\\').join('/'));
      // A letter's lines are read whole, by the letter's kind (lib/i18n/server.ts letterTemplate), and shown by these.
      if (ns === 'letters' && !bare.startsWith('ui.'))
        where = ['components/letters/LetterBuilder.tsx', 'components/case/CaseSummary.tsx', 'lib/letters/compose.ts'];
      const vars = variables(text);
      context[`${ns}:${key}`] = {
        where: [...new Set(where)].sort(),
        ...(vars.length ? { variables: Object.fromEntries(vars.map((v) => [v, VARIABLE_MEANINGS[v] ?? 'see the English text'])) } : {}),
      };
    }
  }
  return context;
}

export const CONTEXT_FILE = join(top, 'locales', 'context.json');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(buildContext(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(CONTEXT_FILE, 'utf8') !== text) {
      console.error(`${relative(process.cwd(), CONTEXT_FILE)} is out of date: run npm run i18n:context`);
      process.exit(1);
    }
  } else {
    writeFileSync(CONTEXT_FILE, text);
    console.log(`wrote ${relative(process.cwd(), CONTEXT_FILE)}`);
  }
}
