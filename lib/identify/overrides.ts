/**
 * ICCID issuer data that is not (correctly) in e118-iin-list: rows here WIN over the package.
 * The package carries ITU's E.118 list (OB 1285, Feb 2024); it has no Russian issuers and only one
 * mainland China row (898600 → "China Telecom", the pre-2000 holder; the range is China Mobile's).
 * See shared/research/carriers.md §5.2 and §12.
 */
import type { Confidence } from '../engine/schema';

/** One ICCID prefix (including "89") with the operator that uses it. */
export interface IssuerOverride {
  prefix: string;
  issuer: string;
  /** Our carrier page, if there is one. */
  carrierId?: string;
  /** ISO 3166-1 alpha-2 of the issuer. */
  country: string;
  confidence: Confidence;
  sources: readonly string[];
}

const CN_SOURCES = [
  'https://it.cha138.com/java/show-137669.html',
  'https://kxting.com/article/20221028/604147.html',
  'https://lmlphp.com/user/77867/article/item/2207400',
  'shared/research/carriers.md §5.2 (public code, find_string ids 69074223665, 35388184324, 53410601302)',
] as const;
const RU_SOURCES = [
  "shared/research/carriers.md §5.2 (public code, find_string ids 38670330231, 21244621942); the digits after 897 are the operator's MNC",
] as const;

const cn = (prefix: string, issuer: string, carrierId: string | undefined, confidence: Confidence = 'medium'): IssuerOverride => ({
  prefix,
  issuer,
  carrierId,
  country: 'CN',
  confidence,
  sources: CN_SOURCES,
});
const ru = (prefix: string, issuer: string, carrierId: string): IssuerOverride => ({
  prefix,
  issuer,
  carrierId,
  country: 'RU',
  confidence: 'low',
  sources: RU_SOURCES,
});

/** Mainland China and Russia ICCID prefixes (medium confidence for China, low for Russia; Yota's was not found). */
export const ICCID_OVERRIDES: readonly IssuerOverride[] = [
  cn('898600', 'China Mobile', 'china-mobile'),
  cn('898602', 'China Mobile', 'china-mobile'),
  cn('898604', 'China Mobile', 'china-mobile'),
  cn('898607', 'China Mobile', 'china-mobile'),
  cn('898608', 'China Mobile', 'china-mobile', 'low'),
  cn('898601', 'China Unicom', 'china-unicom'),
  cn('898606', 'China Unicom', 'china-unicom'),
  cn('898609', 'China Unicom', 'china-unicom'),
  cn('898603', 'China Telecom', 'china-telecom'),
  cn('898611', 'China Telecom', 'china-telecom'),
  cn('898615', 'China Broadnet', undefined),
  ru('8970101', 'MTS', 'mts'),
  ru('8970102', 'MegaFon', 'megafon'),
  ru('8970199', 'Beeline', 'beeline'),
  ru('8970120', 'T2 (Tele2 Russia)', 't2'),
];

/**
 * e118-iin-list companies that are unambiguously one of our carriers, matched by company name and
 * calling code. Mapped: T-Mobile USA (891160…891580, also written 8901…), Vodafone plc (894410),
 * Truphone Limited (894447, 89883440), Telekom Deutschland GmbH in Germany (894901–03),
 * China Mobile Hong Kong (8985212), GigSky (891041, 891044).
 * Not mapped, on purpose: EE (the list names its predecessors only: Mercury Personal Communications
 * 894430, Hutchison Microtel 894412), Transatel (Ubigi's owner, but also a wholesaler to other brands),
 * China Mobile International 8985234 (CMLink; a different company from CMHK), Telekom Deutschland's
 * global 8988228 IoT range. An issuer is the network that made the profile: a reseller may sell it.
 */
export const ITU_CARRIER_IDS: readonly { company: string; countryCode: number; carrierId: string }[] = [
  { company: 'T-Mobile USA', countryCode: 1, carrierId: 't-mobile-us' },
  { company: 'Gigsky Inc.', countryCode: 1, carrierId: 'gigsky' },
  { company: 'Gigsky Mobile LLC', countryCode: 1, carrierId: 'gigsky' },
  { company: 'Vodafone plc', countryCode: 44, carrierId: 'vodafone-uk' },
  { company: 'Truphone Limited', countryCode: 44, carrierId: 'truphone' },
  { company: 'Truphone Limited', countryCode: 883, carrierId: 'truphone' },
  { company: 'Telekom Deutschland GmbH', countryCode: 49, carrierId: 'deutsche-telekom' },
  { company: 'China Mobile Hong Kong Company Limited', countryCode: 852, carrierId: 'cmhk' },
];

/** e118-iin-list country names → ISO alpha-2, only for calling codes several countries share (1, 39, 44, 47, 61, 358, 590, 599). */
export const ITU_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  'United States': 'US',
  Canada: 'CA',
  Guam: 'GU',
  Anguilla: 'AI',
  'Antigua and Barbuda': 'AG',
  Barbados: 'BB',
  Bermuda: 'BM',
  'British Virgin Islands': 'VG',
  'Cayman Islands': 'KY',
  Dominica: 'DM',
  Grenada: 'GD',
  Jamaica: 'JM',
  Montserrat: 'MS',
  'Saint Kitts and Nevis': 'KN',
  'Saint Lucia': 'LC',
  'Saint Vincent and the Grenadines': 'VC',
  'Trinidad and Tobago': 'TT',
  'Turks and Caicos Islands': 'TC',
  'Northern Marianas': 'MP',
  'Dominican Rep.': 'DO',
  Bahamas: 'BS',
  'Puerto Rico': 'PR',
  'United States Virgin Islands': 'VI',
  Italy: 'IT',
  'United Kingdom': 'GB',
  Norway: 'NO',
  Australia: 'AU',
  Finland: 'FI',
  Guadeloupe: 'GP',
  Curaçao: 'CW',
  'Bonaire, Sint Eustatius and Saba': 'BQ',
};
