#!/usr/bin/env node
/**
 * `npm run i18n:check`: checks locales/<lang>/<namespace>.json against the en source, key by key.
 * Errors (the check fails), one line each as `file:line:column key k: what differs`:
 *   invalid JSON (with line and column); a key twice; a key en lacks (with the en key it is probably a typo of);
 *   a value that is not a string, or empty; {{variables}} that differ from en or a broken tag; markup en lacks;
 *   plural forms the language needs (CLDR) and lacks; a fact stated differently from en (lib/i18n/facts.ts:
 *   numbers, percentages, dates, units of time, emails, phone numbers, URLs, USSD codes, carrier and product names,
 *   carrier-language text, in-app menu paths, and hedging on low-confidence facts); a "TODO" left in a sentence
 *   (npm run new:carrier writes them); a key the code uses that en lacks;
 *   locales/context.json out of date.
 * Warnings (reported, not failing): keys not translated yet (the site shows en there), summarized with a count;
 *   a badge, button or short label longer than its place allows (lib/i18n/lengths.ts), one line each.
 * Usage: tsx scripts/i18n-check.mjs [--lang <tag>] [--quiet] [--verbose]
 *   --quiet: errors only;  --verbose: every untranslated key;  --lang: one language.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closest, distance } from 'fastest-levenshtein';
import { keptNames, PLURAL_SUFFIX, readSameMarks, SAME_FILE, untranslatedKeys } from '../lib/i18n/completeness.ts';
import { compareFacts } from '../lib/i18n/facts.ts';
import { displayWidth, lengthLimit } from '../lib/i18n/lengths.ts';
import { readLocale } from '../lib/i18n/locate.ts';
import { brokenTags, variables } from '../lib/i18n/variables.ts';
import { PHRASE } from '../lib/i18n/phrases.ts';
import { untaggedPhrases } from '../lib/i18n/phrase-tags.ts';

export const SOURCE = 'en';
export { variables };

/** One problem, pointing at a key in a file. */
export function formatProblem({ file, line, column, key, message }) {
  return `${file}${line ? `:${line}:${column}` : ''}${key ? ` key ${key}` : ''}: ${message}`;
}

/** Groups plural keys ("x_one", "x_other") under their base ("x"); other keys stand alone. */
function pluralBases(keys) {
  const bases = new Map();
  for (const key of keys) {
    const match = key.match(PLURAL_SUFFIX);
    if (match) {
      const base = key.slice(0, -match[0].length);
      bases.set(base, [...(bases.get(base) ?? []), match[1]]);
    }
  }
  return bases;
}

const markup = (t) => [...new Set([...String(t).matchAll(/<\/?([a-zA-Z][\w-]*)[^>]*>/g)].map((m) => m[1].toLowerCase()))].sort();

/** The advice for a key en does not have: the en key it is most likely a typo of, if one is close. */
function adviceForUnknownKey(key, sourceKeys) {
  const nearest = sourceKeys.length ? closest(key, sourceKeys) : undefined;
  const typo = nearest !== undefined && distance(key, nearest) <= Math.max(2, Math.floor(nearest.length / 8));
  return typo ? `not in ${SOURCE}: a typo of "${nearest}"? Rename it, or remove it` : `not in ${SOURCE}: remove it (only keys ${SOURCE} has are used)`;
}

/**
 * Checks every locale under `root`. Options: `lang` (check only this language), `names` (protected names with the
 * renderings each language may use instead: [{ term, accepted: { ru: [...] } }]), `lowConfidence` (keys, as
 * "namespace:key", that state low-confidence facts), `glossary` (defaults to <root>/glossary.json).
 * Returns { errors, warnings, lengthWarnings, problems }: errors and warnings as one-line messages, problems with their kind.
 */
/** A file's entries (key → { value, line, column }) as key → text, for the counting in lib/i18n/completeness.ts. */
const textsOf = (entries) => Object.fromEntries([...entries].map(([key, { value }]) => [key, value]));

