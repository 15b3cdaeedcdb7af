/** The sentences of the case tracker, the carrier's answer, the summary and the case on another phone, resolved on the server. */
import 'server-only';
import { QUESTION_IDS, QUESTIONS } from '@/lib/engine/questions';
import { STAGE_STATUSES, STAGES } from '@/lib/engine/stages';
import { CARRIER_REPLIES, REPLY_STEPS } from '@/lib/engine/replies';
import type { ReplyLabels } from './ReplyTracker';
import type { Locale } from '@/lib/i18n/locales';
import { DEADLINE_BASES, DEADLINE_IDS } from '@/lib/engine/dates';
import { DATE_PROBLEMS } from '@/lib/engine/date-parts';
import type { CaseLabels } from './CaseTracker';
import type { SummaryLabels } from './CaseSummary';
import type { CaseViewLabels } from './CaseView';
import type { CaseProblemLabels } from './CaseProblem';
import { CASE_PROBLEMS } from '@/lib/share/case';
import type { CaseShareLabels } from './CaseShare';
import type { CaseImportLabels } from './CaseImport';
import { byKey, pluralForms, sentence } from '@/lib/i18n/labels';
import type { TFunction } from 'i18next';
import { CASE_FIELDS } from '@/lib/engine/case';

export function caseLabels(t: TFunction, locale: Locale): CaseLabels {
  return {
    heading: t('case.heading'),
    intro: t('case.intro'),
    fields: byKey(CASE_FIELDS, (f) => ({ label: t(`case.fields.${f}.label`), hint: t(`case.fields.${f}.hint`, { defaultValue: '' }) })),
    referenceInvalid: t('case.referenceInvalid'),
    errorPrefix: t('errors.prefix'),
    dateInput: {
      day: t('dateInput.day'),
      month: t('dateInput.month'),
      year: t('dateInput.year'),
      errors: byKey(DATE_PROBLEMS, (p) => t(`dateInput.errors.${p}`)),
      errorPrefix: t('errors.prefix'),
    },
    deadlinesHeading: t('case.deadlinesHeading'),
    noDeadlines: t('case.noDeadlines'),
    deadlinesFound: pluralForms(t, locale, 'case.deadlinesFound'),
    deadlines: byKey(DEADLINE_IDS, (d) => t(`case.deadlines.${d}`)),
    eventTitles: byKey(DEADLINE_IDS, (d) => sentence(t, 'case.eventTitle', { deadline: `case.deadlines.${d}` }, { carrier: '{{carrier}}' })),
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

export function caseViewLabels(t: TFunction): CaseViewLabels {
  return {
    stagesHeading: t('caseTransfer.stagesHeading'),
    stageNames: byKey(STAGES, (s) => t(`stages.${s}.name`)),
    statuses: byKey(STAGE_STATUSES, (s) => t(`status.${s}`)),
    answersHeading: t('summary.answersHeading'),
    questions: byKey(QUESTION_IDS, (q) => ({ legend: t(`questions.${q}.legend`), options: byKey(QUESTIONS[q], (o) => t(`questions.${q}.options.${o}`)) })),
    caseHeading: t('caseTransfer.caseHeading'),
    noCase: t('caseTransfer.noCase'),
    fields: { ...byKey(CASE_FIELDS, (f) => t(`case.fields.${f}.label`)), reply: t('replies.legend') },
    // The carrier's answer is stored as a word ("refused"): shown in the reader's language.
    values: { reply: byKey(CARRIER_REPLIES, (r) => t(`replies.options.${r}`)) },
  };
}

export function caseProblemLabels(t: TFunction): CaseProblemLabels {
  return {
    title: t('caseTransfer.problemTitle'),
    unchanged: t('caseTransfer.unchanged'),
    problems: byKey(CASE_PROBLEMS, (p) => t(`caseTransfer.problems.${p}`)),
  };
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
    card: {
      title: t('caseTransfer.cardTitle', { carrier: '{{carrier}}' }),
      open: t('caseTransfer.cardOpen', { link: '{{link}}' }),
      line: t('caseTransfer.cardLine', { label: '{{label}}', value: '{{value}}' }),
      stageNames: view.stageNames,
      statuses: view.statuses,
      fields: view.fields,
      values: view.values,
    },
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
