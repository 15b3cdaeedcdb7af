/**
 * Builds, on the server, the label props the wizard's client components need, from the locale files.
 * One place that knows which ui.json keys each component shows.
 */
import type { TFunction } from 'i18next';
import { createElement, Fragment } from 'react';
import { QUESTIONS, QUESTION_IDS, type QuestionId } from '@/lib/engine/questions';
import { CONFIDENCES, DIFFICULTIES, FACT_IDS, VERDICTS, type Carrier } from '@/lib/engine/schema';
import { STAGES, STAGE_STATUSES, type Stage } from '@/lib/engine/stages';
import { basisLineKey, CARRIER_REPLIES, REPLY_STEPS } from '@/lib/engine/replies';
import type { ReplyLabels } from './ReplyTracker';
import type { Locale } from '@/lib/i18n/locales';
import type { DirectoryLabels } from './CarrierDirectory';
import type { LetterBuilderProps, LetterLabels } from '@/components/letters/LetterBuilder';
import { LETTER_FIELDS, type LetterField } from '@/lib/letters/fields';
import { variablesOf, type LetterKind } from '@/lib/letters/compose';
import { carrierName } from '@/lib/i18n/names';
import { rightsFor } from '@/lib/rights';
import { newIssueUrl, reportVariables } from '@/lib/report/issue';
import { TRACKER_URL } from '@/lib/report/tracker';
import { letterTemplate } from '@/lib/i18n/server';
import { DEADLINE_BASES, DEADLINE_IDS, daysBetween, isIsoDate, isStale, todayIn } from '@/lib/engine/dates';
import { factVariants } from '@/lib/engine/facts';
import { phrases } from '@/lib/i18n/phrases';
import { DATE_PROBLEMS } from '@/lib/engine/date-parts';
import type { CaseLabels } from './CaseTracker';
import type { SummaryLabels } from './CaseSummary';
import type { CaseViewLabels } from './CaseView';
import type { CaseProblemLabels } from './CaseProblem';
import { CASE_PROBLEMS } from '@/lib/share/case';
import type { CaseShareLabels } from './CaseShare';
import type { CaseImportLabels } from './CaseImport';
import type { CaseReaderLabels } from '@/components/support/CaseReader';
import type { SavedCasesLabels } from './SavedCases';
import type { SharedLinkLabels } from './SharedLinkBanner';
import type { LinkBuilderLabels } from '@/components/support/LinkBuilder';
import type { IdentifyLabels } from './IdentifyForm';
import type { KeyFactsLabels } from './KeyFacts';
import type { ChecklistLabels } from './StageChecklist';
import type { ConfirmOnlineLabels, QuestionLabels } from './ConfirmOnline';
import type { ProgressLabels } from './ProgressProblemNotice';
import type { TaskListLabels } from './StageTaskList';
import type { CarrierTexts, ItemLabels, PluralForms } from './texts';

/** A sentence with its tagged foreign phrases as <span lang> (lib/i18n/phrases.ts), resolved here on the server. */
function withPhrases(sentence: string): React.ReactNode {
  const parts = phrases(sentence);
  if (parts.every((p) => !p.lang)) return sentence;
  return createElement(Fragment, null, ...parts.map((p, i) => (p.lang ? createElement('span', { key: i, lang: p.lang }, p.text) : p.text)));
}

const byKey = <K extends string, V>(keys: readonly K[], value: (key: K) => V) => Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;

/** Every CLDR plural form `locale` uses for `key`, with `{{count}}` left for the client to fill in. */
function pluralForms(t: TFunction, locale: Locale, key: string): PluralForms {
  const keep = { replace: { count: '{{count}}' }, defaultValue: '' };
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of new Intl.PluralRules(locale).resolvedOptions().pluralCategories) {
    const form = t(`${key}_${category}`, keep);
    if (form) forms[category] = form;
  }
  // A form missing in this locale falls back to `other`, as i18next itself does.
  return { ...forms, other: forms.other || t(`${key}_other`, { ...keep, lng: 'en' }) };
}

export function progressLabels(t: TFunction, carrierName: string): ProgressLabels {
  return { corrupt: t('progress.corrupt', { carrier: carrierName }), newer: t('progress.newer', { carrier: carrierName }), unavailable: t('progress.unavailable') };
}