export function checkLocales(root, options = {}) {
  const problems = [];
  const warnings = [];
  const lengthWarnings = [];
  const shownPath = (lang, file) =>
    relative(process.cwd(), join(root, lang, file))
      .split('\\')
      .join('/');
  const add = (kind, file, at, key, message) => problems.push({ kind, file, line: at?.line, column: at?.column, key, message });
  const languages = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory());
  if (!languages.includes(SOURCE)) {
    add('setup', relative(process.cwd(), root), undefined, undefined, `no ${SOURCE} folder (the source language)`);
    return finish();
  }
  const glossaryFile = join(root, 'glossary.json');
  const glossaryRaw = options.glossary ?? (existsSync(glossaryFile) ? JSON.parse(readFileSync(glossaryFile, 'utf8')) : {});
  const glossary = glossaryRaw.languages ?? glossaryRaw;
  const productNames = (glossaryRaw.names ?? []).map((term) => ({ term, accepted: {} }));
  const names = [...(options.names ?? []), ...productNames];
  const lowConfidence = new Set(options.lowConfidence ?? []);
  const targets = languages.filter((l) => l !== SOURCE && (!options.lang || l === options.lang));
  if (options.lang && !languages.includes(options.lang))
    add('setup', relative(process.cwd(), root), undefined, undefined, `no folder for --lang ${options.lang} (have: ${languages.join(', ')})`);

  const read = (lang, file) => {
    const shown = shownPath(lang, file);
    const result = readLocale(readFileSync(join(root, lang, file), 'utf8'));
    if (!result.ok) {
      add('invalid JSON', shown, result, undefined, `invalid JSON: ${result.message}`);
      return null;
    }
    for (const d of result.duplicates) add('duplicate key', shown, d, d.key, 'defined twice in this file (the last one wins): keep one');
    return result.entries;
  };

  const namespaces = readdirSync(join(root, SOURCE)).filter((f) => f.endsWith('.json'));
  const sourceKeys = {};
  const targetKeys = Object.fromEntries(targets.map((l) => [l, {}]));
  for (const file of namespaces) {
    const ns = file.replace(/\.json$/, '');
    const source = read(SOURCE, file);
    if (!source) continue;
    sourceKeys[ns] = textsOf(source);
    const sourceBases = pluralBases(source.keys());
    const checkValues = (lang, entries, compareWith) => {
      const shown = shownPath(lang, file);
      for (const [key, { value, line, column }] of entries) {
        const at = { line, column };
        if (typeof value !== 'string') {
          add('not a string', shown, at, key, 'must be a string');
          continue;
        }
        if (value.trim() === '') {
          add('empty', shown, at, key, 'is empty');
          continue;
        }
        // npm run new:carrier writes its English sentences as "TODO: …": none may reach a page.
        if (/\bTODO\b/.test(value)) add('todo', shown, at, key, 'still a TODO: write the sentence (npm run new:carrier left it)');
        const broken = brokenTags(value);
        if (broken.length) add('interpolation', shown, at, key, `broken interpolation tag ${broken.map((b) => `“${b}”`).join(', ')} (write {{name}})`);
        if (file === 'carriers.json') {
          for (const phrase of untaggedPhrases(value, lang))
            add(
              'untagged phrase',
              shown,
              at,
              key,
              `"${phrase.text}" is ${phrase.lang} text without its tag: write <${phrase.lang}>${phrase.text}</${phrase.lang}> (npm run i18n:tag does it), so screen readers read it in that language`,
            );
        }
        // The only markup allowed: a foreign phrase tagged with its language, <ru>расторгнуть договор</ru> (lib/i18n/phrases.ts).
        const stray = value.replace(PHRASE, '$2').match(/<\/?[a-zA-Z][\w-]*[^>]*>/);
        if (stray) add('markup', shown, at, key, `markup other than a foreign phrase tagged with its language like <ru>…</ru>: ${stray[0]}`);
        const limit = lengthLimit(`${ns}:${key}`);
        if (limit && displayWidth(value) > limit.max)
          lengthWarnings.push(formatProblem({ file: shown, ...at, key, message: `${displayWidth(value)} wide, the limit is ${limit.max} (${limit.why})` }));
        if (compareWith) compareWith(key, value, shown, at);
      }
    };
    checkValues(SOURCE, source, null);
    for (const lang of targets) {
      if (!existsSync(join(root, lang, file))) {
        targetKeys[lang][ns] = {};
        continue;
      }
      const target = read(lang, file);
      if (!target) continue;
      targetKeys[lang][ns] = textsOf(target);
      const sourceList = [...source.keys()];
      checkValues(lang, target, (key, text, shown, at) => {
        const match = key.match(PLURAL_SUFFIX);
        const base = match ? key.slice(0, -match[0].length) : null;
        if (!source.has(key) && !(base !== null && sourceBases.has(base))) {
          add('unknown key', shown, at, key, adviceForUnknownKey(key, sourceList));
          return;
        }
        // Plural forms may all use {{count}} (Russian "_one" also covers 21, 31…), whatever en's "_one" does.
        const sourceText = String((source.get(key) ?? source.get(`${base}_other`))?.value ?? '');
        const dropCount = (vars) => (base !== null ? vars.filter((v) => v !== 'count') : vars);
        const want = dropCount(variables(sourceText));
        const got = dropCount(variables(text));
        const extraTags = markup(text).filter((tag) => !markup(sourceText).includes(tag));
        if (extraTags.length > 0) add('markup', shown, at, key, `markup ${SOURCE} does not have: <${extraTags.join('>, <')}>`);
        if (want.join() !== got.join()) {
          const list = (vars) => (vars.length ? vars.map((v) => `{{${v}}}`).join(', ') : 'no variables');
          add('interpolation', shown, at, key, `uses ${list(got)} but ${SOURCE} uses ${list(want)}`);
        }
        const accepted = names.map(({ term, accepted: byLang }) => ({ term, accepted: byLang[lang] ?? [] }));
        for (const m of compareFacts(sourceText, text, lang, { names: accepted, glossary, lowConfidence: lowConfidence.has(`${ns}:${base ?? key}`) })) {
          add(m.kind, shown, at, key, m.message);
        }
      });
      const required = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [pluralBase, forms] of pluralBases(target.keys())) {
        const missing = required.filter((c) => !forms.includes(c));
        const first = target.get(`${pluralBase}_${forms[0]}`);
        if (missing.length > 0)
          add(
            'plural',
            shownPath(lang, file),
            first,
            pluralBase,
            `lacks the plural form${missing.length > 1 ? 's' : ''} ${missing.map((m) => `_${m}`).join(', ')} that ${lang} needs`,
          );
      }
    }
  }
  // Untranslated: missing, or the same as en without a reason in same.json (lib/i18n/completeness.ts, as i18n:status and the site count).
  for (const lang of targets) {
    const sameFile = join(root, lang, SAME_FILE);
    let same = {};
    if (existsSync(sameFile)) {
      const shown = shownPath(lang, SAME_FILE);
      const result = readLocale(readFileSync(sameFile, 'utf8'));
      if (!result.ok) add('invalid JSON', shown, result, undefined, `invalid JSON: ${result.message}`);
      else {
        const read = readSameMarks(JSON.parse(readFileSync(sameFile, 'utf8')), sourceKeys, shown);
        for (const message of read.problems) add('same.json', shown, undefined, undefined, message.slice(shown.length + 2));
        same = read.same;
      }
    }
    for (const k of untranslatedKeys(sourceKeys, targetKeys[lang], { same, names: keptNames(glossaryRaw.names ?? [], sourceKeys.carriers) })) {
      const [ns, key] = k.split(':');
      const missing = !Object.keys(targetKeys[lang][ns] ?? {}).some((own) => own.replace(PLURAL_SUFFIX, '') === key);
      warnings.push(
        `${shownPath(lang, `${ns}.json`)} key ${key}: ${missing ? `not translated yet (falls back to ${SOURCE})` : `the same as ${SOURCE}: translate it, or list it in ${SAME_FILE} with the reason it stays`}`,
      );
    }
  }
  return finish();

  function finish() {
    problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { errors: problems.map(formatProblem), warnings, lengthWarnings, problems };
  }
}

