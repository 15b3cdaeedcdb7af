/** A plural message in every CLDR form the language uses; `{{count}}` is replaced. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the plural form for `count` in `locale` and fills in `{{count}}` (the browser's half of pluralForms in lib/i18n/labels.ts). */
export function pluralize(forms: PluralForms, count: number, locale: string): string {
  const form = new Intl.PluralRules(locale).select(count);
  return (forms[form] ?? forms.other).replaceAll('{{count}}', String(count));
}
