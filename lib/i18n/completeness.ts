/**
 * How much of en a language translates: the one counting rule shared by `npm run i18n:check` (its warnings),
 * `npm run i18n:status` and the site (which languages are offered). Plural forms of a key count once.
 */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** "items_other" → "items"; other keys unchanged. */
export const withoutPlural = (key: string): string => key.replace(PLURAL_SUFFIX, '');

/** Flat keys of each namespace, e.g. { ui: ["nav.back", …], carriers: […] }. */
export type KeysByNamespace = Record<string, Iterable<string>>;

/** en's keys (as "namespace:key", plural forms once) that `target` lacks, in en's order. */
export function missingKeys(source: KeysByNamespace, target: KeysByNamespace): string[] {
  const missing = new Set<string>();
  for (const [ns, keys] of Object.entries(source)) {
    const own = new Set([...(target[ns] ?? [])].map(withoutPlural));
    for (const key of keys) if (!own.has(withoutPlural(key))) missing.add(`${ns}:${withoutPlural(key)}`);
  }
  return [...missing];
}

/** The number of keys in en, plural forms counted once. */
export function countKeys(source: KeysByNamespace): number {
  return Object.entries(source).reduce((n, [ns, keys]) => n + new Set([...keys].map((k) => `${ns}:${withoutPlural(k)}`)).size, 0);
}

/** The share of en's keys `target` translates, 0 to 1. */
export function completenessOf(source: KeysByNamespace, target: KeysByNamespace): number {
  const total = countKeys(source);
  return total === 0 ? 1 : (total - missingKeys(source, target).length) / total;
}
