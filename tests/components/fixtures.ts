/**
 * What the component tests beside the components share: a real carrier from the catalogue, the labels its pages get
 * from the server-side builders with the real translator (so the tests read the sentences a traveler reads), and the
 * device's progress record as the browser stores it.
 */
import { carrierTexts, itemLabels } from '@/components/facts/labels';
import { progressLabels } from '@/components/progress/labels';
import { findCarrier } from '@/lib/carriers';
import type { Carrier, Progress } from '@/lib/engine/schema';
import type { Stage } from '@/lib/engine/stages';
import { PROGRESS_VERSION } from '@/lib/engine/terms';
import type { Locale } from '@/lib/i18n/locales';
import { carrierName } from '@/lib/i18n/names';
import { getT } from '@/lib/i18n/server';
import { storageKey } from '@/lib/progress/store';

export function carrier(id: string): Carrier {
  const found = findCarrier(id);
  if (!found) throw new Error(`no carrier "${id}" in the catalogue`);
  return found;
}

/** The props every stage component takes, built as components/stage/StagePage.tsx builds them. */
export function stageProps(locale: Locale, carrierId: string, stage: Stage) {
  const t = getT(locale);
  const theCarrier = carrier(carrierId);
  const name = carrierName(theCarrier, locale);
  return {
    t,
    name,
    carrier: theCarrier,
    texts: carrierTexts(t, theCarrier, stage, locale),
    itemLabels: itemLabels(t, locale, theCarrier, stage, '2026-11-30'),
    progressLabels: progressLabels(t, name),
  };
}

/** A valid record of this version, with `changes` over an empty one. */
export function record(changes: Partial<Progress> = {}): Progress {
  return { version: PROGRESS_VERSION, answers: {}, answersConfirmed: false, ticks: [], updatedAt: '2026-11-01T10:00:00.000Z', ...changes };
}

/** Puts a record (an object, stored as JSON, or a raw string) where the site keeps a carrier's progress. */
export function storeRecord(carrierId: string, value: Progress | Record<string, unknown> | string) {
  localStorage.setItem(storageKey(carrierId), typeof value === 'string' ? value : JSON.stringify(value));
}

/** The carrier's stored record, parsed (null when there is none). */
export function storedRecord(carrierId: string): Progress | null {
  const raw = localStorage.getItem(storageKey(carrierId));
  return raw === null ? null : (JSON.parse(raw) as Progress);
}
