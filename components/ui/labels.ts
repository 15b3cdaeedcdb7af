/** The site header's sentences and languages, and the draft-translation note, resolved on the server for every page. */
import 'server-only';
import type { TFunction } from 'i18next';
import type { Locale } from '@/lib/i18n/locales';
import { reviewOf } from '@/lib/i18n/reviews';
import { offeredLocales } from '@/lib/i18n/server';

export function siteHeaderLabels(t: TFunction, locale: Locale) {
  // A draft translation says so on every page, with the way to the English page (the reference).
  const draft = reviewOf(locale).status === 'draft' ? { note: t('site.draftTranslation'), english: t('site.draftEnglish') } : null;
  return { siteName: t('site.name'), languagesLabel: t('site.languages'), languages: offeredLocales(), draft };
}