/**
 * The prefilled "report a problem" link of each item `stage`'s page can show (its rules, and its verdicts on stage 1),
 * or of each fact on the overview (`stage` null); null when package.json sets no tracker.
 */
function reportLabels(t: TFunction, locale: Locale, carrier: Carrier, stage: Stage | null): ItemLabels['report'] {
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
  const page = `/${locale}/${carrier.id}/${stage === null ? '' : `${stage}/`}`;
  const hrefs = byKey(items, (item) => {
    const vars = reportVariables({ carrierId: carrier.id, carrierName: carrierName(carrier, locale), item, page, language: locale });
    const values = { carrier: vars.carrierName, carrierId: vars.carrierId, item: vars.item, page: vars.page, locale: vars.language };
    return newIssueUrl(tracker, t('report.issueTitle', values), t('report.issueBody', values));
  });
  return { link: t('report.link'), hrefs };
}

/**
 * The day the site is built: a fact's age is counted from it (pages are static, so "now" is when they were made).
 * BUILD_DATE=YYYY-MM-DD pins it (tests, reproducible builds); otherwise today in UTC.
 */
export function buildDay(env: Record<string, string | undefined> = process.env): string {
  const pinned = env.BUILD_DATE;
  if (pinned !== undefined && pinned !== '') {
    if (!isIsoDate(pinned)) throw new Error(`BUILD_DATE must be a calendar date written YYYY-MM-DD (got "${pinned}")`);
    return pinned;
  }
  return todayIn('UTC');
}

/** How long ago `date` was, before `today`, in the language's own words ("5 days ago", "vor 3 Monaten"). */
export function ageLabel(locale: Locale, date: string, today: string): string {
  const days = Math.max(0, daysBetween(date, today));
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (days < 45) return rtf.format(-days, 'day');
  if (days < 730) return rtf.format(-Math.floor(days / 30.44), 'month');
  return rtf.format(-Math.floor(days / 365.25), 'year');
}

