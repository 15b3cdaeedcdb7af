#!/usr/bin/env node
/**
 * Checks locales/<lang>/<namespace>.json against the en source, one line per problem naming file and key.
 * Fails on: invalid JSON, a key en does not have, interpolation variables that differ from en,
 * plural forms the language needs and lacks (Intl.PluralRules), empty strings.
 * Reports without failing: keys missing from a translation (the app falls back to en).
 * Usage: tsx scripts/i18n-check.mjs [--quiet]   (tsx: it shares lib/i18n/flatten.ts with the app)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flatten } from '../lib/i18n/flatten.ts';
import { PHRASE } from '../lib/i18n/phrases.ts';

export const SOURCE = 'en';
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The {{variables}} a string interpolates, sorted. */
export function variables(text) {
  return [...new Set([...String(text).matchAll(/\{\{\s*([\w.]+)(?:\s*,[^}]*)?\s*\}\}/g)].map((m) => m[1]))].sort();
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

/**
 * Checks every locale under `root`. Returns { errors, warnings }: arrays of one-line messages.
 */
export function checkLocales(root) {
  const errors = [];
  const warnings = [];
  const languages = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory());
  if (!languages.includes(SOURCE)) return { errors: [`${root}: no ${SOURCE} folder (the source language)`], warnings };
  const read = (lang, file) => {
    const path = join(root, lang, file);
    const shown = relative(process.cwd(), path);
    try {
      const data = JSON.parse(readFileSync(path, 'utf8'));
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        errors.push(`${shown}: the file must hold one JSON object`);
        return null;
      }
      return flatten(data);
    } catch (error) {
      errors.push(`${shown}: invalid JSON: ${error.message}`);
      return null;
    }
  };
  const namespaces = readdirSync(join(root, SOURCE)).filter((f) => f.endsWith('.json'));
  for (const file of namespaces) {
    const source = read(SOURCE, file);
    if (!source) continue;
    const sourceBases = pluralBases(Object.keys(source));
    for (const lang of languages) {
      const shown = relative(process.cwd(), join(root, lang, file));
      let target;
      try {
        statSync(join(root, lang, file));
        target = lang === SOURCE ? source : read(lang, file);
      } catch {
        warnings.push(`${shown}: missing file (falls back to ${SOURCE})`);
        continue;
      }
      if (!target) continue;
      const required = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const targetBases = pluralBases(Object.keys(target));
      for (const [key, text] of Object.entries(target)) {
        if (typeof text !== 'string') {
          errors.push(`${shown}: "${key}" must be a string`);
          continue;
        }
        if (text.trim() === '') {
          errors.push(`${shown}: "${key}" is empty`);
          continue;
        }
        const match = key.match(PLURAL_SUFFIX);
        const base = match ? key.slice(0, -match[0].length) : null;
        const inSource = key in source || (base !== null && sourceBases.has(base));
        if (!inSource) {
          errors.push(`${shown}: "${key}" is not in ${SOURCE}/${file} (remove it or add it to ${SOURCE} first)`);
          continue;
        }
        // Plural forms may all use {{count}} (Russian "_one" also covers 21, 31…), whatever en's "_one" does.
        const sourceText = base !== null ? source[`${base}_other`] ?? source[key] : source[key];
        const dropCount = (vars) => (base !== null ? vars.filter((v) => v !== 'count') : vars);
        const want = dropCount(variables(sourceText));
        const got = dropCount(variables(text));
        const tags = (t) => [...new Set([...String(t).matchAll(/<\/?([a-zA-Z][\w-]*)[^>]*>/g)].map((m) => m[1].toLowerCase()))].sort();
        const extraTags = tags(text).filter((tag) => !tags(sourceText).includes(tag));
        if (extraTags.length > 0) errors.push(`${shown}: "${key}" has markup en does not have: <${extraTags.join('>, <')}>`);
        // The only markup allowed: a foreign phrase tagged with its language, <ru>расторгнуть договор</ru> (lib/i18n/phrases.ts).
        const stray = text.replace(PHRASE, '$2').match(/<\/?[a-zA-Z][\w-]*[^>]*>/);
        if (stray) errors.push(`${shown}: "${key}" has markup other than a foreign phrase tagged with its language like <ru>…</ru>: ${stray[0]}`);
        if (want.join() !== got.join()) {
          const list = (vars) => (vars.length ? vars.map((v) => `{{${v}}}`).join(', ') : 'no variables');
          errors.push(`${shown}: "${key}" uses ${list(got)} but ${SOURCE} uses ${list(want)}`);
        }
      }
      for (const [base, forms] of targetBases) {
        const missing = required.filter((c) => !forms.includes(c));
        if (missing.length > 0) errors.push(`${shown}: "${base}" lacks the plural form${missing.length > 1 ? 's' : ''} ${missing.map((m) => `_${m}`).join(', ')} that ${lang} needs`);
      }
      if (lang !== SOURCE) {
        for (const key of Object.keys(source)) {
          const match = key.match(PLURAL_SUFFIX);
          const present = match ? targetBases.has(key.slice(0, -match[0].length)) : key in target;
          if (!present) warnings.push(`${shown}: "${key}" is not translated yet (falls back to ${SOURCE})`);
        }
      }
    }
  }
  return { errors, warnings: [...new Set(warnings)] };
}

/**
 * Keys the code names literally (t('a.b'), or lt('a.b') for letters) that en does not have. Keys built at
 * run time (t(`stages.${stage}.name`)) cannot be seen here; the build fails on those instead
 * (lib/i18n and components/wizard/labels.ts throw on a missing carrier key, tests cover the rest).
 * i18next-cli's extractor was weighed for this and skipped: most of our keys are built from the engine's
 * vocabularies, so it would report them all as unused.
 */
export function checkCodeKeys(root, sourceDirs) {
  const en = Object.fromEntries(readdirSync(join(root, SOURCE)).filter((f) => f.endsWith('.json')).map((f) => [f.replace(/\.json$/, ''), flatten(JSON.parse(readFileSync(join(root, SOURCE, f), 'utf8')))]));
  const has = (ns, key) => key in en[ns] || `${key}_other` in en[ns] || Object.keys(en[ns]).some((k) => k.startsWith(`${key}.`));
  const errors = [];
  const files = sourceDirs.flatMap(function walk(dir) {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : []));
  });
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(/\b(t|lt|tl)\(\s*'([a-z][\w-]*(?:\.[\w-]+)+)'/g)) {
          const ns = m[1] === 'lt' ? 'letters' : 'ui';
          if (!has(ns, m[2])) errors.push(`${relative(process.cwd(), file)}:${i + 1}: "${m[2]}" is used in code but missing from ${SOURCE}/${ns}.json`);
        }
      });
  }
  return errors;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quiet = process.argv.includes('--quiet');
  const top = fileURLToPath(new URL('..', import.meta.url));
  const { errors: localeErrors, warnings } = checkLocales(join(top, 'locales'));
  const errors = [...localeErrors, ...checkCodeKeys(join(top, 'locales'), ['app', 'components', 'lib'].map((d) => join(top, d)))];
  if (!quiet) for (const w of warnings) console.log(`warning: ${w}`);
  for (const e of errors) console.error(`error: ${e}`);
  if (errors.length > 0) {
    console.error(`i18n check failed: ${errors.length} problem${errors.length > 1 ? 's' : ''}.`);
    process.exit(1);
  }
  if (!quiet) console.log(`i18n check passed${warnings.length ? ` with ${warnings.length} untranslated key(s) reported` : ''}.`);
}
