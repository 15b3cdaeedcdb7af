'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyProgress } from '@/lib/engine/evaluate';
import type { Progress } from '@/lib/engine/schema';
import { browserStorage, loadProgress, saveProgress, type ProgressProblem } from '@/lib/progress/store';

export interface ProgressState {
  progress: Progress;
  problem: ProgressProblem | null;
  /** Applies a change and saves it at once (before any navigation that may follow). */
  update: (change: (current: Progress) => Progress) => void;
}

/** A carrier's progress from this device, and a way to change and save it. */
export function useProgress(carrierId: string): ProgressState {
  const [progress, setProgress] = useState<Progress>(emptyProgress);
  const [problem, setProblem] = useState<ProgressProblem | null>(null);
  // The latest progress, readable synchronously by update() between renders.
  const current = useRef(progress);

  useEffect(() => {
    // Storage can only be read after hydration, so the first render matches the static HTML.
    const result = loadProgress(browserStorage(), carrierId);
    current.current = result.progress;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setProgress(result.progress);
    setProblem(result.problem);
  }, [carrierId]);

  const update = useCallback(
    (change: (current: Progress) => Progress) => {
      const next = { ...change(current.current), updatedAt: new Date().toISOString() };
      current.current = next;
      if (!saveProgress(browserStorage(), carrierId, next)) setProblem('unavailable');
      setProgress(next);
    },
    [carrierId],
  );

  return { progress, problem, update };
}
