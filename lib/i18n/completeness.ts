/**
 * How much of en a language translates: the one counting rule shared by `npm run i18n:check` (its warnings),
 * `npm run i18n:status` and the site (which languages are offered). Plural forms of a key count once.
 *
 * A key counts as translated when the language has it and its text differs from en's. A text the same as en's
 * counts only when it has nothing to translate (nothingToTranslate: once {{variables}}, numbers, emails, addresses
 * and product and carrier names (keptNames) are taken out, no letter is left), or when the language's same.json lists it
 * with a reason (locales/<tag>/same.json: "eSIM Exit" is the site's name in every language; Spanish "Error:" is Spanish).
 */
import { GENERIC_CARRIER_ID } from '../carriers/define';

/** A language is offered (switcher, language choice, support links) from this share of en's keys on. */
export const COMPLETION_THRESHOLD = 0.9;

export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** "items_other" → "items"; other keys unchanged. */
export const withoutPlural = (key: string): string => key.replace(PLURAL_SUFFIX, '');

/** Flat keys of each namespace with their texts, e.g. { ui: { "nav.back": "Back", … }, carriers: { … } }. */
export type TextsByNamespace = Record<string, Record<string, unknown>>;

/** A language's keys marked as intentionally the same as en, with the reason: { ui: { "site.name": "the site's name" } }. */
export type SameMarks = Record<string, Record<string, string>>;

export interface CountOptions {
  /** The language's same.json, read with readSameMarks. */
  same?: SameMarks;
  /** Product names kept in every language (glossary.json `names`). */
  names?: readonly string[];
}

/**
 * The names a text may hold and still have nothing to translate: glossary.json's product names and every carrier's
 * English name (`<carrier>.name` in en's carriers.json; not the generic carrier's, "Another carrier", which is a phrase).
 */
export function keptNames(glossaryNames: readonly string[], enCarriers: Record<string, unknown> = {}): string[] {
  const carrierNames = Object.entries(enCarriers)
    .filter(([key, value]) => /^[^.]+\.name$/.test(key) && key !== `${GENERIC_CARRIER_ID}.name` && typeof value === 'string')
    .map(([, value]) => value as string);
  return [...glossaryNames, ...carrierNames];
}

/** The file a language marks its intentionally-English texts in, under locales/<tag>/. */
export const SAME_FILE = 'same.json';

const NOTHING_TO_TRANSLATE = [/\{\{[^}]*\}\}/g, /\bhttps?:\/\/\S+/g, /[\w.+-]+@[\w-]+(\.[\w-]+)+/g, /\*[\d*#]+#/g];

/** Whether `text` has nothing a translator could change: only variables, numbers, emails, URLs, codes, product names and punctuation. */
export function nothingToTranslate(text: string, names: readonly string[] = []): boolean {
  let rest = text;
  for (const pattern of NOTHING_TO_TRANSLATE) rest = rest.replace(pattern, ' ');
  for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return !/\p{L}/u.test(rest);
}

/**
 * en's keys (as "namespace:key", plural forms once) that `target` does not translate, in en's order: missing,
 * or the same text as en without a reason to be (see the top of this file).
 */
export function untranslatedKeys(source: TextsByNamespace, target: TextsByNamespace, options: CountOptions = {}): string[] {
  const out = new Set<string>();
  for (const [ns, texts] of Object.entries(source)) {
    const own = target[ns] ?? {};
    const ownByBase = new Map<string, string[]>();
    for (const key of Object.keys(own)) ownByBase.set(withoutPlural(key), [...(ownByBase.get(withoutPlural(key)) ?? []), key]);
    for (const key of Object.keys(texts)) {
      const base = withoutPlural(key);
      if (out.has(`${ns}:${base}`)) continue;
      const forms = ownByBase.get(base);
      if (!forms) {
        out.add(`${ns}:${base}`);
        continue;
      }
      const marked = options.same?.[ns]?.[base] !== undefined || options.same?.[ns]?.[key] !== undefined;
      const english = (form: string) => texts[form] ?? texts[`${base}_other`];
      const allSame = forms.every((form) => typeof own[form] === 'string' && own[form] === english(form));
      if (allSame && !marked && !forms.every((form) => nothingToTranslate(own[form] as string, options.names))) out.add(`${ns}:${base}`);
    }
  }
  return [...out];
}

/** The number of keys in en, plural forms counted once. */
export function countKeys(source: TextsByNamespace): number {
  return Object.entries(source).reduce((n, [ns, texts]) => n + new Set(Object.keys(texts).map((k) => `${ns}:${withoutPlural(k)}`)).size, 0);
}

/** The share of en's keys `target` translates, 0 to 1. */
export function completenessOf(source: TextsByNamespace, target: TextsByNamespace, options: CountOptions = {}): number {
  const total = countKeys(source);
  return total === 0 ? 1 : (total - untranslatedKeys(source, target, options).length) / total;
}

/**
 * A language's same.json ({ "ui.json": { "site.name": "reason" } }) checked against en: each file one of en's,
 * each key one of en's (a plural key by its base), each reason a non-empty string. `shown` names the file in messages.
 */
export function readSameMarks(file: unknown, source: TextsByNamespace, shown: string): { same: SameMarks; problems: string[] } {
  const problems: string[] = [];
  const same: SameMarks = {};
  if (file === null || typeof file !== 'object' || Array.isArray(file))
    return { same, problems: [`${shown}: expected { "ui.json": { "<key>": "<why it is the same as en>" } }`] };
  for (const [name, keys] of Object.entries(file)) {
    if (name === '$comment') continue;
    const ns = name.replace(/\.json$/, '');
    if (!source[ns] || !name.endsWith('.json')) {
      problems.push(
        `${shown}: ${name}: not one of en's files (${Object.keys(source)
          .map((n) => `${n}.json`)
          .join(', ')})`,
      );
      continue;
    }
    if (keys === null || typeof keys !== 'object' || Array.isArray(keys)) {
      problems.push(`${shown}: ${name}: expected { "<key>": "<why it is the same as en>" }`);
      continue;
    }
    const bases = new Set(Object.keys(source[ns]).map(withoutPlural));
    same[ns] = {};
    for (const [key, reason] of Object.entries(keys)) {
      if (!bases.has(withoutPlural(key))) problems.push(`${shown}: ${name} key ${key}: en has no such key`);
      else if (typeof reason !== 'string' || reason.trim() === '') problems.push(`${shown}: ${name} key ${key}: give the reason it is the same as en`);
      else same[ns][withoutPlural(key)] = reason;
    }
  }
  return { same, problems };
}
