'use client';
import { useState } from 'react';
import { effectiveAnswers, evaluate } from '@/lib/engine/evaluate';
import { QUESTIONS, QUESTION_IDS, type Answers, type QuestionId } from '@/lib/engine/questions';
import type { Carrier } from '@/lib/engine/schema';
import { ErrorSummary, type FieldError } from '../ui/ErrorSummary';
import { ItemMeta, NoteItem } from './ChecklistItemView';
import { ProgressProblemNotice, type ProgressLabels } from '../progress/ProgressProblemNotice';
import type { CarrierTexts, ItemLabels } from '../facts/types';
import { useProgress } from '../progress/useProgress';

export interface QuestionLabels {
  legend: string;
  hint?: string;
  error: string;
  options: Record<string, string>;
}

export interface ConfirmOnlineLabels {
  /** "Answer: only in person", by verdict: one key (verdict.headingWith), all in one language. */
  verdictHeadings: Record<string, string>;
  defaultAnswers: string;
  yourAnswers: string;
  channelsHeading: string;
  /** "The answer at the top of this page is now: …" by verdict, shown by the submit button when an answer changes it. */
  verdictChanged: Record<string, string>;
  questionsHeading: string;
  errorSummaryTitle: string;
  /** Put before the page title and each error message while there are errors (GOV.UK). */
  errorPrefix: string;
  submit: string;
  questions: Record<QuestionId, QuestionLabels>;
}

/**
 * Stage 1: the verdict (how this plan can be ended) for the traveler's answers, and the questions.
 * Without JavaScript the form still submits (GET) to the next stage, and the verdict shown is the one
 * for the carrier's usual answers.
 */
export function ConfirmOnline(props: {
  carrier: Carrier;
  texts: CarrierTexts;
  itemLabels: ItemLabels;
  labels: ConfirmOnlineLabels;
  progressLabels: ProgressLabels;
  nextHref: string;
}) {
  const { carrier, texts, itemLabels, labels, progressLabels, nextHref } = props;
  const { progress, problem, update } = useProgress(carrier.id);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  // The verdict sits screens above the questions: a change an answer makes is also said where the traveler is (WCAG 4.1.3).
  const [verdictBefore, setVerdictBefore] = useState<string | null>(null);
  const evaluation = evaluate(carrier, effectiveAnswers(carrier, progress), progress);
  const { verdict } = evaluation;
  const notes = evaluation.stages[0].items;
  const hasOwnAnswers = Object.keys(progress.answers).length > 0;
  const errorFor = (q: QuestionId) => errors.find((e) => e.fieldId === `question-${q}`);

  const answer = <Q extends QuestionId>(question: Q, value: Answers[Q]) => {
    setVerdictBefore((before) => before ?? verdict.verdict);
    setErrors((current) => current.filter((e) => e.fieldId !== `question-${question}`));
    update((current) => ({ ...current, answers: { ...current.answers, [question]: value }, answersConfirmed: false }));
  };

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = QUESTION_IDS.filter((q) => progress.answers[q] === undefined);
    if (missing.length > 0) {
      setErrors(missing.map((q) => ({ fieldId: `question-${q}`, message: labels.questions[q].error })));
      setAttempt((n) => n + 1);
      return;
    }
    update((current) => ({ ...current, answersConfirmed: true }));
    window.location.assign(nextHref);
  };

  return (
    <>
      <ProgressProblemNotice problem={problem} labels={progressLabels} />
      <ErrorSummary title={labels.errorSummaryTitle} errors={errors} attempt={attempt} titlePrefix={labels.errorPrefix} />
      <section className={`verdict verdict--${verdict.verdict}`} aria-labelledby="verdict-heading" data-verdict={verdict.verdict}>
        <h2 id="verdict-heading" className="verdict__heading">
          {labels.verdictHeadings[verdict.verdict]}
        </h2>
        <p className="verdict__basis">{hasOwnAnswers ? labels.yourAnswers : labels.defaultAnswers}</p>
        <p>{texts[verdict.text]}</p>
        <ItemMeta
          item={{ channel: null, confidence: verdict.confidence, sources: verdict.sources }}
          texts={texts}
          labels={itemLabels}
          reportKey={`verdict:${verdict.id}`}
        />
        {verdict.channels.length > 0 && (
          <>
            <h3 className="verdict__channels-heading">{labels.channelsHeading}</h3>
            <ul className="verdict__channels">
              {verdict.channels.map((c) => (
                <li key={c.id}>
                  <a href={c.url} rel="noreferrer">
                    {texts[c.label]}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {notes.map((item) => (
        <NoteItem key={item.id} item={item} texts={texts} labels={itemLabels} />
      ))}
      <form className="questions" action={nextHref} method="get" onSubmit={submit} noValidate>
        <h2>{labels.questionsHeading}</h2>
        {QUESTION_IDS.map((q) => {
          const error = errorFor(q);
          const question = labels.questions[q];
          return (
            <div key={q} className={error ? 'form-group form-group--error' : 'form-group'}>
              <fieldset
                id={`question-${q}`}
                aria-describedby={[question.hint ? `question-${q}-hint` : '', error ? `question-${q}-error` : ''].filter(Boolean).join(' ') || undefined}
              >
                <legend className="fieldset__legend">{question.legend}</legend>
                {question.hint && (
                  <p className="hint" id={`question-${q}-hint`}>
                    {question.hint}
                  </p>
                )}
                {error && (
                  <p className="error-message" id={`question-${q}-error`}>
                    <span className="visually-hidden">{labels.errorPrefix}</span> {error.message}
                  </p>
                )}
                <div className="radios">
                  {QUESTIONS[q].map((value) => (
                    <div key={value} className="radios__item">
                      <input
                        className="radios__input"
                        type="radio"
                        id={`question-${q}-${value}`}
                        name={q}
                        value={value}
                        checked={progress.answers[q] === value}
                        onChange={() => answer(q, value)}
                      />
                      <label className="radios__label" htmlFor={`question-${q}-${value}`}>
                        {question.options[value]}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
          );
        })}
        <p className="verdict-change" role="status" data-verdict-change>
          {verdictBefore !== null && verdictBefore !== verdict.verdict ? labels.verdictChanged[verdict.verdict] : ''}
        </p>
        <button type="submit" className="button">
          {labels.submit}
        </button>
      </form>
    </>
  );
}
