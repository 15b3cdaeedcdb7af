'use client';
import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { browserStorage, removeProgress, savedCases, saveProgress, type SavedCase } from '@/lib/progress/store';
import { formatMoment } from '@/lib/i18n/format';

export interface SavedCaseCarrier {
  id: string;
  href: string;
  name: string;
}

export interface SavedCasesLabels {
  heading: string;
  /** "Last saved {{date}}" */
  lastSaved: string;
  /** "Remove {{carrier}} from this phone": the button's name, so each one says which carrier it removes. */
  remove: string;
  /** "Your progress for {{carrier}} was removed from this phone." */
  removed: string;
  undo: string;
  /** "Your progress for {{carrier}} is back on this phone.": read out after an undo. */
  restored: string;
  /** The browser refused to change its storage. */
  failed: string;
}

/**
 * "Cancellations you started on this phone": a traveler coming back days later finds their carrier at
 * once, and can remove a finished one. Progress lives only in this browser, so the list appears only with
 * JavaScript and only when there is something to continue.
 */
export function SavedCases({ carriers, labels, locale }: { carriers: SavedCaseCarrier[]; labels: SavedCasesLabels; locale: string }) {
  const [cases, setCases] = useState<SavedCase[]>([]);
  const [removed, setRemoved] = useState<SavedCase | null>(null);
  const [failed, setFailed] = useState(false);
  const [restored, setRestored] = useState<string | null>(null);
  const headingId = useId();
  const noticeRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    // Storage can only be read after hydration, so the first render matches the static HTML.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCases(
      savedCases(
        browserStorage(),
        carriers.map((c) => c.id),
      ),
    );
  }, [carriers]);

  useEffect(() => {
    // The button that was pressed is gone: the notice (with its undo) takes focus instead.
    if (removed) noticeRef.current?.focus();
  }, [removed]);

  useEffect(() => {
    // The undo button is gone too: focus returns to the carrier that came back (WCAG 2.4.3).
    if (restored) listRef.current?.querySelector<HTMLElement>(`[data-carrier="${restored}"] a`)?.focus();
  }, [restored]);

  const byId = new Map(carriers.map((c) => [c.id, c]));
  const refresh = () =>
    setCases(
      savedCases(
        browserStorage(),
        carriers.map((c) => c.id),
      ),
    );

  const remove = (saved: SavedCase) => {
    const ok = removeProgress(browserStorage(), saved.carrierId);
    setFailed(!ok);
    if (ok) {
      setRemoved(saved);
      setRestored(null);
    }
    refresh();
  };
  const undo = (saved: SavedCase) => {
    const ok = saveProgress(browserStorage(), saved.carrierId, saved.progress);
    setFailed(!ok);
    if (ok) {
      setRemoved(null);
      setRestored(saved.carrierId);
    }
    refresh();
  };

  if (!cases.length && !removed && !failed) return null;
  return (
    <section className="saved-cases" aria-labelledby={headingId} data-saved-cases>
      <h2 id={headingId}>{labels.heading}</h2>
      {failed && (
        <p className="error-message" role="alert">
          {labels.failed}
        </p>
      )}
      {removed && (
        <div className="notice notice--info" tabIndex={-1} ref={noticeRef} role="status" data-removed-notice>
          <p className="notice__title">{labels.removed.replace('{{carrier}}', byId.get(removed.carrierId)?.name ?? removed.carrierId)}</p>
          <button type="button" className="button button--secondary" onClick={() => undo(removed)}>
            {labels.undo}
          </button>
        </div>
      )}
      <p className="visually-hidden" role="status" data-restored-status>
        {restored ? labels.restored.replace('{{carrier}}', byId.get(restored)?.name ?? restored) : ''}
      </p>
      {cases.length > 0 && (
        <ul className="saved-cases__list" ref={listRef}>
          {cases.flatMap(({ carrierId, progress }) => {
            const carrier = byId.get(carrierId);
            if (!carrier) return [];
            return [
              <li key={carrierId} className="saved-cases__item" data-carrier={carrierId}>
                <Link prefetch={false} href={carrier.href} className="link-block">
                  {carrier.name}
                </Link>
                <span className="hint">{labels.lastSaved.replace('{{date}}', formatMoment(locale, progress.updatedAt))}</span>
                <button type="button" className="button button--secondary" onClick={() => remove({ carrierId, progress })}>
                  {labels.remove.replace('{{carrier}}', carrier.name)}
                </button>
              </li>,
            ];
          })}
        </ul>
      )}
    </section>
  );
}
