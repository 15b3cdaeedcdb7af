/** The sentences of the support page's link builder and case reader, resolved on the server. */
import 'server-only';
import type { Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';
import { QUESTION_IDS, QUESTIONS } from '@/lib/engine/questions';
import type { CaseReaderLabels } from './CaseReader';
import type { LinkBuilderLabels } from './LinkBuilder';
import { byKey } from '@/lib/i18n/labels';
import type { TFunction } from 'i18next';
import { caseProblemLabels, caseViewLabels } from '@/components/case/labels';

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

/** The message to the customer in each language it may be sent in, with {{carrier}}, {{link}} and {{ref}} left for the link builder. */
export function supportMessages(locales: readonly Locale[]) {
  return Object.fromEntries(
    locales.map((l) => {
      const tl = getT(l);
      const keep = (key: string, variable: string) => tl(key, { [variable]: `{{${variable}}}` });
      return [
        l,
        {
          greeting: keep('support.message.greeting', 'carrier'),
          link: keep('support.message.link', 'link'),
          reference: keep('support.message.reference', 'ref'),
          check: tl('support.message.check'),
        },
      ];
    }),
  );
}
