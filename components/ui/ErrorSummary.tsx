'use client';
import { useEffect, useRef } from 'react';

export interface FieldError {
  /** The id of the field (or fieldset) the message belongs to. */
  fieldId: string;
  message: string;
}

/** Moves focus to the field a summary link names: the first input of a fieldset, with its legend in view. */
function focusField(event: React.MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const input = field.matches('input, select, textarea') ? field : field.querySelector<HTMLElement>('input, select, textarea');
  (field.querySelector('legend') ?? field).scrollIntoView();
  input?.focus({ preventScroll: true });
}

/**
 * GOV.UK error summary: takes focus when a submit finds errors (each new `attempt`), not when the list
 * shrinks as the traveler fixes them, and links to each field with a problem. While there are errors the
 * page title starts with `titlePrefix` ("Error:"). No role=alert: focus already reads it out, and GOV.UK
 * Frontend dropped the role in v4.4.0 because some screen readers then read it twice.
 */
export function ErrorSummary({ title, errors, attempt, titlePrefix }: { title: string; errors: FieldError[]; attempt: number; titlePrefix?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  // Errors may arrive a render after the attempt (react-hook-form updates its state separately).
  useEffect(() => {
    if (attempt > 0 && hasErrors) ref.current?.focus();
  }, [attempt, hasErrors]);
  useEffect(() => {
    if (!titlePrefix) return;
    const title = document.title.replace(`${titlePrefix} `, '');
    document.title = hasErrors ? `${titlePrefix} ${title}` : title;
  }, [hasErrors, titlePrefix]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a href={`#${e.fieldId}`} onClick={(event) => focusField(event, e.fieldId)}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
