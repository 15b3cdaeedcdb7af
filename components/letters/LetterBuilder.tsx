'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { todayIn } from '@/lib/engine/dates';
import { composeLetter, letterText, mailtoHref, type Letter, type LetterKind, type LetterTemplate } from '@/lib/letters/compose';
import { LETTER_FIELDS, letterSchema, toE164, type LetterField, type LetterValues } from '@/lib/letters/fields';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';

export interface LetterLabels {
  heading: string;
  intro: string;
  submit: string;
  carrierLanguage: string;
  yourLanguage: string;
  /** The seller letter's two parts: the letter itself (traveler's language) and the sentence in the carrier's language. */
  sellerLetter: string;
  sellerQuote: string;
  copy: string;
  copied: string;
  /** Read out (a live region) when a letter is copied: "Copied" alone on the button is never announced. */
  copiedStatus: string;
  email: string;
  print: string;
  noPersonalData: string;
  errorSummaryTitle: string;
  errorPrefix: string;
  fields: Record<LetterField, { label: string; hint: string }>;
  errors: Record<string, string>;
}

export interface LetterBuilderProps {
  kinds: LetterKind[];
  /** The templates in the carrier's language and in the traveler's (the same object when they are one language). */
  templates: { carrier: Partial<Record<LetterKind, LetterTemplate>>; user: Partial<Record<LetterKind, LetterTemplate>> };
  sameLanguage: boolean;
  carrierLanguage: string;
  /** The carrier's name as each version of the letter writes it. */
  carrierNames: { carrier: string; user: string };
  /** The fields each letter uses, and those it cannot do without; the form shows those of `kinds`. */
  fieldsByKind: Partial<Record<LetterKind, LetterField[]>>;
  neededByKind: Partial<Record<LetterKind, LetterField[]>>;
  emailChannel: string | null;
  defaults: Partial<LetterValues>;
  labels: LetterLabels;
}

const INPUT_TYPES: Partial<Record<LetterField, string>> = {
  email: 'email',
  phone: 'tel',
  date: 'date',
  submittedOn: 'date',
  chargeDate: 'date',
  cancelledOn: 'date',
};
const AUTOCOMPLETE: Partial<Record<LetterField, string>> = { name: 'name', phone: 'tel', email: 'email' };

/**
 * The letter form: react-hook-form + zod/mini, GOV.UK errors. What the traveler types lives only in this
 * component's memory: it is never saved, put in the address or sent; reloading clears it.
 */
