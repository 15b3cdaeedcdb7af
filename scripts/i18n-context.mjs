#!/usr/bin/env node
/**
 * Writes locales/context.json: what a translator needs for every en key, without reading code. Per key:
 *   pages     the addresses where it shows ("/{lang}/{carrier}/submit-request/"), from the route that renders the file
 *             naming the key (import graph from app/), or for carrier texts from the carrier data (stage of each item);
 *   example   one concrete address of those, to open it;
 *   combines  how it goes together with other keys (KEY_NOTES);
 *   maxLength with lengthWhy, for badges, buttons and short labels (lib/i18n/lengths.ts; i18n:check warns past it);
 *   doNotTranslate  true for a key kept as written, or the parts kept as written: names, tagged carrier-language
 *             phrases, in-app menu labels, URLs, emails, USSD codes;
 *   letter    for letters, their purpose and register (LETTER_KINDS);
 *   variables what each {{variable}} holds;  where  the code files (for developers).
 * Deterministic (sorted, no dates); `npm run i18n:check` fails when it is out of date. Usage: tsx scripts/i18n-context.mjs [--check]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { extractFacts, menuLabels, containsTerm } from '../lib/i18n/facts.ts';
import { flatten } from '../lib/i18n/flatten.ts';
import { lengthLimit } from '../lib/i18n/lengths.ts';
import { PHRASE } from '../lib/i18n/phrases.ts';
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

/**
 * The letters, by kind: what each is for and the register to write it in, with why. Letters are sent in the carrier's
 * own language too, so write each as a native writer would send it to that carrier.
 */
export const LETTER_KINDS = {
  cancellation: {
    purpose: "the cancellation request itself, sent by email or contact form to the carrier's support team",
    register: 'formal written: polite, short and unambiguous; no idioms or jokes',
    why: 'a support agent reads many of these and acts on the exact request; a vague or chatty one gets a reply asking what is meant',
  },
  counter: {
    purpose: "a written application to terminate the contract, handed over (printed or on the phone's screen) at the carrier's store and signed",
    register: 'formal, administrative: the wording of an application form in your language',
    why: 'store staff file it as a legal request: it must read like the forms they know',
  },
  callScript: {
    purpose: 'what to say on the phone to the carrier, and what to expect',
    register: 'spoken: short sentences a traveler can read aloud, polite, nothing that only works in writing',
    why: 'the traveler reads it aloud, maybe in a language they do not speak; long sentences break down on the phone',
  },
  powerOfAttorney: {
    purpose: 'what a notarised power of attorney must contain, for a representative to cancel on the traveler’s behalf',
    register: 'legal: precise legal terms of your language, nothing paraphrased loosely',
    why: 'a legal document: a notary and the carrier check its wording; keep the carrier-language phrases as written',
  },
  followUp: {
    purpose: 'a reminder to the carrier’s support team when the request got no answer by the expected date',
    register: 'formal written, firm but polite, with the reference and dates',
    why: 'it restarts a stalled request: it must be clear what was asked and when',
  },
  followUpDocuments: {
    purpose: 'a reply to the carrier’s support team sending the documents they asked for',
    register: 'formal written, short, with the reference',
    why: 'it joins an open case: the agent matches it by the reference',
  },
  followUpReasons: {
    purpose: 'a reply to the carrier’s answer (a refusal or a question), restating the request and its legal basis',
    register: 'formal written, firm, factual',
    why: 'it may be read later by a regulator or a court: facts and dates exact, no emotion',
  },
  dispute: {
    purpose: 'a letter to the traveler’s bank disputing a card charge made after the cancellation',
    register: 'formal written, factual: dates, amounts and references exact',
    why: 'the bank decides on the facts stated; keep every number, date and reference as in English',
  },
  seller: {
    purpose: 'a letter to the shop that sold the eSIM (a reseller), asking it to cancel with the carrier',
    register: 'formal written, polite',
    why: 'the shop’s own terms apply: it must act for the traveler',
  },
  sellerQuote: {
    purpose: 'one request the shop passes on to the carrier, in the carrier’s language',
    register: 'formal written, in the words of a contract holder',
    why: 'the shop forwards it as it is: it must stand alone',
  },
  basis: {
    purpose: 'a paragraph of law inserted into the letters (the legal basis of the request)',
    register: 'legal citation: the official name and numbering of the law in your language (e.g. French “article 11 bis” for Article 11a)',
    why: 'the carrier’s legal team looks the citation up: it must match the official text in your language',
  },
  ui: {
    purpose: 'the letter builder’s own labels and buttons (not sent to anyone)',
    register: 'the interface’s register: short, direct',
    why: 'the traveler reads these, not the carrier',
  },
};

