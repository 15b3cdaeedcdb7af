/** The sentences of "Which carrier is this?", resolved on the server. */
import 'server-only';
import type { Locale } from '@/lib/i18n/locales';
import type { IdentifyLabels } from './IdentifyForm';
import { byKey, pluralForms } from '@/lib/i18n/labels';
import type { TFunction } from 'i18next';

/** The identify page's sentences; error keys are "<kind>.<reason>" as lib/identify reports them. */
export function identifyLabels(t: TFunction, locale: Locale): IdentifyLabels {
  const reasons = {
    iccid: ['empty', 'not-89', 'too-short', 'too-long', 'bad-characters'],
    eid: ['empty', 'bad-characters', 'too-short', 'too-long', 'check-digits'],
    phone: ['empty', 'not-a-number', 'invalid-country', 'too-short', 'too-long', 'invalid'],
    unknown: ['empty', 'unrecognised'],
  };
  const errors = Object.fromEntries(Object.entries(reasons).flatMap(([kind, list]) => list.map((r) => [`${kind}.${r}`, t(`identify.errors.${kind}.${r}`)])));
  return {
    label: t('identify.label'),
    hint: t('identify.hint'),
    submit: t('identify.submit'),
    errorSummaryTitle: t('errors.summaryTitle'),
    errorPrefix: t('errors.prefix'),
    errors,
    iccidHeading: t('identify.iccidHeading'),
    eidHeading: t('identify.eidHeading'),
    phoneHeading: t('identify.phoneHeading'),
    country: t('identify.country'),
    issuer: t('identify.issuer'),
    issuerSource: { override: t('identify.issuerSource.override'), 'itu-list': t('identify.issuerSource.ituList') },
    lowConfidence: t('identify.lowConfidence'),
    warnings: byKey(['check-digit', 'no-check-digit-possible', 'padding-removed'], (w) => t(`identify.warnings.${w}`)),
    issuerIsNotSeller: t('identify.issuerIsNotSeller'),
    eidExplained: t('identify.eidExplained'),
    portability: t('identify.portability'),
    assumedRussian: t('identify.assumedRussian'),
    openGuide: t('identify.openGuide', { carrier: '{{carrier}}' }),
    carriersInCountry: pluralForms(t, locale, 'identify.carriersInCountry'),
    noCarriersInCountry: t('identify.noCarriersInCountry'),
    genericGuide: t('home.notListed'),
  };
}