/**
 * Keys the code names literally (t('a.b'), or lt('a.b') for letters) that en does not have. Keys built at
 * run time (t(`stages.${stage}.name`)) cannot be seen here; the build fails on those instead
 * (lib/i18n and components/facts/labels.ts throw on a missing carrier key, tests cover the rest).
 * i18next-cli's extractor was weighed for this and skipped: most of our keys are built from the engine's
 * vocabularies, so it would report them all as unused.
 */
export function checkCodeKeys(root, sourceDirs) {
  const en = Object.fromEntries(
    readdirSync(join(root, SOURCE))
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), Object.fromEntries(readLocale(readFileSync(join(root, SOURCE, f), 'utf8')).entries ?? [])]),
  );
  const has = (ns, key) => key in en[ns] || `${key}_other` in en[ns] || Object.keys(en[ns]).some((k) => k.startsWith(`${key}.`));
  const errors = [];
  const files = sourceDirs.flatMap(function walk(dir) {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  });
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(/\b(t|lt|tl)\(\s*'([a-z][\w-]*(?:\.[\w-]+)+)'/g)) {
          const ns = m[1] === 'lt' ? 'letters' : 'ui';
          if (!has(ns, m[2]))
            errors.push(`${relative(process.cwd(), file)}:${i + 1}:${(m.index ?? 0) + 1} key ${m[2]}: used in code but missing from ${SOURCE}/${ns}.json`);
        }
      });
  }
  return errors;
}

