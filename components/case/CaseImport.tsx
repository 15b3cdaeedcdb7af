'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { browserStorage, saveProgress, storageKey } from '@/lib/progress/store';
import { CASE_PARAM, decodeCase, MAX_CASE_LENGTH, type CaseExport, type CaseProblem as Problem } from '@/lib/share/case';
import { Notice } from '../ui/Notice';
import { CaseProblem, type CaseProblemLabels } from './CaseProblem';
import { CaseView, type CaseViewLabels } from './CaseView';

export interface CaseImportLabels {
  heading: string;
  hint: string;
  file: string;
  previewHeading: string;
  replaces: string;
  confirm: string;
  cancel: string;
  imported: string;
  continue: string;
  cancelled: string;
  saveFailed: string;
  problem: CaseProblemLabels;
  view: CaseViewLabels;
}

type State =
  | { step: 'idle' }
  | { step: 'problem'; problem: Problem }
  | { step: 'preview'; value: CaseExport; replaces: boolean }
  | { step: 'imported'; carrier: string }
  | { step: 'cancelled' }
  | { step: 'failed' };

/** Whether this device holds any record for the carrier (read-only: a preview changes nothing, not even a corrupt record). */
function hasSaved(carrierId: string): boolean {
  try {
    return browserStorage()?.getItem(storageKey(carrierId)) != null;
  } catch {
    return false;
  }
}

const fill = (text: string, carrier: string) => text.replace('{{carrier}}', carrier);

/**
 * Imports a case on this device, from a case file or from a link to this page with #case=…: shows what it
 * holds, then saves it only when the traveler confirms. Bad input is explained and nothing is stored.
 */
export function CaseImport({
  carriers,
  labels,
  locale,
  noScript,
}: {
  carriers: { id: string; name: string; href: string }[];
  labels: CaseImportLabels;
  locale: string;
  noScript: string;
}) {
  const ids = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  // The file input works only with JavaScript: the static HTML shows the <noscript> note instead of a dead control.
  const [ready, setReady] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const carrierIds = carriers.map((c) => c.id);
  const nameOf = (id: string) => carriers.find((c) => c.id === id)?.name ?? id;

  const read = (text: string) => {
    const decoded = decodeCase(text, carrierIds);
    if (!decoded.ok) return setState({ step: 'problem', problem: decoded.problem });
    setState({ step: 'preview', value: decoded.value, replaces: hasSaved(decoded.value.carrier) });
  };

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReady(true);
    const fromHash = () => {
      const { hash } = window.location;
      if (!hash.includes(`${CASE_PARAM}=`)) return;
      // Read once, then dropped from the address (and its history entry), so a reload does not offer it again.
      window.history.replaceState(window.history.state, '', window.location.pathname);
      read(hash);
    };
    // The fragment is read after hydration (the static HTML has none to render), and again when a link is
    // opened while this page is already showing (only the fragment changes: no new page load).
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
    // read() only sets state; re-running on its identity would offer the case again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (state.step !== 'idle') heading.current?.focus();
  }, [state.step]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Not read at all when it cannot be a case: a huge file would only cost memory.
    if (file.size > MAX_CASE_LENGTH * 4) return setState({ step: 'problem', problem: 'too-large' });
    try {
      read(await file.text());
    } catch {
      setState({ step: 'problem', problem: 'corrupt' });
    }
  };

  const confirm = (value: CaseExport) => {
    const saved = saveProgress(browserStorage(), value.carrier, value.progress);
    setState(saved ? { step: 'imported', carrier: value.carrier } : { step: 'failed' });
  };

  return (
    <section className="case-import" aria-labelledby={`${ids}-heading`} data-case-import>
      <h2 id={`${ids}-heading`}>{labels.heading}</h2>
      <noscript>
        <p className="notice notice--info">{noScript}</p>
      </noscript>
      {ready && (
        <div className="form-group">
          <label className="label" htmlFor={`${ids}-file`}>
            {labels.file}
          </label>
          <p className="hint" id={`${ids}-hint`}>
            {labels.hint}
          </p>
          <input
            className="file-upload"
            id={`${ids}-file`}
            type="file"
            accept=".json,application/json"
            aria-describedby={`${ids}-hint`}
            data-case-file
            onChange={(e) => {
              void onFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </div>
      )}
      <div aria-live="polite">
        {state.step === 'problem' && <CaseProblem problem={state.problem} labels={labels.problem} />}
        {state.step === 'preview' && (
          <div className="case-preview" data-case-preview>
            <h3 ref={heading} tabIndex={-1}>
              {fill(labels.previewHeading, nameOf(state.value.carrier))}
            </h3>
            {state.replaces && (
              <div data-case-replaces>
                <Notice tone="important" title={fill(labels.replaces, nameOf(state.value.carrier))} />
              </div>
            )}
            <CaseView value={state.value} labels={labels.view} locale={locale} headingLevel={3} />
            <p className="letter__actions">
              <button type="button" className="button" onClick={() => confirm(state.value)} data-case-confirm>
                {labels.confirm}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setState({ step: 'cancelled' })} data-case-cancel>
                {labels.cancel}
              </button>
            </p>
          </div>
        )}
        {state.step === 'imported' && (
          <div data-case-imported>
            <Notice title={fill(labels.imported, nameOf(state.carrier))}>
              <p>
                <a href={carriers.find((c) => c.id === state.carrier)?.href}>{fill(labels.continue, nameOf(state.carrier))}</a>
              </p>
            </Notice>
          </div>
        )}
        {state.step === 'cancelled' && <Notice title={labels.cancelled} />}
        {state.step === 'failed' && <Notice tone="important" announce title={labels.saveFailed} />}
      </div>
    </section>
  );
}
