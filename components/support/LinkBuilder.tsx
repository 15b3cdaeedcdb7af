'use client';
import { useEffect, useId, useState } from 'react';
import { QUESTIONS, QUESTION_IDS, type Answers, type QuestionId } from '@/lib/engine/questions';
import type { Stage } from '@/lib/engine/stages';
import { encodeShare, SUPPORT_REF } from '@/lib/share/codec';
import { Field } from '../ui/Field';

export interface BuilderCarrier {
  id: string;
  /** The carrier's name in each shipped language (the message is in the customer's). */
  names: Record<string, string>;
}

export interface LinkBuilderLabels {
  carrier: string;
  customerLanguage: string;
  stage: string;
  answersHeading: string;
  answersHint: string;
  leaveOpen: string;
  questions: Record<QuestionId, { legend: string; options: Record<string, string> }>;
  reference: { label: string; hint: string; error: string };
  errorPrefix: string;
  linkHeading: string;
  linkLabel: string;
  copyLink: string;
  copyMessage: string;
  copied: string;
  qrAlt: string;
  messageHeading: string;
  noPersonalData: string;
}

/** The ready message in each language: whole-sentence lines, the optional ones dropped when empty. */
export type MessageTemplates = Record<string, { greeting: string; link: string; reference: string; check: string }>;

const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

/**
 * The support link builder: carrier, the customer's language, the stage, the answers already known and a
 * case reference → a link, a QR code and a message to paste. There is no field for personal data.
 */
export function LinkBuilder(props: {
  carriers: BuilderCarrier[];
  languages: { tag: string; name: string }[];
  stages: { slug: Stage; name: string }[];
  staffLocale: string;
  /** The customer's language until the agent picks one: the agent's own when it is offered. */
  defaultLanguage: string;
  labels: LinkBuilderLabels;
  messages: MessageTemplates;
}) {
  const { carriers, languages, stages, staffLocale, defaultLanguage, labels, messages } = props;
  const ids = useId();
  const [carrier, setCarrier] = useState(carriers[0].id);
  const [language, setLanguage] = useState(defaultLanguage);
  const [stage, setStage] = useState<Stage>(stages[0].slug);
  const [answers, setAnswers] = useState<Answers>({});
  const [reference, setReference] = useState('');
  const [origin, setOrigin] = useState('');
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState<'link' | 'message' | null>(null);
  const referenceValid = reference === '' || SUPPORT_REF.test(reference);

  // The site's own address is known only in the browser (the page is static).
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setOrigin(window.location.origin), []);

  const query = encodeShare({ answers, ...(referenceValid && reference ? { ref: reference } : {}) });
  const link = `${origin}/${language}/${carrier}/${stage}/?${query}`;
  const template = messages[language] ?? messages[defaultLanguage];
  const carrierName = carriers.find((c) => c.id === carrier)!.names[language] ?? '';
  const message = [
    fill(template.greeting, { carrier: carrierName }),
    fill(template.link, { link }),
    referenceValid && reference ? fill(template.reference, { ref: reference }) : '',
    template.check,
  ]
    .filter(Boolean)
    .join('\n\n');

  useEffect(() => {
    if (!origin) return;
    let current = true;
    void import('qrcode').then(async (QRCode) => {
      const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      // Shown as an image from a data: URL, so the SVG is never put into the page's markup.
      if (current) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [link, origin]);

  const copy = async (what: 'link' | 'message') => {
    try {
      await navigator.clipboard.writeText(what === 'link' ? link : message);
      setCopied(what);
    } catch {
      setCopied(null);
    }
  };

  const setAnswer = (q: QuestionId, value: string) =>
    setAnswers((current) => {
      const next = { ...current } as Record<string, string>;
      if (value === '') delete next[q];
      else next[q] = value;
      return next as Answers;
    });

  return (
    <div className="link-builder">
      <p className="hint">{labels.noPersonalData}</p>
      <div className="form-group">
        <label className="label" htmlFor={`${ids}-carrier`}>
          {labels.carrier}
        </label>
        <select className="select" id={`${ids}-carrier`} value={carrier} onChange={(e) => setCarrier(e.currentTarget.value)}>
          {carriers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.names[staffLocale] ?? c.names.en}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor={`${ids}-language`}>
          {labels.customerLanguage}
        </label>
        <select className="select" id={`${ids}-language`} value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
          {languages.map((l) => (
            <option key={l.tag} value={l.tag} lang={l.tag}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor={`${ids}-stage`}>
          {labels.stage}
        </label>
        <select className="select" id={`${ids}-stage`} value={stage} onChange={(e) => setStage(e.currentTarget.value as Stage)}>
          {stages.map((s, i) => (
            <option key={s.slug} value={s.slug}>
              {i + 1}. {s.name}
            </option>
          ))}
        </select>
      </div>
      <h2>{labels.answersHeading}</h2>
      <p className="hint">{labels.answersHint}</p>
      {QUESTION_IDS.map((q) => (
        <div key={q} className="form-group">
          <label className="label" htmlFor={`${ids}-${q}`}>
            {labels.questions[q].legend}
          </label>
          <select className="select" id={`${ids}-${q}`} value={answers[q] ?? ''} onChange={(e) => setAnswer(q, e.currentTarget.value)}>
            <option value="">{labels.leaveOpen}</option>
            {QUESTIONS[q].map((o) => (
              <option key={o} value={o}>
                {labels.questions[q].options[o]}
              </option>
            ))}
          </select>
        </div>
      ))}
      <Field
        id={`${ids}-ref`}
        label={labels.reference.label}
        hint={labels.reference.hint}
        error={referenceValid ? null : labels.reference.error}
        errorPrefix={labels.errorPrefix}
      >
        {(describedBy) => (
          <input
            className="input"
            id={`${ids}-ref`}
            type="text"
            autoComplete="off"
            maxLength={32}
            value={reference}
            aria-invalid={referenceValid ? undefined : true}
            aria-describedby={describedBy}
            onChange={(e) => setReference(e.currentTarget.value)}
          />
        )}
      </Field>
      <section className="link-output" aria-labelledby={`${ids}-link-heading`}>
        <h2 id={`${ids}-link-heading`}>{labels.linkHeading}</h2>
        <label className="label" htmlFor={`${ids}-link`}>
          {labels.linkLabel}
        </label>
        <input className="input" id={`${ids}-link`} type="text" readOnly value={link} data-share-link onFocus={(e) => e.currentTarget.select()} />
        <p className="letter__actions">
          <button type="button" className="button" onClick={() => void copy('link')}>
            {copied === 'link' ? labels.copied : labels.copyLink}
          </button>
        </p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made in the browser; nothing to optimise */}
        {qr && <img className="qr" src={qr} alt={labels.qrAlt} width={220} height={220} data-qr />}
        <h3>{labels.messageHeading}</h3>
        <textarea className="textarea" readOnly rows={8} value={message} lang={language} data-share-message aria-label={labels.messageHeading} />
        <p className="letter__actions">
          <button type="button" className="button button--secondary" onClick={() => void copy('message')}>
            {copied === 'message' ? labels.copied : labels.copyMessage}
          </button>
        </p>
      </section>
    </div>
  );
}