/** How keys go together, by "namespace:key" pattern: what a translator cannot see from one sentence. */
export const KEY_NOTES = [
  [
    /^letters:(?!ui\.|basis\.)[\w-]+\.lines\./,
    'one paragraph of the letter: the lines are joined in their order, one paragraph each, under the subject or title; a line whose {{variable}} the traveler left empty is left out, so each line must stand alone',
  ],
  [/^letters:[\w-]+\.subject$/, 'the subject line of the email (one line, plain text)'],
  [/^letters:[\w-]+\.title$/, 'the heading above the letter when it is shown or printed'],
  [/^letters:basis\./, 'a paragraph inserted into the letters where the law applies to the carrier’s country'],
  [
    /^ui:stages\.[\w-]+\.name$/,
    'a stage name: also inserted as {{stage}} into status.waitingFor, overview.continueWith and nav.nextStage, and as {{label}} into caseTransfer.cardLine',
  ],
  [
    /^ui:verdict\.kinds\./,
    'inserted as {{verdict}} into verdict.headingWith (“Answer: …”) and verdict.changed: write it to fit there (lower-case where your language does)',
  ],
  [/^ui:status\.(?!waitingFor)[\w-]+$/, 'a status tag beside a stage; also the {{value}} of caseTransfer.cardLine in the case card'],
  [/^ui:case\.deadlines\./, 'a deadline’s name in the list of dates, and {{deadline}} in case.eventTitle (the calendar event’s title)'],
  [/^ui:case\.fields\.[\w-]+\.label$/, 'a form field’s label, with its hint (….hint) below; also the {{label}} of caseTransfer.cardLine'],
  [/\.hint$/, 'the hint shown under the field or question of the same name'],
  [
    /^ui:questions\.[\w-]+\.legend$/,
    'a question: its options (….options.*) follow as radio buttons; its error (….error) shows above them and in the error summary',
  ],
  [/^ui:questions\.[\w-]+\.options\./, 'one answer to the question (….legend), a radio button'],
  [
    /^ui:(?:overview\.nextAction|overview\.difficulty|identify\.country|identify\.issuer)$/,
    'a label in bold followed on the same line by a value from another key or from the data',
  ],
  [/^ui:errors\.prefix$/, 'read out before each error message (hidden on screen), and put before the page title when the page has an error'],
  [
    /_(?:zero|one|two|few|many|other)$/,
    'one plural form: the page picks the form for {{count}} by your language’s CLDR rules; give every form your language has',
  ],
  [/^carriers:/, 'a whole sentence or paragraph about the carrier, shown on its own; sources and confidence are shown below it by other keys'],
];

/** Keys kept exactly as written in every language, with why. */
const KEPT_KEYS = [
  [/^ui:site\.name$/, 'the product’s name'],
  [/^ui:case\.calendarName$/, 'the name of the downloaded calendar file'],
];

/** Source files: the files a traveler's pages are built from (tests aside). */
function sourceFiles() {
  return SOURCE_DIRS.flatMap(function walk(dir) {
    // Tests beside the components name keys too, but a translator needs the places a traveler meets them.
    return readdirSync(join(top, dir), { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) =>
        e.isDirectory()
          ? walk(join(dir, e.name))
          : /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)
            ? [join(dir, e.name).split('\\').join('/')]
            : [],
      );
  });
}

