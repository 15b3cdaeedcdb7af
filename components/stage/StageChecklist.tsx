'use client';
import { effectiveAnswers, evaluate } from '@/lib/engine/evaluate';
import type { Carrier } from '@/lib/engine/schema';
import type { Stage } from '@/lib/engine/stages';
import { StatusTag } from '../ui/StatusTag';
import { ItemMeta, NoteItem } from './ChecklistItemView';
import { ProgressProblemNotice, type ProgressLabels } from '../progress/ProgressProblemNotice';
import { pluralize, type PluralForms } from '@/lib/i18n/plural';
import type { CarrierTexts, ItemLabels } from '../facts/types';
import { useProgress } from '../progress/useProgress';

export interface ChecklistLabels {
  tasksHeading: string;
  tasksLeft: PluralForms;
  allTicked: string;
  yourAnswers: string;
  defaultAnswers: string;
  /** Why a locked task waits, by its lock; and the status it shows meanwhile. */
  locked: Record<'wait-confirmation' | 'wait-refund', string>;
  lockedStatus: string;
}

/**
 * A stage's checklist for the traveler's answers (or the carrier's defaults before they answer),
 * with ticks saved on the device. Before hydration it renders the defaults, which is what readers
 * without JavaScript get.
 */
export function StageChecklist(props: {
  carrier: Carrier;
  stage: Stage;
  locale: string;
  texts: CarrierTexts;
  itemLabels: ItemLabels;
  labels: ChecklistLabels;
  progressLabels: ProgressLabels;
}) {
  const { carrier, stage, locale, texts, itemLabels, labels, progressLabels } = props;
  const { progress, problem, update } = useProgress(carrier.id);
  const result = evaluate(carrier, effectiveAnswers(carrier, progress), progress).stages.find((s) => s.stage === stage)!;
  const notes = result.items.filter((i) => i.kind !== 'task');
  const tasks = result.items.filter((i) => i.kind === 'task');
  const left = tasks.filter((t) => !t.ticked).length;
  const hasOwnAnswers = Object.keys(progress.answers).length > 0;

  const toggle = (id: string, ticked: boolean) =>
    update((current) => ({
      ...current,
      ticks: ticked ? [...new Set([...current.ticks, id])] : current.ticks.filter((t) => t !== id),
    }));

  return (
    <div className="checklist" data-stage={stage}>
      <ProgressProblemNotice problem={problem} labels={progressLabels} />
      <p className="checklist__basis">{hasOwnAnswers ? labels.yourAnswers : labels.defaultAnswers}</p>
      {notes.map((item) => (
        <NoteItem key={item.id} item={item} texts={texts} labels={itemLabels} />
      ))}
      {tasks.length > 0 && (
        <fieldset className="checklist__tasks">
          <legend className="checklist__legend">{labels.tasksHeading}</legend>
          <p className="checklist__left" aria-live="polite">
            {left === 0 ? labels.allTicked : pluralize(labels.tasksLeft, left, locale)}
          </p>
          <ul className="checkboxes">
            {tasks.map((item) => (
              <li key={item.id} className="checkboxes__item" data-item={item.id}>
                <input
                  className="checkboxes__input"
                  type="checkbox"
                  id={`item-${item.id}`}
                  checked={item.ticked}
                  // A locked task (remove the eSIM) cannot be ticked until the carrier confirmed: GOV.UK "Cannot start yet".
                  disabled={item.locked !== undefined}
                  aria-describedby={item.locked ? `locked-${item.id}` : undefined}
                  onChange={(e) => toggle(item.id, e.currentTarget.checked)}
                />
                <label className="checkboxes__label" htmlFor={`item-${item.id}`}>
                  {texts[item.text]}
                </label>
                {item.locked && (
                  <p className="checkboxes__locked" id={`locked-${item.id}`} data-locked={item.locked}>
                    <StatusTag status="cannot-start-yet">{labels.lockedStatus}</StatusTag> {labels.locked[item.locked]}
                  </p>
                )}
                <ItemMeta item={item} texts={texts} labels={itemLabels} reportKey={`rule:${item.id}`} />
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}