export default function LetterBuilder(props: LetterBuilderProps) {
  const { kinds, templates, sameLanguage, carrierLanguage, carrierNames, fieldsByKind, neededByKind, emailChannel, defaults, labels } = props;
  const fields = LETTER_FIELDS.filter((f) => kinds.some((k) => fieldsByKind[k]?.includes(f)));
  const neededKey = kinds.flatMap((k) => neededByKind[k] ?? []).join();
  const schema = useMemo(() => letterSchema(new Set(neededKey.split(',') as LetterField[])), [neededKey]);
  // Today in the traveler's own time zone (the page was built long before); read once, when the form opens.
  const [today] = useState(() => todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone));
  const blank = Object.fromEntries(LETTER_FIELDS.map((f) => [f, defaults[f] ?? (f === 'date' ? today : '')])) as LetterValues;
  const { register, handleSubmit, formState, getFieldState, setValue } = useForm<LetterValues>({
    resolver: zodResolver(schema),
    defaultValues: blank,
    shouldFocusError: false,
  });
  const [values, setValues] = useState<LetterValues | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [copied, setCopied] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  // Opened by a button that is now gone: focus goes to the first field, not to the page's body (WCAG 2.4.3).
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);

  // Dates and the reference saved elsewhere on the page (Your dates) follow into the fields the traveler has not
  // touched, without closing the form or losing what was typed.
  const defaultsKey = JSON.stringify(defaults);
  useEffect(() => {
    const latest = JSON.parse(defaultsKey) as Partial<LetterValues>;
    for (const [field, value] of Object.entries(latest) as [LetterField, string | undefined][]) {
      if (value !== undefined && !getFieldState(field).isDirty) setValue(field, value);
    }
  }, [defaultsKey, getFieldState, setValue]);

  // The written letter appears below the form: focus moves to it, so it is read out.
  useEffect(() => {
    if (values) resultRef.current?.focus();
  }, [values]);
  const errors = fields.flatMap((f) => {
    const message = formState.errors[f]?.message;
    return message ? [{ fieldId: `letter-${f}`, message: labels.errors[message] ?? message }] : [];
  });

  const onValid = (data: LetterValues) => setValues({ ...data, phone: toE164(data.phone) ?? data.phone });
  const onInvalid = () => {
    setValues(null);
    setAttempt((n) => n + 1);
  };

  const build = (kind: LetterKind, side: 'carrier' | 'user'): Letter | null => {
    const template = templates[side][kind];
    return template && values ? composeLetter(template, { ...values, carrier: carrierNames[side] }) : null;
  };

  const copy = async (id: string, letter: Letter) => {
    try {
      await navigator.clipboard.writeText([letter.subject, letterText(letter)].filter(Boolean).join('\n\n'));
      setCopied(id);
    } catch {
      setCopied(null);
    }
  };

  return (
    <div className="letter-builder">
      <ErrorSummary title={labels.errorSummaryTitle} errors={errors} attempt={attempt} titlePrefix={labels.errorPrefix} />
      <p className="hint">{labels.noPersonalData}</p>
      <form ref={formRef} onSubmit={handleSubmit(onValid, onInvalid)} noValidate className="letter-form">
        {fields.map((f) => {
          const error = formState.errors[f]?.message;
          return (
            <Field
              key={f}
              id={`letter-${f}`}
              label={labels.fields[f].label}
              hint={labels.fields[f].hint}
              error={error ? (labels.errors[error] ?? error) : null}
              errorPrefix={labels.errorPrefix}
            >
              {(describedBy) =>
                f === 'bankDetails' ? (
                  <textarea
                    className="textarea"
                    id={`letter-${f}`}
                    rows={3}
                    aria-describedby={describedBy}
                    aria-invalid={error ? true : undefined}
                    {...register(f)}
                  />
                ) : (
                  <input
                    className="input"
                    id={`letter-${f}`}
                    type={INPUT_TYPES[f] ?? 'text'}
                    autoComplete={AUTOCOMPLETE[f] ?? 'off'}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy}
                    {...register(f)}
                  />
                )
              }
            </Field>
          );
        })}
        <button type="submit" className="button">
          {labels.submit}
        </button>
      </form>
      <p className="visually-hidden" role="status" data-letter-status>
        {copied ? labels.copiedStatus : ''}
      </p>
      {values &&
        kinds.map((kind, index) => {
          if (kind === 'seller') {
            // To a reseller: the letter in the traveler's language (the seller's, by default), and beside it one sentence in
            // the carrier's language that the seller passes on to the carrier. Only the letters' bodies carry their language.
            const letter = build('seller', 'user');
            const quote = build('sellerQuote', 'carrier');
            if (!letter) return null;
            return (
              <section key={kind} className="letter-pair printable" data-letter={kind} aria-label={letter.subject ?? kind}>
                <article className="letter" data-side="user">
                  <h3 className="letter__label" tabIndex={-1} ref={index === 0 ? resultRef : undefined}>
                    {labels.sellerLetter}
                  </h3>
                  <div className="letter__body" data-letter-body>
                    {letter.subject && <p className="letter__subject">{letter.subject}</p>}
                    {letter.lines.map((line, i) => (
                      <p key={i}>{line}</p>
                    ))}
                  </div>
                  <p className="letter__actions">
                    <button type="button" className="button button--secondary" onClick={() => void copy(kind, letter)}>
                      {copied === kind ? labels.copied : labels.copy}
                    </button>
                    <button type="button" className="button button--secondary" onClick={() => window.print()}>
                      {labels.print}
                    </button>
                  </p>
                </article>
                {quote && (
                  <article className="letter letter--quote" data-side="carrier" data-letter-quote>
                    <h3 className="letter__label">{labels.sellerQuote}</h3>
                    <div className="letter__body" lang={carrierLanguage} data-letter-body>
                      {quote.lines.map((line, i) => (
                        <p key={i}>{line}</p>
                      ))}
                    </div>
                    <p className="letter__actions">
                      <button type="button" className="button button--secondary" onClick={() => void copy('sellerQuote', quote)}>
                        {copied === 'sellerQuote' ? labels.copied : labels.copy}
                      </button>
                    </p>
                  </article>
                )}
              </section>
            );
          }
          const inCarrierLanguage = build(kind, 'carrier');
          const inUserLanguage = sameLanguage ? null : build(kind, 'user');
          if (!inCarrierLanguage) return null;
          return (
            <section key={kind} className="letter-pair printable" data-letter={kind} aria-label={inCarrierLanguage.title ?? inCarrierLanguage.subject ?? kind}>
              {/* Only the letter itself is in the carrier's language: its heading and buttons are in the page's (WCAG 3.1.2). */}
              <article className="letter" data-side="carrier">
                <h3 className="letter__label" tabIndex={-1} ref={index === 0 ? resultRef : undefined}>
                  {labels.carrierLanguage}
                </h3>
                <div className="letter__body" lang={carrierLanguage} data-letter-body>
                  {inCarrierLanguage.subject && <p className="letter__subject">{inCarrierLanguage.subject}</p>}
                  {inCarrierLanguage.title && <p className="letter__title">{inCarrierLanguage.title}</p>}
                  {inCarrierLanguage.lines.map((line, i) => (
                    <p key={i}>{line}</p>
                  ))}
                </div>
                <p className="letter__actions">
                  <button type="button" className="button button--secondary" onClick={() => void copy(kind, inCarrierLanguage)}>
                    {copied === kind ? labels.copied : labels.copy}
                  </button>
                  {emailChannel && kind !== 'callScript' && kind !== 'powerOfAttorney' && kind !== 'dispute' && (
                    <a className="button button--secondary" href={mailtoHref(emailChannel, inCarrierLanguage)}>
                      {labels.email}
                    </a>
                  )}
                  <button type="button" className="button button--secondary" onClick={() => window.print()}>
                    {labels.print}
                  </button>
                </p>
              </article>
              {inUserLanguage && (
                <article className="letter letter--translation" data-side="user">
                  <h3 className="letter__label">{labels.yourLanguage}</h3>
                  {inUserLanguage.subject && <p className="letter__subject">{inUserLanguage.subject}</p>}
                  {inUserLanguage.title && <p className="letter__title">{inUserLanguage.title}</p>}
                  {inUserLanguage.lines.map((line, i) => (
                    <p key={i}>{line}</p>
                  ))}
                </article>
              )}
            </section>
          );
        })}
    </div>
  );
}
