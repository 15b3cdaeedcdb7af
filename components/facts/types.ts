/**
 * The shapes of the carrier sentences and item labels a stage's client components show, resolved on the server
 * (./labels.ts) and passed as plain props, so the browser never downloads i18next or a whole locale file.
 */
import type { Confidence } from '@/lib/engine/schema';

/** Carrier sentences by text key (only those the page can show); a foreign phrase in one is a <span lang>. */
export type CarrierTexts = Record<string, React.ReactNode>;

export interface ItemLabels {
  warning: string;
  info: string;
  /** The title of an item that comes from the country's law or regulator. */
  right: string;
  /** The title of a body to complain to when the carrier does not answer. */
  escalation: string;
  /** Under one-tap text links: what to do if the message app opens empty. */
  smsHint: string;
  /** Shown beside items below high confidence. */
  confidence: Record<Exclude<Confidence, 'high'>, string>;
  sourcesSummary: string;
  /** One source's line, "{{site}} {{kind}}, {{read}}" (and "… ({{stale}})"): its order and punctuation the language's own. */
  sourceEntry: string;
  sourceEntryStale: string;
  official: string;
  thirdParty: string;
  /** "Read by us on … (5 days ago)", by ISO date; the age is counted from the build date. */
  readOn: Record<string, string>;
  /** The read dates more than 12 months before the build date, and what is shown beside them. */
  staleDates: string[];
  stale: string;
  /** Shown for a source nobody read (no date). */
  notRead: string;
  /** "Report a problem with this" and the prefilled tracker link of each item ("rule:<id>", "verdict:<id>", "fact:<id>"); null when no tracker is configured. */
  report: { link: string; hrefs: Record<string, string> } | null;
}
