'use client';
import { useCallback, useEffect, useState } from 'react';
import { emptyProgress } from '@/lib/engine/evaluate';
import type { Progress } from '@/lib/engine/schema';
import { browserStorage, loadProgress, saveProgress, type ProgressProblem } from '@/lib/progress/store';

export interface ProgressState {
  progress: Progress;
  /** False until the saved record has been read (the first render matches the static HTML). */
  loaded: boolean;
  problem: ProgressProblem | null;
  update: (change: (current: Progress) => Progress) => void;
}

/** A carrier's progress from this device, and a way to change and save it. */
export function useProgress(carrierId: string): ProgressState {
  const [progress, setProgress] = useState<Progress>(emptyProgress);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<ProgressProblem | null>(null);

  useEffect(() => {
    const result = loadProgress(browserStorage(), carrierId);
    // Reading storage can only happen after hydration; this is the documented way to sync from it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setProgress(result.progress);
    setProblem(result.problem);
    setLoaded(true);
  }, [carrierId]);

  const update = useCallback(
    (change: (current: Progress) => Progress) => {
      setProgress((current) => {
        const next = { ...change(current), updatedAt: new Date().toISOString() };
        if (!saveProgress(browserStorage(), carrierId, next)) setProblem('unavailable');
        return next;
      });
    },
    [carrierId],
  );

  return { progress, loaded, problem, update };
}
