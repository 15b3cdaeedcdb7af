import type { ProgressProblem } from '@/lib/progress/store';
import { Notice } from '../ui/Notice';

export interface ProgressLabels {
  corrupt: string;
  newer: string;
  unavailable: string;
}

/** Tells the traveler when saved progress could not be read (reset when corrupt, kept when a later version wrote it) or cannot be saved here. */
export function ProgressProblemNotice({ problem, labels }: { problem: ProgressProblem | null; labels: ProgressLabels }) {
  if (!problem) return null;
  return <Notice tone="important" announce title={labels[problem]} />;
}
