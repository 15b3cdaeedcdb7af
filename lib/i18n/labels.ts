/** Helpers the label builders beside the components share (server only): keyed records, CLDR plural forms, tagged phrases. */
import 'server-only';
import { SOURCE_LOCALE, type Locale } from '@/lib/i18n/locales';
import { phrases } from '@/lib/i18n/phrases';
import type { PluralForms } from '@/lib/i18n/plural';
import { createElement, Fragment } from 'react';
import type { TFunction } from 'i18next';

/**
 * A sentence with its tagged foreign phrases as <span lang dir="auto"> (lib/i18n/phrases.ts), resolved here on the server:
 * dir="auto" isolates the phrase, so Russian inside an Arabic sentence keeps its own direction.
 */
export function withPhrases(sentence: string): React.ReactNode {
  const parts = phrases(sentence);
  if (parts.every((p) => !p.lang)) return sentence;
  return createElement(Fragment, null, ...parts.map((p, i) => (p.lang ? createElement('span', { key: i, lang: p.lang, dir: 'auto' }, p.text) : p.text)));
}

export const byKey = <K extends string, V>(keys: readonly K[], value: (key: K) => V) => Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;

/** Every CLDR plural form `locale` uses for `key`, with `{{count}}` left for the client to fill in. */
export function pluralForms(t: TFunction, locale: Locale, key: string): PluralForms {
  const keep = { replace: { count: '{{count}}' }, defaultValue: '' };
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of new Intl.PluralRules(locale).resolvedOptions().pluralCategories) {
    const form = t(`${key}_${category}`, keep);
    if (form) forms[category] = form;
  }
  // A form missing in this locale falls back to `other`, as i18next itself does.
  return { ...forms, other: forms.other || t(`${key}_other`, { ...keep, lng: 'en' }) };
}

/**
 * One sentence from `key` with values taken from other keys (`from`: variable → key) and plain `values`, all in one
 * language: when the page's language lacks any of these keys, the whole sentence is the English one, never a
 * translated frame around an English value ("回答: only in person", issue 16).
 */
export function sentence(t: TFunction, key: string, from: Record<string, string>, values: Record<string, string> = {}): string {
  const lng = oneLanguage(t, [key, ...Object.values(from)]);
  return t(key, { ...values, ...lng, ...Object.fromEntries(Object.entries(from).map(([name, k]) => [name, t(k, lng)])) });
}

/** `{}` when the page's language has every one of `keys`, else `{ lng: 'en' }`: pass it to each t() of one sentence. */
export function oneLanguage(t: TFunction, keys: readonly string[]): { lng?: string } {
  return keys.every((k) => t(k, { fallbackLng: [], defaultValue: '' }) !== '') ? {} : { lng: SOURCE_LOCALE };
}
