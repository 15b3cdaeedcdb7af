import type { CaseProblem as Problem } from '@/lib/share/case';
import { Notice } from '../ui/Notice';

export interface CaseProblemLabels {
  title: string;
  unchanged: string;
  problems: Record<Problem, string>;
}

/** Why a case file, link or card could not be read, and that nothing was changed (announced: the reader's own action caused it). */
export function CaseProblem({ problem, labels }: { problem: Problem; labels: CaseProblemLabels }) {
  return (
    <div data-case-problem={problem}>
      <Notice tone="important" announce title={labels.title}>
        <p>{labels.problems[problem]}</p>
        <p>{labels.unchanged}</p>
      </Notice>
    </div>
  );
}
