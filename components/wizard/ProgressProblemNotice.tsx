import type { ProgressProblem } from '@/lib/progress/store';
import { Notice } from '../ui/Notice';

export interface ProgressLabels {
  corrupt: string;
  unavailable: string;
}

/** Tells the traveler when saved progress could not be read (and was reset) or cannot be saved here. */
export function ProgressProblemNotice({ problem, labels }: { problem: ProgressProblem | null; labels: ProgressLabels }) {
  if (!problem) return null;
  return <Notice tone="important" announce title={problem === 'corrupt' ? labels.corrupt : labels.unavailable} />;
}
