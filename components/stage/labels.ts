/** The sentences of a stage's checklist, stage 1's questions, the overview's task list and the shared-link banner, resolved on the server. */
import 'server-only';
import { QUESTION_IDS, type QuestionId, QUESTIONS } from '@/lib/engine/questions';
import { VERDICTS } from '@/lib/engine/terms';
import { STAGE_STATUSES, STAGES } from '@/lib/engine/stages';
import { CARRIER_REPLIES } from '@/lib/engine/replies';
import type { Locale } from '@/lib/i18n/locales';
import type { SharedLinkLabels } from './SharedLinkBanner';
import type { ChecklistLabels } from './StageChecklist';
import type { ConfirmOnlineLabels, QuestionLabels } from './ConfirmOnline';
import type { TaskListLabels } from './StageTaskList';
import { byKey, pluralForms, sentence } from '@/lib/i18n/labels';
import type { TFunction } from 'i18next';

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
    verdictHeadings: byKey(VERDICTS, (v) => sentence(t, 'verdict.headingWith', { verdict: `verdict.kinds.${v}` })),
    defaultAnswers: t('verdict.defaultAnswers', { carrier: carrierName }),
    yourAnswers: t('verdict.yourAnswers'),
    channelsHeading: t('verdict.channelsHeading'),
    verdictChanged: byKey(VERDICTS, (v) => sentence(t, 'verdict.changed', { verdict: `verdict.kinds.${v}` })),
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
    waitingFor: byKey(STAGES, (s) => sentence(t, 'status.waitingFor', { stage: `stages.${s}.name` })),
    continueWith: byKey(STAGES, (s) => sentence(t, 'overview.continueWith', { stage: `stages.${s}.name` })),
    nextAction: t('overview.nextAction'),
    allDone: t('overview.allDone'),
    replies: replyShown(t),
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

/** "The carrier's answer: Refused", per answer, for the overview. */
export function replyShown(t: TFunction) {
  return byKey(CARRIER_REPLIES, (r) => t('replies.shown', { answer: t(`replies.options.${r}`) }));
}
