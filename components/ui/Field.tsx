/**
 * A GOV.UK form field: label, optional hint, optional error message, and the control, which receives the
 * ids it must name in aria-describedby. One place for the markup every form here repeats.
 */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** Read out before the error ("Error:"), hidden on screen. */
  errorPrefix?: string;
  children: (describedBy: string | undefined) => React.ReactNode;
}) {
  const { id, label, hint, error, errorPrefix, children } = props;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={`${id}-error`}>
          {errorPrefix && <span className="visually-hidden">{errorPrefix}</span>} {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}
