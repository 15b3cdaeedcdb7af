import { QUESTION_IDS, type QuestionId } from '@/lib/engine/questions';
import { STAGES, type Stage, type StageStatus } from '@/lib/engine/stages';
import type { CaseExport } from '@/lib/share/case';
import { formatDay } from '@/lib/i18n/format';

export interface CaseViewLabels {
  stagesHeading: string;
  stageNames: Record<Stage, string>;
  statuses: Record<StageStatus, string>;
  answersHeading: string;
  questions: Record<QuestionId, { legend: string; options: Record<string, string> }>;
  caseHeading: string;
  noCase: string;
  /** Labels of the case fields, by field name. */
  fields: Record<string, string>;
  /** Values shown as words in the reader's language (the carrier's answer), by field name then value. */
  values: Record<string, Record<string, string>>;
}

/** Case fields that hold dates (shown in the reader's language); the others are shown as written. */
const DATE_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An imported or pasted case, read-only, in the reader's language: stage statuses, answers, dates and
 * references. Values are rendered as text only (React escapes them), and only after decodeCase() accepted them.
 */
export function CaseView({ value, labels, locale, headingLevel = 3 }: { value: CaseExport; labels: CaseViewLabels; locale: string; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const show = (field: string) => (DATE_VALUE.test(field) ? formatDay(locale, field) : field);
  const caseRows = Object.entries(value.progress.case ?? {}).filter(([f, v]) => typeof v === 'string' && v !== '' && labels.fields[f]) as [string, string][];
  const answered = QUESTION_IDS.filter((q) => value.progress.answers[q] !== undefined);
  return (
    <div className="case-view" data-case-view={value.carrier}>
      <H>{labels.stagesHeading}</H>
      <dl className="summary-list">
        {STAGES.filter((s) => value.stages[s]).map((s) => (
          <div key={s} className="summary-list__row" data-stage={s}>
            <dt className="summary-list__key">{labels.stageNames[s]}</dt>
            <dd className="summary-list__value">{labels.statuses[value.stages[s]!]}</dd>
          </div>
        ))}
      </dl>
      <H>{labels.caseHeading}</H>
      {caseRows.length === 0 ? (
        <p className="hint">{labels.noCase}</p>
      ) : (
        <dl className="summary-list">
          {caseRows.map(([f, v]) => (
            <div key={f} className="summary-list__row" data-case={f}>
              <dt className="summary-list__key">{labels.fields[f]}</dt>
              <dd className="summary-list__value">{labels.values[f]?.[v] ?? show(v)}</dd>
            </div>
          ))}
        </dl>
      )}
      {answered.length > 0 && (
        <>
          <H>{labels.answersHeading}</H>
          <dl className="summary-list">
            {answered.map((q) => (
              <div key={q} className="summary-list__row" data-answer={q}>
                <dt className="summary-list__key">{labels.questions[q].legend}</dt>
                <dd className="summary-list__value">{labels.questions[q].options[value.progress.answers[q]!]}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}
