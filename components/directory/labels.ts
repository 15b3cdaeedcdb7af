/** The sentences of the carrier list and the cancellations saved on this device, resolved on the server. */
import 'server-only';
import { DIFFICULTIES } from '@/lib/engine/terms';
import type { Locale } from '@/lib/i18n/locales';
import type { DirectoryLabels } from './CarrierDirectory';
import type { SavedCasesLabels } from './SavedCases';
import { byKey, pluralForms } from '@/lib/i18n/labels';
import type { TFunction } from 'i18next';

export function directoryLabels(t: TFunction, locale: Locale): DirectoryLabels {
  return {
    search: t('directory.search'),
    searchHint: t('directory.searchHint'),
    country: t('directory.country'),
    anyCountry: t('directory.anyCountry'),
    difficulty: t('directory.difficulty'),
    anyDifficulty: t('directory.anyDifficulty'),
    difficulties: byKey(DIFFICULTIES, (d) => t(`difficulty.${d}`)),
    results: pluralForms(t, locale, 'directory.results'),
    noResults: t('directory.noResults'),
    filtersHeading: t('directory.filtersHeading'),
    identifyHint: t('directory.identifyHint'),
  };
}

/** Placeholders are left in for the client, which knows the carrier and the date only after reading storage. */
export function savedCasesLabels(t: TFunction): SavedCasesLabels {
  return {
    heading: t('savedCases.heading'),
    lastSaved: t('savedCases.lastSaved', { date: '{{date}}' }),
    remove: t('savedCases.remove', { carrier: '{{carrier}}' }),
    removed: t('savedCases.removed', { carrier: '{{carrier}}' }),
    undo: t('savedCases.undo'),
    restored: t('savedCases.restored', { carrier: '{{carrier}}' }),
    failed: t('savedCases.failed'),
  };
}
