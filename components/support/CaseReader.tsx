'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { decodeCase, type DecodedCase } from '@/lib/share/case';
import { CaseProblem, type CaseProblemLabels } from '../case/CaseProblem';
import { CaseView, type CaseViewLabels } from '../case/CaseView';

export interface CaseReaderLabels {
  heading: string;
  hint: string;
  label: string;
  submit: string;
  readOnly: string;
  resultHeading: string;
  problem: CaseProblemLabels;
  view: CaseViewLabels;
}

/**
 * For support staff: paste a customer's case card or link and see where they are, read-only, in the
 * staff member's language. Nothing is stored and nothing is sent: the text is decoded in this browser.
 */
export function CaseReader({
  carriers,
  labels,
  locale,
  noScript,
}: {
  carriers: { id: string; name: string }[];
  labels: CaseReaderLabels;
  locale: string;
  noScript: string;
}) {
  const ids = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<DecodedCase | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Reading works only with JavaScript: the static HTML shows the <noscript> note instead of a dead form.
  const [ready, setReady] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setReady(true), []);

  const show = (event: React.FormEvent) => {
    event.preventDefault();
    setResult(
      decodeCase(
        text,
        carriers.map((c) => c.id),
      ),
    );
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <section className="case-reader" aria-labelledby={`${ids}-heading`} data-case-reader>
      <h2 id={`${ids}-heading`}>{labels.heading}</h2>
      <noscript>
        <p className="notice notice--info">{noScript}</p>
      </noscript>
      {ready && (
        <form onSubmit={show} noValidate>
          <div className="form-group">
            <label className="label" htmlFor={`${ids}-text`}>
              {labels.label}
            </label>
            <p className="hint" id={`${ids}-hint`}>
              {labels.hint}
            </p>
            <textarea
              className="textarea"
              id={`${ids}-text`}
              rows={6}
              value={text}
              aria-describedby={`${ids}-hint`}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setText(e.currentTarget.value)}
              data-case-text
            />
          </div>
          <button type="submit" className="button">
            {labels.submit}
          </button>
        </form>
      )}
      <div aria-live="polite">
        {result && !result.ok && <CaseProblem problem={result.problem} labels={labels.problem} />}
        {result?.ok && (
          <div className="case-reader__result" data-case-result>
            <h2 ref={heading} tabIndex={-1}>
              {labels.resultHeading.replace('{{carrier}}', carriers.find((c) => c.id === result.value.carrier)?.name ?? result.value.carrier)}
            </h2>
            <p className="hint">{labels.readOnly}</p>
            <CaseView value={result.value} labels={labels.view} locale={locale} headingLevel={3} />
          </div>
        )}
      </div>
    </section>
  );
}
