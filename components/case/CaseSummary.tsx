'use client';
import { caseDeadlines } from '@/lib/engine/dates';
import { effectiveAnswers, evaluate } from '@/lib/engine/evaluate';
import { QUESTION_IDS, type QuestionId } from '@/lib/engine/questions';
import type { CarrierReply } from '@/lib/engine/replies';
import type { Carrier } from '@/lib/engine/schema';
import type { Stage, StageStatus } from '@/lib/engine/stages';
import { composeLetter, lettersForVerdict, type LetterKind, type LetterTemplate } from '@/lib/letters/compose';
import type { CaseLabels } from './CaseTracker';
import { useProgress } from '../progress/useProgress';
import { formatDay } from '@/lib/i18n/format';
import { CASE_FIELDS } from '@/lib/engine/case';

export interface SummaryLabels {
  answersHeading: string;
  notAnswered: string;
  questions: Record<QuestionId, { legend: string; options: Record<string, string> }>;
  stagesHeading: string;
  stageNames: Record<Stage, string>;
  statuses: Record<StageStatus, string>;
  caseHeading: string;
  /** Shown when no date is saved: the dates are entered on stage 4, not on this page. */
  noDates: string;
  lettersHeading: string;
  lettersNote: string;
  print: string;
  updatedAt: string;
  replyLegend: string;
  replies: Record<CarrierReply, string>;
}

/** Blanks where the personal fields go: they are never stored, so the printed letter is filled in by hand. */
const BLANK = '____________';

/**
 * The case on one printable page: answers, stage statuses, dates and reference, deadlines, and the
 * letters for the verdict with blanks for the personal details. Evidence for a bank or a regulator.
 */
export function CaseSummary(props: {
  carrier: Carrier;
  carrierName: string;
  /** The carrier's name in its own language, for the letters (written in that language). */
  carrierOwnName: string;
  locale: string;
  labels: SummaryLabels;
  caseLabels: CaseLabels;
  templates: Partial<Record<LetterKind, LetterTemplate>>;
  carrierLanguage: string;
}) {
  const { carrier, carrierName, carrierOwnName, locale, labels, caseLabels, templates, carrierLanguage } = props;
  const { progress } = useProgress(carrier.id);
  const answers = effectiveAnswers(carrier, progress);
  const evaluation = evaluate(carrier, answers, progress);
  const theCase = progress.case ?? {};
  const show = (date: string) => formatDay(locale, date);
  const caseRows = CASE_FIELDS.filter((f) => theCase[f]);
  const letterValues = new Proxy({} as Record<string, string>, {
    get: (_, key: string) =>
      key === 'carrier'
        ? carrierOwnName
        : key === 'reference' && theCase.reference
          ? theCase.reference
          : key === 'submittedOn' && theCase.submittedOn
            ? theCase.submittedOn
            : BLANK,
  });

  return (
    <div className="case-summary printable">
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {labels.print}
        </button>
      </p>
      <h2>{labels.answersHeading}</h2>
      <dl className="summary-list">
        {QUESTION_IDS.map((q) => (
          <div key={q} className="summary-list__row" data-answer={q}>
            <dt className="summary-list__key">{labels.questions[q].legend}</dt>
            <dd className="summary-list__value">{progress.answers[q] ? labels.questions[q].options[progress.answers[q]!] : labels.notAnswered}</dd>
          </div>
        ))}
      </dl>
      <h2>{labels.stagesHeading}</h2>
      <dl className="summary-list">
        {evaluation.stages.map((s) => (
          <div key={s.stage} className="summary-list__row" data-stage={s.stage}>
            <dt className="summary-list__key">{labels.stageNames[s.stage]}</dt>
            <dd className="summary-list__value">{labels.statuses[s.status]}</dd>
          </div>
        ))}
      </dl>
      <h2>{labels.caseHeading}</h2>
      {theCase.reply && (
        <dl className="summary-list">
          <div className="summary-list__row" data-case="reply">
            <dt className="summary-list__key">{labels.replyLegend}</dt>
            <dd className="summary-list__value">{labels.replies[theCase.reply]}</dd>
          </div>
        </dl>
      )}
      {caseRows.length === 0 ? (
        <p className="hint">{labels.noDates}</p>
      ) : (
        <dl className="summary-list">
          {caseRows.map((f) => (
            <div key={f} className="summary-list__row" data-case={f}>
              <dt className="summary-list__key">{caseLabels.fields[f].label}</dt>
              <dd className="summary-list__value">{f === 'reference' || f === 'supportRef' ? theCase[f] : show(theCase[f]!)}</dd>
            </div>
          ))}
          {caseDeadlines(carrier, answers, theCase).map((d) => (
            <div key={d.id} className="summary-list__row" data-deadline={d.id}>
              <dt className="summary-list__key">{caseLabels.deadlines[d.id]}</dt>
              <dd className="summary-list__value">{show(d.date)}</dd>
            </div>
          ))}
        </dl>
      )}
      <h2>{labels.lettersHeading}</h2>
      <p className="hint">{labels.lettersNote}</p>
      {lettersForVerdict(evaluation.verdict.verdict).map((kind) => {
        // The summary is in the carrier's language: for a seller, that is the sentence to pass on, not the letter to the seller.
        const template = templates[kind === 'seller' ? 'sellerQuote' : kind];
        if (!template) return null;
        const letter = composeLetter(template, letterValues);
        return (
          <article key={kind} className="letter" lang={carrierLanguage} data-letter={kind}>
            {letter.subject && <p className="letter__subject">{letter.subject}</p>}
            {letter.title && <p className="letter__title">{letter.title}</p>}
            {letter.lines.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </article>
        );
      })}
      <p className="hint">{labels.updatedAt.replace('{{carrier}}', carrierName)}</p>
    </div>
  );
}
