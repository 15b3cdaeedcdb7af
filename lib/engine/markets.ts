/**
 * Markets whose law applies in several countries, so a right written once for the market reaches every
 * carrier of a member country. Plain constants (no zod): the engine runs in the browser too.
 */

/** The 27 member states of the European Union (ISO 3166-1 alpha-2), as of 2026. */
export const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

export const MARKETS: Record<string, readonly string[]> = { EU: EU_MEMBERS };

/** The markets a country belongs to ([] for none, or for a carrier with no country). */
export function marketsOf(country: string | null): string[] {
  if (country === null) return [];
  return Object.entries(MARKETS)
    .filter(([, members]) => members.includes(country))
    .map(([market]) => market);
}

/** Whether `code` names a market rather than a country. */
export function isMarket(code: string): boolean {
  return Object.hasOwn(MARKETS, code);
}
