/** The carrier's own sentences and the labels of facts, sources and report links, resolved on the server. */
import 'server-only';
import type { Carrier } from '@/lib/engine/schema';
import { CONFIDENCES, FACT_IDS } from '@/lib/engine/terms';
import type { Stage } from '@/lib/engine/stages';
import type { Locale } from '@/lib/i18n/locales';
import { carrierName } from '@/lib/i18n/names';
import { rightsFor } from '@/lib/rights';
import { newIssueUrl, reportVariables } from '@/lib/report/issue';
import { TRACKER_URL } from '@/lib/report/tracker';
import { isStale } from '@/lib/engine/dates';
import { factVariants } from '@/lib/engine/facts';
import type { KeyFactsLabels } from './KeyFacts';
import type { CarrierTexts, ItemLabels } from './types';
import { byKey, oneLanguage, withPhrases } from '@/lib/i18n/labels';
import type { TFunction } from 'i18next';
import { buildDay } from '@/lib/build';
import { ageLabel, formatDay } from '@/lib/i18n/format';
import { pagePath } from '@/lib/routes';

/**
 * The prefilled "report a problem" link of each item `stage`'s page can show (its rules, and its verdicts on stage 1),
 * or of each fact on the overview (`stage` null); null when package.json sets no tracker.
 */
export function reportLabels(t: TFunction, locale: Locale, carrier: Carrier, stage: Stage | null): ItemLabels['report'] {
  const tracker = TRACKER_URL;
  if (tracker === null) return null;
  const items =
    stage === null
      ? FACT_IDS.map((f) => `fact:${f}`)
      : [
          ...carrier.rules.filter((r) => r.stage === stage).map((r) => `rule:${r.id}`),
          ...(stage === 'confirm-online' ? carrier.verdicts.map((v) => `verdict:${v.id}`) : []),
          ...rightsFor(carrier.country).flatMap((file) => [...file.rights, ...file.escalation].filter((r) => r.stage === stage).map((r) => `right:${r.id}`)),
        ];
  const page = stage === null ? pagePath.carrier(locale, carrier.id) : pagePath.stage(locale, carrier.id, stage);
  const hrefs = byKey(items, (item) => {
    const vars = reportVariables({ carrierId: carrier.id, carrierName: carrierName(carrier, locale), item, page, language: locale });
    const values = { carrier: vars.carrierName, carrierId: vars.carrierId, item: vars.item, page: vars.page, locale: vars.language };
    return newIssueUrl(tracker, t('report.issueTitle', values), t('report.issueBody', values));
  });
  return { link: t('report.link'), hrefs };
}

export function itemLabels(t: TFunction, locale: Locale, carrier: Carrier, stage: Stage | null, today: string = buildDay()): ItemLabels {
  const sources = [...Object.values(carrier.sources), ...rightsFor(carrier.country).flatMap((r) => Object.values(r.sources))];
  const dates = [...new Set(sources.flatMap((s) => (s.readOn ? [s.readOn] : [])))];
  // A source's line is one sentence ("example.com official page, read by us on …"): all its pieces in one language.
  const lng = oneLanguage(t, [
    'sources.entry',
    'sources.entryStale',
    'sources.official',
    'sources.thirdParty',
    'sources.notRead',
    'sources.readOn',
    'sources.stale',
  ]);
  const slots = { site: '{{site}}', kind: '{{kind}}', read: '{{read}}', stale: '{{stale}}' };
  return {
    warning: t('checklist.warning'),
    info: t('checklist.info'),
    right: t('checklist.right'),
    escalation: t('checklist.escalation'),
    smsHint: t('checklist.smsHint'),
    confidence: byKey(
      CONFIDENCES.filter((c) => c !== 'high'),
      (c) => t(`confidence.${c}`),
    ),
    sourcesSummary: t('sources.summary'),
    sourceEntry: t('sources.entry', { ...slots, ...lng }),
    sourceEntryStale: t('sources.entryStale', { ...slots, ...lng }),
    official: t('sources.official', lng),
    thirdParty: t('sources.thirdParty', lng),
    notRead: t('sources.notRead', lng),
    readOn: byKey(dates, (d) => t('sources.readOn', { date: formatDay(locale, d), age: ageLabel(locale, d, today), ...lng })),
    staleDates: dates.filter((d) => isStale(d, today)),
    stale: t('sources.stale', lng),
    report: reportLabels(t, locale, carrier, stage),
  };
}

/**
 * The carrier sentences a page can show: the rules of `stage` (all stages and the facts when null: the overview), its verdicts
 * on stage 1, channel names, and the stage's rights of the carrier's country (lib/rights), with the carrier's name in `locale`.
 */
export function carrierTexts(t: TFunction, carrier: Carrier, stage: Stage | null, locale: Locale): CarrierTexts {
  const keys = [
    ...carrier.rules.filter((r) => stage === null || r.stage === stage).map((r) => r.text),
    ...(stage === null ? FACT_IDS.flatMap((f) => factVariants(carrier.facts[f]).flatMap((v) => ('text' in v ? [v.text] : []))) : []),
    ...(stage === 'confirm-online' ? carrier.verdicts.map((v) => v.text) : []),
    ...carrier.channels.map((c) => c.label),
    ...rightsFor(carrier.country).flatMap((file) =>
      [...file.rights, ...file.escalation]
        .filter((r) => r.stage === stage)
        .flatMap((r) => [r.text, ...(r.sms ?? []).map((s) => s.label), ...(r.link ? [r.link.label] : [])]),
    ),
  ];
  const name = carrierName(carrier, locale);
  return byKey([...new Set(keys)], (key) => {
    const text = t(key, { ns: 'carriers', defaultValue: '', carrier: name });
    // A key missing from en has nothing to fall back to: fail the build rather than show a key to a traveler.
    if (!text) throw new Error(`locales/en/carriers.json: missing key "${key}" (used by lib/carriers/${carrier.id}.ts or a rule set it takes)`);
    return withPhrases(text);
  });
}

export function keyFactsLabels(t: TFunction): KeyFactsLabels {
  return { names: byKey(FACT_IDS, (f) => t(`facts.${f}`)), gap: t('facts.gap'), stale: t('facts.stale') };
}
