'use client';
import { useEffect, useRef } from 'react';

export interface FieldError {
  /** The id of the field (or fieldset) the message belongs to. */
  fieldId: string;
  message: string;
}

/** GOV.UK error summary: takes focus when it appears and links to each field with a problem. */
export function ErrorSummary({ title, errors }: { title: string; errors: FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a href={`#${e.fieldId}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
