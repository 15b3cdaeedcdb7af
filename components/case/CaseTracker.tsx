'use client';
import { useState } from 'react';
import { caseDeadlines, type Deadline, type DeadlineBasis, type DeadlineId } from '@/lib/engine/dates';
import { effectiveAnswers } from '@/lib/engine/evaluate';
import type { Carrier, Case } from '@/lib/engine/schema';
import { REFERENCE_PATTERN } from '@/lib/engine/terms';
import type { LetterBuilderProps } from '../letters/LetterBuilder';
import { LetterTool } from '../letters/LetterTool';
import { DateInput, type DateInputLabels } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { ProgressProblemNotice, type ProgressLabels } from '../progress/ProgressProblemNotice';
import { pluralize, type PluralForms } from '@/lib/i18n/plural';
import { useProgress } from '../progress/useProgress';
import { formatDay } from '@/lib/i18n/format';

/** The case's dates and references; the carrier's reply is recorded by ReplyTracker. */
export type CaseField = Exclude<keyof Case, 'reply'>;

export interface CaseLabels {
  heading: string;
  intro: string;
  fields: Record<CaseField, { label: string; hint: string }>;
  referenceInvalid: string;
  errorPrefix: string;
  /** Day, month and year fields and GOV.UK's messages for them. */
  dateInput: DateInputLabels;
  deadlinesHeading: string;
  noDeadlines: string;
  /** "{{count}} dates worked out…": read out when the traveler's dates make deadlines appear (WCAG 4.1.3). */
  deadlinesFound: PluralForms;
  /** A title per deadline, shown in the list. */
  deadlines: Record<DeadlineId, string>;
  /** The calendar event's title per deadline, "{{carrier}}" left to fill: one key (case.eventTitle), one language. */
  eventTitles: Record<DeadlineId, string>;
  bases: Record<DeadlineBasis, string>;
  download: string;
  calendarName: string;
  calendarError: string;
}

/**
 * The case's dates and reference (saved on the device: they are not personal), the deadlines the
 * engine works out from them, a calendar file of those deadlines, and the letter for this stage.
 */
export function CaseTracker(props: {
  carrier: Carrier;
  /** The carrier's name in the traveler's language, for the calendar events. */
  carrierName: string;
  locale: string;
  fields: CaseField[];
  labels: CaseLabels;
  progressLabels: ProgressLabels;
  letter: (LetterBuilderProps & { open: string; loading: string; noScript: string }) | null;
}) {
  const { carrier, carrierName, locale, fields, labels, progressLabels, letter } = props;
  const { progress, problem, update } = useProgress(carrier.id);
  const [referenceDraft, setReferenceDraft] = useState<string | null>(null);
  const [calendarError, setCalendarError] = useState(false);
  // Deadlines are announced only after the traveler changes a date, not when saved dates load.
  const [changed, setChanged] = useState(false);
  const theCase = progress.case ?? {};
  const deadlines = caseDeadlines(carrier, effectiveAnswers(carrier, progress), theCase);
  const show = (date: string) => formatDay(locale, date);
  const reference = referenceDraft ?? theCase.reference ?? '';
  const referenceValid = reference.trim() === '' || REFERENCE_PATTERN.test(reference.trim());

  const setField = (field: CaseField, value: string | undefined) => {
    setChanged(true);
    update((current) => {
      const next: Case = { ...(current.case ?? {}) };
      if (value === undefined || value === '') delete next[field];
      else next[field] = value;
      return { ...current, case: next };
    });
  };

  const download = async () => {
    const { buildCalendar } = await import('@/lib/calendar/ics');
    const events = deadlines.map((d: Deadline) => ({
      id: d.id,
      date: d.date,
      title: labels.eventTitles[d.id].replace('{{carrier}}', carrierName),
      description: labels.bases[d.basis],
    }));
    const built = buildCalendar(events, { caseId: carrier.id });
    if (!built.ok) {
      setCalendarError(true);
      return;
    }
    setCalendarError(false);
    // A local file handed to the browser: nothing is uploaded.
    const url = URL.createObjectURL(new Blob([built.text], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${labels.calendarName}-${carrier.id}.ics`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <>
      <section className="case" aria-labelledby="case-heading">
        <ProgressProblemNotice problem={problem} labels={progressLabels} />
        <h2 id="case-heading">{labels.heading}</h2>
        <p>{labels.intro}</p>
        {fields.map((field) => {
          const id = `case-${field}`;
          const { label, hint } = labels.fields[field];
          if (field === 'reference') {
            return (
              <Field key={field} id={id} label={label} hint={hint} error={referenceValid ? null : labels.referenceInvalid} errorPrefix={labels.errorPrefix}>
                {(describedBy) => (
                  <input
                    className="input"
                    id={id}
                    type="text"
                    autoComplete="off"
                    value={reference}
                    aria-invalid={referenceValid ? undefined : true}
                    aria-describedby={describedBy}
                    onChange={(e) => setReferenceDraft(e.currentTarget.value)}
                    onBlur={() => {
                      if (referenceValid) {
                        setField('reference', reference.trim());
                        setReferenceDraft(null);
                      }
                    }}
                  />
                )}
              </Field>
            );
          }
          return (
            <DateInput
              key={field}
              id={id}
              legend={label}
              hint={hint}
              value={theCase[field] ?? ''}
              onChange={(iso) => setField(field, iso)}
              labels={labels.dateInput}
            />
          );
        })}
        <p className="visually-hidden" role="status" data-deadlines-status>
          {changed && deadlines.length > 0 ? pluralize(labels.deadlinesFound, deadlines.length, locale) : ''}
        </p>
        <h3>{labels.deadlinesHeading}</h3>
        {deadlines.length === 0 ? (
          <p className="hint">{labels.noDeadlines}</p>
        ) : (
          <>
            <dl className="summary-list deadlines">
              {deadlines.map((d) => (
                <div key={d.id} className="summary-list__row" data-deadline={d.id}>
                  <dt className="summary-list__key">{labels.deadlines[d.id]}</dt>
                  <dd className="summary-list__value">
                    <p>
                      <time dateTime={d.date}>{show(d.date)}</time>
                    </p>
                    <p className="hint">{labels.bases[d.basis]}</p>
                  </dd>
                </div>
              ))}
            </dl>
            <button type="button" className="button button--secondary" onClick={() => void download()} data-download-calendar>
              {labels.download}
            </button>
            {calendarError && <p className="error-message">{labels.calendarError}</p>}
          </>
        )}
      </section>
      {/* Beside "Your dates", not inside it; never remounted by a date change, which would close the form and lose what was typed. */}
      {letter && (
        <LetterTool
          {...letter}
          defaults={{
            ...letter.defaults,
            submittedOn: theCase.submittedOn ?? '',
            reference: theCase.reference ?? '',
            cancelledOn: theCase.submittedOn ?? '',
            chargeDate: theCase.chargedOn ?? '',
          }}
        />
      )}
    </>
  );
}
