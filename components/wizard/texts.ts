/**
 * The sentences a client component shows, resolved on the server and passed as plain props,
 * so the browser never downloads i18next or a whole locale file.
 */
import type { Confidence } from '@/lib/engine/schema';

/** Carrier sentences by text key (only those the page can show); a foreign phrase in one is a <span lang>. */
export type CarrierTexts = Record<string, React.ReactNode>;

export interface ItemLabels {
  warning: string;
  info: string;
  /** Shown beside items below high confidence. */
  confidence: Record<Exclude<Confidence, 'high'>, string>;
  sourcesSummary: string;
  official: string;
  thirdParty: string;
  /** "Checked against a stored copy on …", by ISO date. */
  checkedOn: Record<string, string>;
  /** Shown for a source nobody read (no date). */
  notRead: string;
}

/** A plural message in every CLDR form the language uses; `{{count}}` is replaced. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the plural form for `count` in `locale` and fills in `{{count}}`. */
export function pluralize(forms: PluralForms, count: number, locale: string): string {
  const form = new Intl.PluralRules(locale).select(count);
  return (forms[form] ?? forms.other).replaceAll('{{count}}', String(count));
}
