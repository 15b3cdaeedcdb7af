/**
 * The carrier list as the directory shows it (server side): each carrier's row with the text it is found by,
 * grouped by country. Searchable in every language: names, aliases and brands (locales/aliases.json), and the
 * country's names, so a Chinese speaker typing "俄罗斯" finds the Russian operators on an English page.
 */
import 'server-only';
import { ALIASES, CARRIERS, GENERIC_CARRIER_ID } from '../carriers';
import { searchWordsOf } from '../carriers/validate';
import { carrierName, carrierNames, countryName } from '../i18n/names';
import { LOCALES, type Locale } from '../i18n/locales';
import { getT } from '../i18n/server';
import { pagePath } from '../routes';
import { fold, GLOBAL_GROUP, groupRows, type DirectoryGroup } from './search';

export function directoryGroups(locale: Locale): DirectoryGroup[] {
  const carriers = CARRIERS.filter((c) => c.id !== GENERIC_CARRIER_ID);
  const groupOf = (id: string) => carriers.find((c) => c.id === id)?.country ?? GLOBAL_GROUP;
  const groupIn = (lang: Locale, country: string | null) => (country ? countryName(country, lang) : getT(lang)('directory.globalGroup'));
  const rows = carriers.map((c) => ({
    id: c.id,
    href: pagePath.carrier(locale, c.id),
    name: carrierName(c, locale),
    search: fold([c.id, ...new Set(Object.values(carrierNames(c))), ...searchWordsOf(c, ALIASES), ...LOCALES.map((l) => groupIn(l, c.country))].join(' ')),
    difficulty: c.difficulty,
  }));
  return groupRows(
    rows,
    (r) => groupOf(r.id),
    (group) => (group === GLOBAL_GROUP ? groupIn(locale, null) : countryName(group, locale)),
    locale,
  );
}

/** Every carrier (the generic guide too) with its name and overview address in `locale`: saved cases and case import link to them. */
export function carrierLinks(locale: Locale): { id: string; href: string; name: string }[] {
  return CARRIERS.map((c) => ({ id: c.id, href: pagePath.carrier(locale, c.id), name: carrierName(c, locale) }));
}
