/** The site header's sentences and languages, resolved on the server for every page. */
import 'server-only';
import type { TFunction } from 'i18next';
import { offeredLocales } from '@/lib/i18n/server';

export function siteHeaderLabels(t: TFunction) {
  return { siteName: t('site.name'), languagesLabel: t('site.languages'), languages: offeredLocales() };
}