/** What the carrier catalogue tells the check: carrier names (with each language's own, from its carriers.json) and low-confidence keys. */
export async function catalogueOptions() {
  const { CARRIERS, GENERIC_CARRIER_ID } = await import('../lib/carriers/index.ts');
  const { carrierNames } = await import('../lib/i18n/names.ts');
  const parts = (name) =>
    (name ?? '')
      .split(/[()（）,，/]/)
      .map((s) => s.trim())
      .filter(Boolean);
  const names = [];
  const lowConfidence = [];
  for (const carrier of CARRIERS) {
    // Verdicts, rules, facts and whatever else holds a text key with a confidence, however deeply nested.
    (function walk(value) {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        if (typeof value.text === 'string' && value.confidence === 'low') lowConfidence.push(`carriers:${value.text}`);
        Object.values(value).forEach(walk);
      }
    })(carrier);
    if (carrier.id === GENERIC_CARRIER_ID) continue;
    // A language's own name for the carrier counts as keeping it (МТС for MTS), but not the country some names add (EE（英国）).
    const country = (lang) => (carrier.country ? new Intl.DisplayNames([lang], { type: 'region' }).of(carrier.country) : undefined);
    const own = carrierNames(carrier);
    const accepted = Object.fromEntries(
      Object.entries(own)
        .filter(([lang]) => lang !== 'en')
        .map(([lang, name]) => [lang, parts(name).filter((p) => p !== country(lang))]),
    );
    for (const term of parts(own.en)) names.push({ term, accepted });
  }
  return { names, lowConfidence };
}

/** The whole check as `npm run i18n:check` runs it. */
export async function checkProject(top, { lang } = {}) {
  const { buildContext, CONTEXT_FILE } = await import('./i18n-context.mjs');
  const root = join(top, 'locales');
  const result = checkLocales(root, { lang, ...(await catalogueOptions()) });
  const codeErrors = checkCodeKeys(
    root,
    ['app', 'components', 'lib'].map((d) => join(top, d)),
  );
  const contextErrors =
    readFileSync(CONTEXT_FILE, 'utf8') === `${JSON.stringify(await buildContext(), null, 2)}\n`
      ? []
      : [`${relative(process.cwd(), CONTEXT_FILE)}: out of date: run npm run i18n:context`];
  return { ...result, errors: [...result.errors, ...codeErrors, ...contextErrors] };
}

/** ["ru 3", "es 1"]: how many items fall under each label (Object.groupBy needs Node 21). */
function countBy(items, label) {
  const counts = new Map();
  for (const item of items) counts.set(label(item), (counts.get(label(item)) ?? 0) + 1);
  return [...counts].map(([l, n]) => `${l} ${n}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet');
  const verbose = args.includes('--verbose');
  const langAt = args.indexOf('--lang');
  const lang = langAt > -1 ? args[langAt + 1] : args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  const unknown = args.filter((a, i) => !['--quiet', '--verbose', '--lang'].includes(a) && !a.startsWith('--lang=') && (langAt === -1 || i !== langAt + 1));
  if (unknown.length || (langAt > -1 && !lang)) {
    console.error(
      `i18n check: unknown argument ${unknown.join(' ') || '--lang without a language'}. Usage: npm run i18n:check -- [--lang <tag>] [--quiet] [--verbose]`,
    );
    process.exit(2);
  }
  const top = fileURLToPath(new URL('..', import.meta.url));
  const { errors, warnings, lengthWarnings, problems } = await checkProject(top, { lang });
  for (const e of errors) console.error(e);
  if (!quiet && lengthWarnings.length > 0) {
    for (const w of lengthWarnings) console.log(`warning: ${w}`);
    console.log(`warning: ${lengthWarnings.length} text(s) longer than their place allows: shorten them (CJK characters count two).`);
  }
  if (!quiet && warnings.length > 0) {
    if (verbose) for (const w of warnings) console.log(`warning: ${w}`);
    const byLang = countBy(warnings, (w) => w.split('/')[1]);
    console.log(`warning: ${warnings.length} key(s) not translated yet, shown in ${SOURCE} (${byLang.join(', ')})${verbose ? '' : '; --verbose lists them'}.`);
  }
  if (errors.length > 0) {
    const kinds = countBy(problems, (p) => p.kind);
    console.error(`i18n check failed: ${errors.length} error(s)${kinds.length ? ` (${kinds.join(', ')})` : ''}.`);
    process.exit(1);
  }
  if (!quiet) console.log(`i18n check passed${lang ? ` for ${lang}` : ''}.`);
}
