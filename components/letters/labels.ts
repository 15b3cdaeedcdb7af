/** The letter tool's templates, fields and labels, resolved on the server. */
import 'server-only';
import type { Carrier } from '@/lib/engine/schema';
import { basisLineKey, REPLY_STEPS } from '@/lib/engine/replies';
import type { Locale } from '@/lib/i18n/locales';
import type { LetterBuilderProps, LetterLabels } from './LetterBuilder';
import { LETTER_FIELDS, type LetterField } from '@/lib/letters/fields';
import { type LetterKind, variablesOf } from '@/lib/letters/compose';
import { carrierName } from '@/lib/i18n/names';
import { rightsFor } from '@/lib/rights';
import { letterTemplate } from '@/lib/i18n/server';
import { byKey } from '@/lib/i18n/labels';
import type { TFunction } from 'i18next';

/** The fields without which each letter makes no sense (the rest only add or drop a line). */
const NEEDED_FIELDS: Record<LetterKind, LetterField[]> = {
  cancellation: ['name', 'iccid', 'date'],
  counter: ['name', 'phone', 'date'],
  callScript: ['phone'],
  powerOfAttorney: ['phone'],
  followUp: ['name', 'submittedOn', 'date'],
  followUpDocuments: ['name', 'documents', 'date'],
  followUpReasons: ['name', 'submittedOn', 'date'],
  dispute: ['name', 'chargeDate', 'amount', 'cancelledOn', 'date'],
  seller: ['name', 'iccid', 'date'],
  sellerQuote: [],
};

/**
 * Everything the letter tool needs for `kinds`: the templates in the carrier's language and the traveler's,
 * the fields they use (bank details only where the balance is refunded to a bank: Russian operators), and the labels.
 */
export function letterToolProps(
  t: TFunction,
  locale: Locale,
  carrier: Carrier,
  kinds: LetterKind[],
  defaults: LetterBuilderProps['defaults'] = {},
): LetterBuilderProps & { open: string; loading: string; noScript: string } {
  // The seller letter comes with its sentence in the carrier's language (sellerQuote).
  const loaded: LetterKind[] = kinds.includes('seller') ? [...kinds, 'sellerQuote'] : kinds;
  const template = (lang: Locale) => Object.fromEntries(loaded.map((k) => [k, letterTemplate(lang, k)]));
  const carrierTemplates = template(carrier.language);
  const fieldsOf = (kind: LetterKind) => {
    const used = new Set(Object.values(carrierTemplates[kind].lines).flatMap(variablesOf));
    return LETTER_FIELDS.filter((f) => (used.has(f) || (f === 'order' && used.has('iccid'))) && (f !== 'bankDetails' || carrier.country === 'RU'));
  };
  const fieldsByKind = Object.fromEntries(kinds.map((k) => [k, fieldsOf(k)]));
  const lt = (key: string, options = {}) => t(key, { ns: 'letters', ...options });
  // The language's name in the page's language ("Russian" on an English page, not "Русский").
  const languageName = new Intl.DisplayNames([locale], { type: 'language' }).of(carrier.language.split('-')[0]);
  const labels: LetterLabels = {
    heading: lt('ui.heading'),
    intro: lt('ui.intro'),
    submit: lt('ui.submit'),
    carrierLanguage: lt('ui.carrierLanguage', { language: languageName }),
    yourLanguage: lt('ui.yourLanguage'),
    sellerLetter: lt('ui.sellerLetter'),
    sellerQuote: lt('ui.sellerQuote', { language: languageName, carrier: carrierName(carrier, locale) }),
    copy: lt('ui.copy'),
    copied: lt('ui.copied'),
    copiedStatus: lt('ui.copiedStatus'),
    email: lt('ui.email'),
    print: lt('ui.print'),
    noPersonalData: lt('ui.noPersonalData'),
    errorSummaryTitle: t('errors.summaryTitle'),
    errorPrefix: t('errors.prefix'),
    fields: byKey(LETTER_FIELDS, (f) => ({ label: lt(`ui.fields.${f}.label`), hint: lt(`ui.fields.${f}.hint`, { defaultValue: '' }) })),
    errors: byKey(
      [
        'nameRequired',
        'phoneInvalid',
        'emailInvalid',
        'dateInvalid',
        'bankDetailsRequired',
        'amountRequired',
        'referenceInvalid',
        'identifierRequired',
        'documentsRequired',
      ],
      (e) => lt(`ui.errors.${e}`),
    ),
  };
  return {
    kinds,
    templates: { carrier: carrierTemplates, user: carrier.language === locale ? carrierTemplates : template(locale) },
    sameLanguage: carrier.language === locale,
    carrierLanguage: carrier.language,
    carrierNames: { carrier: carrierName(carrier, carrier.language), user: carrierName(carrier, locale) },
    fieldsByKind,
    neededByKind: Object.fromEntries(kinds.map((k) => [k, NEEDED_FIELDS[k].filter((f) => fieldsByKind[k].includes(f))])),
    emailChannel: carrier.channels.find((c) => c.kind === 'email')?.url ?? null,
    defaults,
    labels,
    open: lt('ui.open'),
    loading: lt('ui.loading'),
    noScript: lt('ui.noScript'),
  };
}

/** The letters a carrier's answer leads to; where the country's rights give a legal basis, its sentence goes before the request (the browser keeps those that apply to the answers). */
export function replyLetterProps(t: TFunction, locale: Locale, carrier: Carrier) {
  const kinds = [...new Set(Object.values(REPLY_STEPS).flatMap((s) => (s.letter ? [s.letter] : [])))];
  const props = letterToolProps(t, locale, carrier, kinds);
  const bases = rightsFor(carrier.country).flatMap((file) => file.rights.flatMap((r) => (r.letterBasis ? [{ id: r.id, key: r.letterBasis }] : [])));
  const withBases = (lang: Locale, templates: typeof props.templates.carrier) =>
    Object.fromEntries(
      Object.entries(templates).map(([kind, template]) => {
        if (!template || !('askAgain' in template.lines) || bases.length === 0) return [kind, template];
        const lines = Object.entries(template.lines).flatMap(([key, line]) =>
          key === 'askAgain'
            ? [...bases.map((b) => [basisLineKey(b.id), t(b.key, { ns: 'letters', lng: lang })] as const), [key, line] as const]
            : [[key, line] as const],
        );
        return [kind, { ...template, lines: Object.fromEntries(lines) }];
      }),
    );
  const carrierTemplates = withBases(carrier.language, props.templates.carrier);
  return { ...props, templates: { carrier: carrierTemplates, user: props.sameLanguage ? carrierTemplates : withBases(locale, props.templates.user) } };
}
