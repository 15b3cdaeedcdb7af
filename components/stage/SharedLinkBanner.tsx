'use client';
import { useEffect, useState } from 'react';
import type { Answers } from '@/lib/engine/questions';
import type { Carrier } from '@/lib/engine/schema';
import { decodeShare, type SharedState } from '@/lib/share/codec';
import { Notice } from '../ui/Notice';
import { useProgress } from '../progress/useProgress';

export interface SharedLinkLabels {
  title: string;
  applied: string;
  differs: string;
  useLink: string;
  keepMine: string;
  kept: string;
  reference: string;
  ignored: string;
  checkAnswers: string;
}

type Arrival = { state: SharedState | null; ignored: boolean };

const sameAnswers = (a: Answers, b: Answers) => Object.entries(b).every(([q, v]) => a[q as keyof Answers] === v);

/**
 * Opens a support link: applies the answers it carries (asking first when this device already has
 * different ones), keeps its case reference, says in one notice what it ignored, then removes the
 * query from the address so a reload does not apply it again. Nothing in the link is ever injected.
 */
export function SharedLinkBanner({ carrier, labels, answersHref }: { carrier: Carrier; labels: SharedLinkLabels; answersHref: string }) {
  const { progress, update } = useProgress(carrier.id);
  const [arrival, setArrival] = useState<Arrival | null>(null);
  const [choice, setChoice] = useState<'pending' | 'applied' | 'kept'>('pending');

  useEffect(() => {
    if (!window.location.search) return;
    const decoded = decodeShare(window.location.search);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.hash);
    // The link is read once, after hydration: the static HTML has no query to render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setArrival({ state: decoded.state, ignored: decoded.problems.length > 0 });
  }, []);

  const apply = (state: SharedState) => {
    update((current) => ({
      ...current,
      answers: { ...current.answers, ...state.answers },
      answersConfirmed: false,
      ...(state.ref ? { case: { ...(current.case ?? {}), supportRef: state.ref } } : {}),
    }));
    setChoice('applied');
  };

  const state = arrival?.state ?? null;
  const own = progress.answers;
  const conflict = state !== null && Object.keys(own).length > 0 && !sameAnswers(own, state.answers);

  useEffect(() => {
    // A one-time sync from the link into this device's progress, once the saved progress is known.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (state && choice === 'pending' && !conflict) apply(state);
    // apply() only writes progress; re-running on its identity would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, conflict, choice]);

  if (!arrival) return null;
  return (
    <div className="shared-link" data-shared-link>
      {arrival.ignored && <Notice tone="important" announce title={labels.ignored} />}
      {state && (
        <Notice title={labels.title}>
          {state.ref && <p data-support-ref>{labels.reference.replace('{{ref}}', state.ref)}</p>}
          {choice === 'pending' && conflict ? (
            <>
              <p>{labels.differs}</p>
              <p className="letter__actions">
                <button type="button" className="button" onClick={() => apply(state)} data-use-link>
                  {labels.useLink}
                </button>
                <button type="button" className="button button--secondary" onClick={() => setChoice('kept')} data-keep-mine>
                  {labels.keepMine}
                </button>
              </p>
            </>
          ) : (
            <p>
              {choice === 'kept' ? labels.kept : labels.applied} <a href={answersHref}>{labels.checkAnswers}</a>
            </p>
          )}
        </Notice>
      )}
    </div>
  );
}
