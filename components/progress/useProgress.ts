'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyProgress } from '@/lib/engine/evaluate';
import type { Progress } from '@/lib/engine/schema';
import { browserStorage, loadProgress, saveProgress, storageKey, type LoadedProgress, type ProgressProblem } from '@/lib/progress/store';

export interface ProgressState {
  progress: Progress;
  problem: ProgressProblem | null;
  /** Applies a change and saves it at once (before any navigation that may follow). */
  update: (change: (current: Progress) => Progress) => void;
}

/** Tells the other components on this page that a carrier's progress changed (another tab hears the storage event). */
const CHANGED = 'esim-exit:progress-changed';

/**
 * The first read of each carrier's record when a page mounts, shared by the components mounting with it:
 * the first reader resets a corrupt record, and all of them must still report that it happened.
 */
const firstRead = new Map<string, LoadedProgress>();

/** A carrier's progress from this device, and a way to change and save it; every user of it on the page stays in step. */
export function useProgress(carrierId: string): ProgressState {
  const [progress, setProgress] = useState<Progress>(emptyProgress);
  const [problem, setProblem] = useState<ProgressProblem | null>(null);
  // The latest progress, readable synchronously by update() between renders.
  const current = useRef(progress);
  // Who this instance is, so it does not reload what it has just saved (or failed to save).
  const self = useRef({});

  useEffect(() => {
    // Storage can only be read after hydration, so the first render matches the static HTML.
    const reload = () => {
      const result = loadProgress(browserStorage(), carrierId);
      current.current = result.progress;
      setProgress(result.progress);
    };
    if (!firstRead.has(carrierId)) {
      firstRead.set(carrierId, loadProgress(browserStorage(), carrierId));
      // Shared only by the components mounting together (their effects run in one flush); a later page reads afresh.
      setTimeout(() => firstRead.delete(carrierId), 0);
    }
    const first = firstRead.get(carrierId)!;
    current.current = first.progress;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setProgress(first.progress);
    setProblem(first.problem);
    const onChange = (event: Event) => {
      if (event instanceof StorageEvent) {
        if (event.key === storageKey(carrierId)) reload();
        return;
      }
      const { detail } = event as CustomEvent<{ carrierId: string; source: object }>;
      if (detail.carrierId === carrierId && detail.source !== self.current) reload();
    };
    window.addEventListener(CHANGED, onChange);
    window.addEventListener('storage', onChange);
    return () => {
      window.removeEventListener(CHANGED, onChange);
      window.removeEventListener('storage', onChange);
    };
  }, [carrierId]);

  const update = useCallback(
    (change: (current: Progress) => Progress) => {
      const next = { ...change(current.current), updatedAt: new Date().toISOString() };
      current.current = next;
      // A record from a later version is never overwritten: its notice stays, rather than "cannot save".
      if (!saveProgress(browserStorage(), carrierId, next)) setProblem((shown) => (shown === 'newer' ? shown : 'unavailable'));
      setProgress(next);
      window.dispatchEvent(new CustomEvent(CHANGED, { detail: { carrierId, source: self.current } }));
    },
    [carrierId],
  );

  return { progress, problem, update };
}