export function itemLabels(t: TFunction, locale: Locale, carrier: Carrier, stage: Stage | null, today: string = buildDay()): ItemLabels {
  const sources = [...Object.values(carrier.sources), ...rightsFor(carrier.country).flatMap((r) => Object.values(r.sources))];
  const dates = [...new Set(sources.flatMap((s) => (s.readOn ? [s.readOn] : [])))];
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
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
    official: t('sources.official'),
    thirdParty: t('sources.thirdParty'),
    notRead: t('sources.notRead'),
    readOn: byKey(dates, (d) => t('sources.readOn', { date: format.format(new Date(`${d}T00:00:00Z`)), age: ageLabel(locale, d, today) })),
    staleDates: dates.filter((d) => isStale(d, today)),
    stale: t('sources.stale'),
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

export function checklistLabels(t: TFunction, locale: Locale): ChecklistLabels {
  return {
    tasksHeading: t('checklist.tasksHeading'),
    tasksLeft: pluralForms(t, locale, 'checklist.tasksLeft'),
    allTicked: t('checklist.allTicked'),
    yourAnswers: t('checklist.yourAnswers'),
    defaultAnswers: t('checklist.defaultAnswers'),
    locked: { 'wait-confirmation': t('checklist.locked.wait-confirmation'), 'wait-refund': t('checklist.locked.wait-refund') },
    lockedStatus: t('checklist.lockedStatus'),
  };
}

export function confirmOnlineLabels(t: TFunction, carrierName: string): ConfirmOnlineLabels {
  const question = (q: QuestionId): QuestionLabels => {
    const hint = t(`questions.${q}.hint`, { defaultValue: '' });
    return {
      legend: t(`questions.${q}.legend`),
      ...(hint ? { hint } : {}),
      error: t(`questions.${q}.error`),
      options: byKey(QUESTIONS[q], (o) => t(`questions.${q}.options.${o}`)),
    };
  };
  return {
    verdictHeading: t('verdict.heading'),
    verdictKinds: byKey(VERDICTS, (v) => t(`verdict.kinds.${v}`)),
    defaultAnswers: t('verdict.defaultAnswers', { carrier: carrierName }),
    yourAnswers: t('verdict.yourAnswers'),
    channelsHeading: t('verdict.channelsHeading'),
    verdictChanged: byKey(VERDICTS, (v) => t('verdict.changed', { verdict: t(`verdict.kinds.${v}`) })),
    questionsHeading: t('questions.heading'),
    errorSummaryTitle: t('errors.summaryTitle'),
    errorPrefix: t('errors.prefix'),
    submit: t('questions.submit'),
    questions: byKey(QUESTION_IDS, question),
  };
}

export function taskListLabels(t: TFunction): TaskListLabels {
  return {
    stageNames: byKey(STAGES, (s) => t(`stages.${s}.name`)),
    statuses: byKey(STAGE_STATUSES, (s) => t(`status.${s}`)),
    waitingFor: byKey(STAGES, (s) => t('status.waitingFor', { stage: t(`stages.${s}.name`) })),
    continueWith: byKey(STAGES, (s) => t('overview.continueWith', { stage: t(`stages.${s}.name`) })),
    nextAction: t('overview.nextAction'),
    allDone: t('overview.allDone'),
    replies: replyShown(t),
  };
}

export function directoryLabels(t: TFunction, locale: Locale): DirectoryLabels {
  return {
    search: t('directory.search'),
    searchHint: t('directory.searchHint'),
    country: t('directory.country'),
    anyCountry: t('directory.anyCountry'),
    difficulty: t('directory.difficulty'),
    anyDifficulty: t('directory.anyDifficulty'),
    difficulties: byKey(DIFFICULTIES, (d) => t(`difficulty.${d}`)),
    results: pluralForms(t, locale, 'directory.results'),
    noResults: t('directory.noResults'),
    filtersHeading: t('directory.filtersHeading'),
    identifyHint: t('directory.identifyHint'),
  };
}

/** Placeholders are left in for the client, which knows the carrier and the date only after reading storage. */
export function savedCasesLabels(t: TFunction): SavedCasesLabels {
  return {
    heading: t('savedCases.heading'),
    lastSaved: t('savedCases.lastSaved', { date: '{{date}}' }),
    remove: t('savedCases.remove', { carrier: '{{carrier}}' }),
    removed: t('savedCases.removed', { carrier: '{{carrier}}' }),
    undo: t('savedCases.undo'),
    restored: t('savedCases.restored', { carrier: '{{carrier}}' }),
    failed: t('savedCases.failed'),
  };
}

export function keyFactsLabels(t: TFunction): KeyFactsLabels {
  return { names: byKey(FACT_IDS, (f) => t(`facts.${f}`)), gap: t('facts.gap'), stale: t('facts.stale') };
}

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
export function letterToolProps(t: TFunction, locale: Locale, carrier: Carrier, kinds: LetterKind[], defaults: LetterBuilderProps['defaults'] = {}): LetterBuilderProps & { open: string; loading: string; noScript: string } {
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
    errors: byKey(['nameRequired', 'phoneInvalid', 'emailInvalid', 'dateInvalid', 'bankDetailsRequired', 'amountRequired', 'referenceInvalid', 'identifierRequired', 'documentsRequired'], (e) => lt(`ui.errors.${e}`)),
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

export function caseLabels(t: TFunction, locale: Locale): CaseLabels {
  const fields = ['purchasedOn', 'renewsOn', 'submittedOn', 'expectedBy', 'reference', 'chargedOn', 'supportRef', 'effectiveOn', 'refundedOn'] as const;
  return {
    heading: t('case.heading'),
    intro: t('case.intro'),
    fields: byKey(fields, (f) => ({ label: t(`case.fields.${f}.label`), hint: t(`case.fields.${f}.hint`, { defaultValue: '' }) })),
    referenceInvalid: t('case.referenceInvalid'),
    errorPrefix: t('errors.prefix'),
    dateInput: { day: t('dateInput.day'), month: t('dateInput.month'), year: t('dateInput.year'), errors: byKey(DATE_PROBLEMS, (p) => t(`dateInput.errors.${p}`)), errorPrefix: t('errors.prefix') },
    deadlinesHeading: t('case.deadlinesHeading'),
    noDeadlines: t('case.noDeadlines'),
    deadlinesFound: pluralForms(t, locale, 'case.deadlinesFound'),
    deadlines: byKey(DEADLINE_IDS, (d) => t(`case.deadlines.${d}`)),
    bases: byKey(DEADLINE_BASES, (b) => t(`case.bases.${b}`)),
    download: t('case.download'),
    calendarName: t('case.calendarName'),
    calendarError: t('case.calendarError'),
  };
}

export function summaryLabels(t: TFunction): SummaryLabels {
  return {
    answersHeading: t('summary.answersHeading'),
    notAnswered: t('summary.notAnswered'),
    questions: byKey(QUESTION_IDS, (q) => ({ legend: t(`questions.${q}.legend`), options: byKey(QUESTIONS[q], (o) => t(`questions.${q}.options.${o}`)) })),
    stagesHeading: t('overview.stagesHeading'),
    stageNames: byKey(STAGES, (s) => t(`stages.${s}.name`)),
    statuses: byKey(STAGE_STATUSES, (s) => t(`status.${s}`)),
    caseHeading: t('case.heading'),
    noDates: t('summary.noDates', { stage: t('stages.track-review.name') }),
    lettersHeading: t('summary.lettersHeading'),
    lettersNote: t('summary.lettersNote'),
    print: t('summary.print'),
    updatedAt: t('summary.footer', { carrier: '{{carrier}}' }),
    replyLegend: t('replies.legend'),
    replies: byKey(CARRIER_REPLIES, (r) => t(`replies.options.${r}`)),
  };
}

export function sharedLinkLabels(t: TFunction): SharedLinkLabels {
  return {
    title: t('shared.title'),
    applied: t('shared.applied'),
    differs: t('shared.differs'),
    useLink: t('shared.useLink'),
    keepMine: t('shared.keepMine'),
    kept: t('shared.kept'),
    reference: t('shared.reference', { ref: '{{ref}}' }),
    ignored: t('shared.ignored'),
    checkAnswers: t('shared.checkAnswers'),
  };
}

export function linkBuilderLabels(t: TFunction): LinkBuilderLabels {
  return {
    carrier: t('support.carrier'),
    customerLanguage: t('support.customerLanguage'),
    stage: t('support.stage'),
    answersHeading: t('support.answersHeading'),
    answersHint: t('support.answersHint'),
    leaveOpen: t('support.leaveOpen'),
    questions: byKey(QUESTION_IDS, (q) => ({ legend: t(`questions.${q}.legend`), options: byKey(QUESTIONS[q], (o) => t(`questions.${q}.options.${o}`)) })),
    reference: { label: t('support.reference.label'), hint: t('support.reference.hint'), error: t('support.reference.error') },
    errorPrefix: t('errors.prefix'),
    linkHeading: t('support.linkHeading'),
    linkLabel: t('support.linkLabel'),
    copyLink: t('support.copyLink'),
    copyMessage: t('support.copyMessage'),
    copied: t('support.copied'),
    qrAlt: t('support.qrAlt'),
    messageHeading: t('support.messageHeading'),
    noPersonalData: t('support.noPersonalData'),
  };
}

/** "The carrier's answer: Refused", per answer, for the overview. */
function replyShown(t: TFunction) {
  return byKey(CARRIER_REPLIES, (r) => t('replies.shown', { answer: t(`replies.options.${r}`) }));
}

export function replyLabels(t: TFunction): ReplyLabels {
  const stepKeys = [...new Set(Object.values(REPLY_STEPS).flatMap((s) => s.steps))];
  return {
    heading: t('replies.heading'),
    intro: t('replies.intro'),
    noScript: t('replies.noScript'),
    legend: t('replies.legend'),
    options: byKey(CARRIER_REPLIES, (r) => t(`replies.options.${r}`)),
    steps: byKey(stepKeys, (k) => t(k)),
    nextHeading: t('replies.nextHeading'),
    escalationHeading: t('replies.escalationHeading'),
    noEscalation: t('replies.noEscalation'),
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
          key === 'askAgain' ? [...bases.map((b) => [basisLineKey(b.id), t(b.key, { ns: 'letters', lng: lang })] as const), [key, line] as const] : [[key, line] as const],
        );
        return [kind, { ...template, lines: Object.fromEntries(lines) }];
      }),
    );
  const carrierTemplates = withBases(carrier.language, props.templates.carrier);
  return { ...props, templates: { carrier: carrierTemplates, user: props.sameLanguage ? carrierTemplates : withBases(locale, props.templates.user) } };
}

