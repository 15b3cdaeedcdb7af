'use client';
import { useState } from 'react';
import { dateParts, readDateParts, type DateParts, type DatePart } from '@/lib/engine/date-parts';

export interface DateInputLabels {
  day: string;
  month: string;
  year: string;
  /** GOV.UK's messages, by problem (lib/engine/date-parts.ts). */
  errors: Record<string, string>;
  /** Read out before the error ("Error:"), hidden on screen. */
  errorPrefix: string;
}

const MAX_LENGTH: Record<DatePart, number> = { day: 2, month: 2, year: 4 };

/**
 * GOV.UK date input: day, month and year as three short number fields in a fieldset, for dates people remember
 * (a purchase, a charge) rather than pick from a calendar. `onChange` gets an ISO date, or '' when all three
 * are empty, when a part is typed whole or focus leaves the date; while the parts are incomplete or not a real date nothing is saved, and the message says what
 * is wrong once the traveler leaves the fields.
 */
export function DateInput(props: { id: string; legend: string; hint?: string; value: string; onChange: (iso: string) => void; labels: DateInputLabels }) {
  const { id, legend, hint, value, onChange, labels } = props;
  // What is typed, kept until it is a whole date again (the saved value alone would rewrite "5" as "05" mid-typing).
  const [draft, setDraft] = useState<DateParts | null>(null);
  const [checked, setChecked] = useState(false);
  const shown = draft ?? dateParts(value);
  const result = readDateParts(shown);
  const problem = checked && !result.ok ? result : null;
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  const save = (parts: DateParts) => {
    const read = readDateParts(parts);
    if (read.ok && read.iso !== value) onChange(read.iso);
    return read.ok;
  };

  const change = (part: DatePart, text: string) => {
    const next = { ...shown, [part]: text };
    setDraft(next);
    // Saved while typing only once the part is whole (2 digits, 4 for the year) or all three are cleared: retyping a
    // saved day 2 as 31 passes through 3, a real date the traveler never meant, which must not replace the saved one.
    // A shorter part ("5") is saved when focus leaves the date.
    if (text.length === MAX_LENGTH[part] || (next.day === '' && next.month === '' && next.year === '')) save(next);
  };

  return (
    <div className={problem ? 'form-group form-group--error' : 'form-group'}>
      <fieldset
        id={id}
        className="date-input__fieldset"
        role="group"
        aria-describedby={describedBy}
        onBlur={(event) => {
          // Checked when focus leaves the whole date, not between its fields.
          if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
          setChecked(true);
          if (save(shown)) setDraft(null);
        }}
      >
        <legend className="fieldset__legend date-input__legend">{legend}</legend>
        {hint && (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {problem && (
          <p className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">{labels.errorPrefix}</span> {labels.errors[problem.problem]}
          </p>
        )}
        <div className="date-input">
          {(['day', 'month', 'year'] as const).map((part) => (
            <div key={part} className="date-input__item">
              <label className="label date-input__label" htmlFor={`${id}-${part}`}>
                {labels[part]}
              </label>
              <input
                className={`input date-input__input date-input__input--${part}`}
                id={`${id}-${part}`}
                name={`${id}-${part}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                maxLength={MAX_LENGTH[part]}
                value={shown[part]}
                aria-invalid={problem && problem.parts.includes(part) ? true : undefined}
                onChange={(e) => change(part, e.currentTarget.value)}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
