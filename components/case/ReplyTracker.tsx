'use client';
import { isIsoDate } from '@/lib/engine/dates';
import { effectiveAnswers, evaluate } from '@/lib/engine/evaluate';
import { basisLineKey, CARRIER_REPLIES, letterBases, REPLY_STEPS, type CarrierReply } from '@/lib/engine/replies';
import type { Carrier, Case } from '@/lib/engine/schema';
import type { LetterTemplate } from '@/lib/letters/compose';
import { rightsFor } from '@/lib/rights';
import type { LetterBuilderProps } from '../letters/LetterBuilder';
import { LetterTool } from '../letters/LetterTool';
import { Field } from '../ui/Field';
import { NoteItem } from '../stage/ChecklistItemView';
import type { CaseLabels } from './CaseTracker';
import type { CarrierTexts, ItemLabels } from '../facts/types';
import { useProgress } from '../progress/useProgress';

export interface ReplyLabels {
  heading: string;
  intro: string;
  noScript: string;
  legend: string;
  options: Record<CarrierReply, string>;
  /** Every step sentence of REPLY_STEPS, by its key. */
  steps: Record<string, string>;
  nextHeading: string;
  escalationHeading: string;
  noEscalation: string;
}

type LetterProps = LetterBuilderProps & { open: string; loading: string; noScript: string };

/** The templates with only the legal-basis lines of rights that apply to these answers. */
function keepBases(templates: Record<string, LetterTemplate>, applying: ReadonlySet<string>): Record<string, LetterTemplate> {
  return Object.fromEntries(
    Object.entries(templates).map(([kind, template]) => [
      kind,
      { ...template, lines: Object.fromEntries(Object.entries(template.lines).filter(([key]) => !key.startsWith('basis-') || applying.has(key))) },
    ]),
  );
}

/**
 * "What did the carrier answer?": the answer is saved with the case and leads to its next step (REPLY_STEPS): what to
 * do, the follow-up letter in the carrier's language beside the traveler's, and after a refusal or no answer the
 * complaint bodies of the carrier's country (only those with an official source). Recording needs JavaScript; without
 * it, every answer's next steps are listed.
 */
export function ReplyTracker(props: {
  carrier: Carrier;
  texts: CarrierTexts;
  itemLabels: ItemLabels;
  labels: ReplyLabels;
  caseLabels: CaseLabels;
  letter: LetterProps;
}) {
  const { carrier, texts, itemLabels, labels, caseLabels, letter } = props;
  const { progress, update } = useProgress(carrier.id);
  const theCase = progress.case ?? {};
  const reply = theCase.reply;
  const step = reply ? REPLY_STEPS[reply] : null;
  const answers = effectiveAnswers(carrier, progress);
  const escalation = evaluate(carrier, answers, progress)
    .stages.find((s) => s.stage === 'track-review')!
    .items.filter((i) => i.right?.escalation);
  const applying = new Set(letterBases(rightsFor(carrier.country), answers).map(basisLineKey));
  // Before any answer is recorded, the reminder stays on offer as it always was.
  const kind = step ? step.letter : 'followUp';

  const setCase = (change: (current: Case) => Case) => update((current) => ({ ...current, case: change({ ...(current.case ?? {}) }) }));
  const setDate = (field: 'effectiveOn' | 'refundedOn', value: string) =>
    setCase((c) => {
      if (value === '') delete c[field];
      else if (isIsoDate(value)) c[field] = value;
      return c;
    });

  return (
    <section className="reply" aria-labelledby="reply-heading" data-reply={reply ?? ''}>
      <h2 id="reply-heading">{labels.heading}</h2>
      <p>{labels.intro}</p>
      <noscript>
        {/* Not .notice: the page has one no-JavaScript notice (progress), and tests find it by that class. */}
        <p className="hint">{labels.noScript}</p>
        <dl className="summary-list">
          {CARRIER_REPLIES.map((r) => (
            <div key={r} className="summary-list__row">
              <dt className="summary-list__key">{labels.options[r]}</dt>
              <dd className="summary-list__value">
                {REPLY_STEPS[r].steps.map((key) => (
                  <p key={key}>{labels.steps[key]}</p>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </noscript>
      <fieldset className="radios js-only">
        <legend className="checklist__legend">{labels.legend}</legend>
        {CARRIER_REPLIES.map((r) => (
          <div key={r} className="radios__item">
            <input
              className="radios__input"
              type="radio"
              name="carrier-reply"
              id={`reply-${r}`}
              value={r}
              checked={reply === r}
              onChange={() => setCase((c) => ({ ...c, reply: r }))}
            />
            <label className="radios__label" htmlFor={`reply-${r}`}>
              {labels.options[r]}
            </label>
          </div>
        ))}
      </fieldset>
      {reply === 'confirmed' && (
        <>
          <Field id="case-effectiveOn" label={caseLabels.fields.effectiveOn.label} hint={caseLabels.fields.effectiveOn.hint}>
            {(describedBy) => (
              <input
                className="input input--date"
                id="case-effectiveOn"
                type="date"
                value={theCase.effectiveOn ?? ''}
                aria-describedby={describedBy}
                onChange={(e) => setDate('effectiveOn', e.currentTarget.value)}
              />
            )}
          </Field>
          {carrier.refundNeedsEsim && (
            <Field id="case-refundedOn" label={caseLabels.fields.refundedOn.label} hint={caseLabels.fields.refundedOn.hint}>
              {(describedBy) => (
                <input
                  className="input input--date"
                  id="case-refundedOn"
                  type="date"
                  value={theCase.refundedOn ?? ''}
                  aria-describedby={describedBy}
                  onChange={(e) => setDate('refundedOn', e.currentTarget.value)}
                />
              )}
            </Field>
          )}
        </>
      )}
      {step && (
        <div className="reply__next" aria-live="polite">
          <h3>{labels.nextHeading}</h3>
          <ol className="reply__steps">
            {step.steps.map((key) => (
              <li key={key} data-step={key}>
                {labels.steps[key]}
              </li>
            ))}
          </ol>
          {step.escalate && (
            <div data-escalation>
              <h3>{labels.escalationHeading}</h3>
              {escalation.length === 0 ? (
                <p>{labels.noEscalation}</p>
              ) : (
                escalation.map((item) => <NoteItem key={item.id} item={item} texts={texts} labels={itemLabels} />)
              )}
            </div>
          )}
        </div>
      )}
      {kind && (
        <LetterTool
          {...letter}
          // Keyed by the letter only: a new date or reference fills the fields not yet touched and keeps what was typed (issue 18, item 4).
          key={kind}
          kinds={[kind]}
          templates={{ carrier: keepBases(letter.templates.carrier, applying), user: keepBases(letter.templates.user, applying) }}
          defaults={{ ...letter.defaults, submittedOn: theCase.submittedOn ?? '', reference: theCase.reference ?? '' }}
        />
      )}
    </section>
  );
}