const CASE_FIELDS_SHOWN = ['purchasedOn', 'renewsOn', 'submittedOn', 'expectedBy', 'reference', 'chargedOn', 'supportRef', 'effectiveOn', 'refundedOn'] as const;

export function caseViewLabels(t: TFunction): CaseViewLabels {
  return {
    stagesHeading: t('caseTransfer.stagesHeading'),
    stageNames: byKey(STAGES, (s) => t(`stages.${s}.name`)),
    statuses: byKey(STAGE_STATUSES, (s) => t(`status.${s}`)),
    answersHeading: t('summary.answersHeading'),
    questions: byKey(QUESTION_IDS, (q) => ({ legend: t(`questions.${q}.legend`), options: byKey(QUESTIONS[q], (o) => t(`questions.${q}.options.${o}`)) })),
    caseHeading: t('caseTransfer.caseHeading'),
    noCase: t('caseTransfer.noCase'),
    fields: { ...byKey(CASE_FIELDS_SHOWN, (f) => t(`case.fields.${f}.label`)), reply: t('replies.legend') },
    // The carrier's answer is stored as a word ("refused"): shown in the reader's language.
    values: { reply: byKey(CARRIER_REPLIES, (r) => t(`replies.options.${r}`)) },
  };
}

export function caseProblemLabels(t: TFunction): CaseProblemLabels {
  return { title: t('caseTransfer.problemTitle'), unchanged: t('caseTransfer.unchanged'), problems: byKey(CASE_PROBLEMS, (p) => t(`caseTransfer.problems.${p}`)) };
}

