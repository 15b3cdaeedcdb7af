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

export const pagePath = {
  home: (locale: string) => `/${locale}/`,
  identify: (locale: string) => `/${locale}/identify/`,
  support: (locale: string) => `/${locale}/support/`,
  offline: (locale: string) => `/${locale}/offline/`,
  carrier: (locale: string, id: string) => `/${locale}/${id}/`,
};
