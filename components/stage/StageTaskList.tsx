'use client';
import Link from 'next/link';
import { effectiveAnswers, evaluate } from '@/lib/engine/evaluate';
import type { CarrierReply } from '@/lib/engine/replies';
import type { Carrier } from '@/lib/engine/schema';
import type { Stage, StageStatus } from '@/lib/engine/stages';
import { StatusTag } from '../ui/StatusTag';
import { ProgressProblemNotice, type ProgressLabels } from '../progress/ProgressProblemNotice';
import type { CarrierTexts } from '../facts/types';
import { useProgress } from '../progress/useProgress';
import { pagePath } from '@/lib/routes';

export interface TaskListLabels {
  stageNames: Record<Stage, string>;
  statuses: Record<StageStatus, string>;
  /** "Finish “{{stage}}” first." by the stage waited for. */
  waitingFor: Record<Stage, string>;
  continueWith: Record<Stage, string>;
  nextAction: string;
  allDone: string;
  /** "The carrier's answer: …" by answer, shown under "Follow up the request". */
  replies: Record<CarrierReply, string>;
}

/**
 * The overview: the five stages as a GOV.UK task list with their status from this device's progress.
 * A stage that cannot start yet is grey and not a link.
 */
export function StageTaskList(props: { carrier: Carrier; locale: string; texts: CarrierTexts; labels: TaskListLabels; progressLabels: ProgressLabels }) {
  const { carrier, locale, texts, labels, progressLabels } = props;
  const { progress, problem } = useProgress(carrier.id);
  const evaluation = evaluate(carrier, effectiveAnswers(carrier, progress), progress);
  const current = evaluation.currentStage;
  const nextAction = evaluation.stages.find((s) => s.stage === current)?.nextAction;
  return (
    <>
      <ProgressProblemNotice problem={problem} labels={progressLabels} />
      <p className="next-step">
        {current ? (
          <Link prefetch={false} className="button" href={pagePath.stage(locale, carrier.id, current)}>
            {labels.continueWith[current]}
          </Link>
        ) : (
          labels.allDone
        )}
      </p>
      {nextAction && (
        <p className="next-step__action" data-next-action={nextAction.id}>
          <strong>{labels.nextAction}</strong> {texts[nextAction.text]}
        </p>
      )}
      <ol className="task-list">
        {evaluation.stages.map((s, index) => (
          <li key={s.stage} className="task-list__item" data-stage={s.stage} data-status={s.status}>
            <span className="task-list__number" aria-hidden="true">
              {index + 1}.
            </span>
            <div className="task-list__name">
              {s.status === 'cannot-start-yet' ? (
                <span>{labels.stageNames[s.stage]}</span>
              ) : (
                <Link prefetch={false} href={pagePath.stage(locale, carrier.id, s.stage)} aria-describedby={`status-${s.stage}`}>
                  {labels.stageNames[s.stage]}
                </Link>
              )}
              {s.status === 'cannot-start-yet' && <p className="task-list__hint">{labels.waitingFor[s.waitingFor[0]]}</p>}
              {s.stage === 'track-review' && progress.case?.reply && (
                <p className="task-list__hint" data-reply={progress.case.reply}>
                  {labels.replies[progress.case.reply]}
                </p>
              )}
            </div>
            <div className="task-list__status" id={`status-${s.stage}`}>
              <StatusTag status={s.status}>{labels.statuses[s.status]}</StatusTag>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