/** Key patterns each file names: literal keys and template literals with ${…} holes. */
function patternsByFile(files) {
  return files.map((file) => {
    const text = readFileSync(join(top, file), 'utf8');
    const found = [...text.matchAll(/['`]([a-zA-Z][\w-]*(?:\.(?:[\w-]+|\$\{[^}]+\}))+)['`]/g)].map((m) => m[1]);
    return { file, patterns: found.map((p) => new RegExp(`^${p.replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '[^.]+')}$`)) };
  });
}

/** The files each file imports (only the project's own: "@/…" and relative paths). */
function importGraph(files) {
  const known = new Set(files);
  const resolveImport = (from, spec) => {
    const base = spec.startsWith('@/')
      ? spec.slice(2)
      : spec.startsWith('.')
        ? relative(top, resolve(top, dirname(from), spec))
            .split('\\')
            .join('/')
        : null;
    if (base === null) return null;
    return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((f) => known.has(f)) ?? null;
  };
  return new Map(
    files.map((file) => {
      const text = readFileSync(join(top, file), 'utf8');
      // Type-only imports render nothing: they do not put a file on a page.
      const specs = [...text.matchAll(/^(?!import type|export type)(?:import|export)\b[^;]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]/gm)].map(
        (m) => m[1] ?? m[2],
      );
      return [file, [...new Set(specs.map((s) => resolveImport(file, s)).filter(Boolean))]];
    }),
  );
}

/** "app/[locale]/[carrier]/[stage]/page.tsx" → "/{lang}/{carrier}/{stage}/"; route groups "(…)" leave no segment. */
function routeOf(dir) {
  const segments = dir
    .split('/')
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => ({ '[locale]': '{lang}', '[carrier]': '{carrier}', '[stage]': '{stage}' })[s] ?? s);
  return `/${segments.join('/')}${segments.length ? '/' : ''}`;
}

/** For each file, the page addresses that render it: a page's own imports, and everything a layout imports for the pages under it. */
function routesByFile(files) {
  const graph = importGraph(files);
  const pages = files.filter((f) => f.startsWith('app/') && /\/page\.tsx$/.test(f));
  const closure = (file) => {
    const seen = new Set();
    const stack = [file];
    while (stack.length) {
      const f = stack.pop();
      if (seen.has(f)) continue;
      seen.add(f);
      stack.push(...(graph.get(f) ?? []));
    }
    return seen;
  };
  const routes = new Map();
  const add = (file, route) => routes.set(file, new Set([...(routes.get(file) ?? []), route]));
  for (const page of pages) for (const f of closure(page)) add(f, routeOf(dirname(page)));
  // The 404 page answers any address that does not exist.
  for (const f of closure('app/global-not-found.tsx')) add(f, '/{lang}/no-such-page/');
  for (const layout of files.filter((f) => f.startsWith('app/') && /\/layout\.tsx$/.test(f))) {
    const under = pages.filter((p) => p.startsWith(`${dirname(layout)}/`)).map((p) => routeOf(dirname(p)));
    for (const f of closure(layout)) for (const r of under) add(f, r);
  }
  return routes;
}

/** For each carriers key, the carriers that use it and the stage of the item holding it. */
async function carrierUses() {
  const { CARRIERS } = await import('../lib/carriers/index.ts');
  const uses = new Map();
  for (const carrier of [...CARRIERS].sort((a, b) => a.id.localeCompare(b.id))) {
    (function walk(value, stage, top) {
      if (typeof value === 'string') {
        // Verdicts are stage 1's answer; facts show on the carrier's overview; items of a stage on that stage's page.
        const where = stage ?? (top === 'verdicts' ? 'confirm-online' : null);
        const list = uses.get(value) ?? [];
        list.push({ carrier: carrier.id, stage: where });
        uses.set(value, list);
      } else if (Array.isArray(value)) value.forEach((v) => walk(v, stage, top));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, typeof value.stage === 'string' ? value.stage : stage, top ?? k);
    })(carrier, null, null);
  }
  return uses;
}

const EXAMPLE = { '{lang}': 'en', '{carrier}': 't2', '{stage}': 'confirm-online' };
const example = (route) => route.replace(/\{(?:lang|carrier|stage)\}/g, (m) => EXAMPLE[m]);

/** Parts of an en sentence kept as written: names, tagged carrier-language phrases, in-app menu labels, addresses. */
function keptParts(text, names) {
  const facts = extractFacts(text, 'en');
  const parts = [
    ...[...text.matchAll(PHRASE)].map((m) => `<${m[1]}>${m[2]}</${m[1]}> (text in the carrier’s language: keep it and its tag)`),
    ...menuLabels(text.replace(PHRASE, '$2')).map(
      (l) => `${l} (an in-app menu label the app shows in English, unless locales/glossary.json gives your language’s)`,
    ),
    ...names.filter((n) => containsTerm(text, n)).map((n) => `${n} (a name)`),
    ...facts.urls,
    ...facts.emails,
    ...facts.ussd,
  ];
  return [...new Set(parts)];
}

export async function buildContext() {
  const files = sourceFiles();
  const patterns = patternsByFile(files);
  const routes = routesByFile(files);
  const uses = await carrierUses();
  const glossary = JSON.parse(readFileSync(join(top, 'locales', 'glossary.json'), 'utf8'));
  const { CARRIERS } = await import('../lib/carriers/index.ts');
  const { carrierName } = await import('../lib/i18n/names.ts');
  const { carrierNamespace } = await import('../lib/carriers/define.ts');
  const names = [
    ...new Set(
      [
        ...(glossary.names ?? []),
        ...CARRIERS.flatMap((c) =>
          carrierName(c, 'en')
            .split(/[()（）,，/]/)
            .map((s) => s.trim()),
        ),
      ].filter(Boolean),
    ),
  ].sort();
  const context = {};
  for (const name of readdirSync(join(top, 'locales', 'en'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const ns = name.replace(/\.json$/, '');
    const keys = flatten(JSON.parse(readFileSync(join(top, 'locales', 'en', name), 'utf8')));
    for (const [key, text] of Object.entries(keys)) {
      const id = `${ns}:${key}`;
      const bare = key.replace(/_(zero|one|two|few|many|other)$/, '');
      // Letters are looked up by their kind (letterTemplate(locale, 'cancellation')), carrier texts by their full key.
      const probes = [bare, bare.split('.').slice(0, 1).join('.'), bare.split('.').slice(0, 2).join('.')];
      let where = patterns.filter((f) => f.patterns.some((p) => probes.some((k) => p.test(k)))).map((f) => f.file);
      // A letter's lines are read whole, by the letter's kind (lib/i18n/server.ts letterTemplate), and shown by these.
      if (ns === 'letters' && !bare.startsWith('ui.'))
        where = ['components/letters/LetterBuilder.tsx', 'components/case/CaseSummary.tsx', 'lib/letters/compose.ts'];
      // A carrier's name (<carrier>.name) is read by lib/i18n/names.ts for every page of the carrier and the carrier list.
      const named = ns === 'carriers' && /^[^.]+\.name$/.test(bare) ? CARRIERS.find((c) => carrierNamespace(c.id) === bare.split('.')[0]) : undefined;
      if (named) where = ['lib/i18n/names.ts'];
      where = [...new Set(where)].sort();
      // Carrier texts: the carriers that use the key, on the page of each item's stage (the overview for facts).
      const used = named ? [{ carrier: named.id, stage: null }] : ns === 'carriers' ? (uses.get(bare) ?? []) : [];
      const carriers = [...new Set(used.map((u) => u.carrier))];
      const carrierRoutes = used.map((u) => `/{lang}/${carriers.length > 3 ? '{carrier}' : u.carrier}/${u.stage ? `${u.stage}/` : ''}`);
      // A letter shows where its builder and the case summary are, not everywhere lib/letters is imported.
      const shownBy = ns === 'letters' && !bare.startsWith('ui.') ? where.filter((f) => f.startsWith('components/')) : where;
      const pages = [...new Set(carrierRoutes.length ? carrierRoutes : shownBy.flatMap((f) => [...(routes.get(f) ?? [])]))].sort();
      // The example opens the most specific of them (a stage page rather than the overview that lists stages).
      const deepest = [...pages].sort((a, b) => b.split('/').length - a.split('/').length || a.localeCompare(b))[0];
      const examplePage = deepest
        ? example(deepest)
            .replace('/t2/', `/${carriers[0] ?? 't2'}/`)
            .replace('/confirm-online/', ns === 'letters' ? '/submit-request/' : '/confirm-online/')
        : undefined;
      const vars = variables(text);
      const notes = named
        ? [
            "the carrier's name as travelers who read this language know it: inserted as {{carrier}} into sentences and shown in the carrier list. Keep the carrier's own name unless your language has an established one (МТС in Russian, 中国移动 in Chinese); never make one up",
          ]
        : KEY_NOTES.filter(([pattern]) => pattern.test(id)).map(([, note]) => note);
      const limit = lengthLimit(id);
      const keptKey = KEPT_KEYS.find(([pattern]) => pattern.test(id));
      const kept = keptKey || named ? [] : keptParts(String(text), names);
      const kind = ns === 'letters' ? key.split('.')[0] : null;
      context[id] = {
        where,
        ...(pages.length ? { pages, example: examplePage } : {}),
        ...(carriers.length
          ? { carriers: carriers.length > 3 ? `${carriers.length} carriers, e.g. ${carriers.slice(0, 3).join(', ')}` : carriers.join(', ') }
          : {}),
        ...(notes.length ? { combines: notes.join('; ') } : {}),
        ...(limit ? { maxLength: limit.max, lengthWhy: `${limit.why} (Chinese, Japanese and Korean characters count two)` } : {}),
        ...(keptKey ? { doNotTranslate: true, doNotTranslateWhy: keptKey[1] } : kept.length ? { doNotTranslate: kept } : {}),
        ...(kind && LETTER_KINDS[kind] ? { letter: LETTER_KINDS[kind] } : {}),
        ...(vars.length ? { variables: Object.fromEntries(vars.map((v) => [v, VARIABLE_MEANINGS[v] ?? 'see the English text'])) } : {}),
      };
    }
  }
  return context;
}

export const CONTEXT_FILE = join(top, 'locales', 'context.json');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(await buildContext(), null, 2)}\n`;
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