export function caseShareLabels(t: TFunction): CaseShareLabels {
  const view = caseViewLabels(t);
  return {
    heading: t('caseTransfer.heading'),
    intro: t('caseTransfer.intro'),
    download: t('caseTransfer.download'),
    linkLabel: t('caseTransfer.linkLabel'),
    copyLink: t('caseTransfer.copyLink'),
    copied: t('caseTransfer.copied'),
    qrAlt: t('caseTransfer.qrAlt'),
    cardLabel: t('caseTransfer.cardLabel'),
    copyCard: t('caseTransfer.copyCard'),
    card: { title: t('caseTransfer.cardTitle', { carrier: '{{carrier}}' }), open: t('caseTransfer.cardOpen', { link: '{{link}}' }), stageNames: view.stageNames, statuses: view.statuses, fields: view.fields, values: view.values },
  };
}

export function caseImportLabels(t: TFunction): CaseImportLabels {
  return {
    heading: t('caseTransfer.importHeading'),
    hint: t('caseTransfer.importHint'),
    file: t('caseTransfer.importFile'),
    previewHeading: t('caseTransfer.previewHeading', { carrier: '{{carrier}}' }),
    replaces: t('caseTransfer.replaces', { carrier: '{{carrier}}' }),
    confirm: t('caseTransfer.confirm'),
    cancel: t('caseTransfer.cancel'),
    imported: t('caseTransfer.imported', { carrier: '{{carrier}}' }),
    continue: t('caseTransfer.continue', { carrier: '{{carrier}}' }),
    cancelled: t('caseTransfer.cancelled'),
    saveFailed: t('caseTransfer.saveFailed'),
    problem: caseProblemLabels(t),
    view: caseViewLabels(t),
  };
}

export function caseReaderLabels(t: TFunction): CaseReaderLabels {
  return {
    heading: t('caseTransfer.readerHeading'),
    hint: t('caseTransfer.readerHint'),
    label: t('caseTransfer.readerLabel'),
    submit: t('caseTransfer.readerSubmit'),
    readOnly: t('caseTransfer.readOnly'),
    resultHeading: t('caseTransfer.readerResult', { carrier: '{{carrier}}' }),
    problem: caseProblemLabels(t),
    view: caseViewLabels(t),
  };
}
