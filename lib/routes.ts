import { STAGES } from './engine/stages';

/**
 * The site's fixed route segments, in one place: the pages link with these, and the carrier validator
 * (lib/carriers/validate.ts) refuses a carrier id that takes one, since /{locale}/{id}/ would then shadow that page
 * (or, for `data`, read as the open-data folder). tests/unit/routes.test.ts checks this list against the folders in app/.
 */

/** Pages under /{locale}/ that are not carriers. */
export const LOCALE_PAGES = ['identify', 'support', 'offline'] as const;

/** Folders at the site root besides the locales: the open data and the icons (public/icons). */
export const ROOT_FOLDERS = ['data', 'icons'] as const;

/** Segments no carrier id may take. */
export const RESERVED_SEGMENTS: readonly string[] = [...LOCALE_PAGES, ...ROOT_FOLDERS];

export function isReservedSegment(segment: string): boolean {
  return RESERVED_SEGMENTS.includes(segment);
}

/** Where the open data is published (app/data/v1/...): `v1` keeps its shape; fields are only ever added. */
export const OPEN_DATA = {
  carriers: '/data/v1/carriers.json',
  schema: '/data/v1/carriers.schema.json',
} as const;

/**
 * Every page's address without its language ("/t2/submit-request/"): the language switcher puts another language
 * in front. One place for the site's URL shapes; nothing else writes them by hand.
 */
export const pathIn = {
  home: () => '/',
  identify: () => '/identify/',
  support: () => '/support/',
  offline: () => '/offline/',
  carrier: (id: string) => `/${id}/`,
  stage: (id: string, stage: string) => `/${id}/${stage}/`,
  summary: (id: string) => `/${id}/summary/`,
};

/** A page's address (from pathIn) in `locale`: the language is the first segment. */
export const inLocale = (locale: string, path: string) => `/${locale}${path}`;

/** Every page's address in `locale`: pagePath.stage('ru', 't2', 'submit-request') is "/ru/t2/submit-request/". */
export const pagePath = {
  home: (locale: string) => inLocale(locale, pathIn.home()),
  identify: (locale: string) => inLocale(locale, pathIn.identify()),
  support: (locale: string) => inLocale(locale, pathIn.support()),
  offline: (locale: string) => inLocale(locale, pathIn.offline()),
  carrier: (locale: string, id: string) => inLocale(locale, pathIn.carrier(id)),
  stage: (locale: string, id: string, stage: string) => inLocale(locale, pathIn.stage(id, stage)),
  summary: (locale: string, id: string) => inLocale(locale, pathIn.summary(id)),
};

/**
 * The pages a traveler on `path` will need next, to keep for offline use: the start page, the carrier list and identify,
 * and inside a carrier's guide its overview, five stages and summary.
 */
export function pagesToKeep(path: string): string[] {
  const [locale, segment] = path.split('/').filter(Boolean);
  if (!locale) return [];
  const always = [pathIn.home(), pagePath.home(locale), pagePath.identify(locale)];
  if (!segment || isReservedSegment(segment)) return always;
  return [...always, pagePath.carrier(locale, segment), ...STAGES.map((s) => pagePath.stage(locale, segment, s)), pagePath.summary(locale, segment)];
}
