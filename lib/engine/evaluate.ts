/**
 * evaluate(carrier, answers, progress) → the checklist: the verdict of stage 1 and, per stage,
 * the items that apply, their ticks, the stage status and the next action.
 * Pure and free of zod, so a client component can run it on the traveler's own answers.
 */
import { matches } from './condition';
import { allAnswered, type Answers } from './questions';
import type { Carrier, Channel, Confidence, CountryRights, Progress, Rule, RightLink, SmsAction, Source, Verdict } from './schema';
import { STAGES, STAGE_DEPENDS_ON, type Stage, type StageStatus } from './stages';
import { rightsFor } from '../rights';
import { deleteLock, REPLY_STEPS, type DeleteLock } from './replies';
import { PROGRESS_VERSION } from './terms';

export interface CitedSource extends Source {
  key: string;
}

export interface ChecklistItem {
  id: string;
  kind: Rule['kind'];
  text: string;
  confidence: Confidence;
  channel: Channel | null;
  sources: CitedSource[];
  ticked: boolean;
  /** Why a task cannot be ticked yet (removing the eSIM before the carrier confirmed), or absent when it can. */
  locked?: Exclude<DeleteLock, null>;
  /** Set on items that come from the country's law or regulator (lib/rights), not from the carrier. */
  right?: {
    /** One-tap text messages (UK text-to-switch). */
    sms: SmsAction[];
    /** An official page to go to (a regulator, a complaint body). */
    link: RightLink | null;
    /** A body to complain to when the carrier does not answer. */
    escalation: boolean;
  };
}

export interface StageResult {
  stage: Stage;
  status: StageStatus;
  items: ChecklistItem[];
  /** The first task not ticked yet, or null when there is none. */
  nextAction: ChecklistItem | null;
  /** The stages that must be done before this one can start. */
  waitingFor: Stage[];
}

export interface VerdictResult {
  id: string;
  verdict: Verdict['verdict'];
  text: string;
  confidence: Confidence;
  channels: Channel[];
  sources: CitedSource[];
}

export interface Evaluation {
  verdict: VerdictResult;
  stages: StageResult[];
  /** The stage the traveler should work on now: the first one not done that can start, or null when all are done. */
  currentStage: Stage | null;
}

/** Progress for a carrier nobody has touched yet. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, answers: {}, answersConfirmed: false, ticks: [], updatedAt: new Date(0).toISOString() };
}

function cite(carrier: Carrier, keys: string[]): CitedSource[] {
  return keys.map((key) => ({ key, ...carrier.sources[key] }));
}

function channelById(carrier: Carrier, id: string): Channel {
  const channel = carrier.channels.find((c) => c.id === id);
  if (!channel) throw new Error(`${carrier.id}: unknown channel "${id}"`);
  return channel;
}

/** The verdict for these answers: the first whose condition holds (the schema guarantees the last always does). */
export function verdictFor(carrier: Carrier, answers: Answers): VerdictResult {
  const verdict = carrier.verdicts.find((v) => matches(v.when, answers)) ?? carrier.verdicts[carrier.verdicts.length - 1];
  return {
    id: verdict.id,
    verdict: verdict.verdict,
    text: verdict.text,
    confidence: verdict.confidence,
    channels: verdict.channels.map((id) => channelById(carrier, id)),
    sources: cite(carrier, verdict.sources),
  };
}

function statusOf(stage: Stage, items: ChecklistItem[], progress: Progress, done: Set<Stage>): StageStatus {
  if (stage === 'confirm-online') {
    // Done only on the traveler's own answers: the carrier's defaults are a guess, not an answer.
    if (progress.answersConfirmed && allAnswered(progress.answers)) return 'done';
    return Object.keys(progress.answers).length > 0 ? 'in-progress' : 'not-started';
  }
  if (STAGE_DEPENDS_ON[stage].some((s) => !done.has(s))) return 'cannot-start-yet';
  // The carrier's confirmation is what tracking waits for: recording it completes the stage.
  const reply = progress.case?.reply;
  if (stage === 'track-review' && reply && REPLY_STEPS[reply].completesStage) return 'done';
  const tasks = items.filter((i) => i.kind === 'task');
  const ticked = tasks.filter((i) => i.ticked).length;
  if (ticked === tasks.length) return 'done';
  return ticked > 0 ? 'in-progress' : 'not-started';
}

/** The answers to evaluate with: the traveler's own, and the carrier's defaults for questions not answered yet. */
export function effectiveAnswers(carrier: Carrier, progress: Progress): Answers {
  return { ...carrier.defaults, ...progress.answers };
}

/** The items of `stage` that the country's (and its market's) rights and escalation bodies give for these answers. */
export function rightItems(rights: readonly CountryRights[], stage: Stage, answers: Answers): ChecklistItem[] {
  return rights.flatMap((file) =>
    [...file.rights.map((r) => ({ r, escalation: false })), ...file.escalation.map((r) => ({ r, escalation: true }))]
      .filter(({ r }) => r.stage === stage && matches(r.when, answers))
      .map(({ r, escalation }) => ({
        id: r.id,
        kind: r.kind,
        text: r.text,
        confidence: r.confidence,
        channel: null,
        sources: r.sources.map((key) => ({ key, ...file.sources[key] })),
        ticked: false,
        right: { sms: r.sms ?? [], link: r.link ?? null, escalation },
      })),
  );
}

/**
 * `answers` decide which items apply (usually effectiveAnswers); `progress` holds the ticks and
 * whether the traveler has confirmed their own answers. `rights` are those of the carrier's country and
 * markets (lib/rights); tests pass their own.
 */
export function evaluate(carrier: Carrier, answers: Answers, progress: Progress, rights: readonly CountryRights[] = rightsFor(carrier.country)): Evaluation {
  const ticks = new Set(progress.ticks);
  const lock = deleteLock(progress.case, carrier.refundNeedsEsim !== undefined);
  const done = new Set<Stage>();
  const stages: StageResult[] = [];
  // STAGES is in dependency order, so every stage's dependencies are settled before it.
  for (const stage of STAGES) {
    const items: ChecklistItem[] = carrier.rules
      .filter((rule) => rule.stage === stage && matches(rule.when, answers))
      .map((rule) => ({
        id: rule.id,
        kind: rule.kind,
        text: rule.text,
        confidence: rule.confidence,
        channel: rule.channel ? channelById(carrier, rule.channel) : null,
        sources: cite(carrier, rule.sources),
        // A locked task stays unticked even if a tick was saved before (say, on another version of the page).
        ticked: rule.kind === 'task' && ticks.has(rule.id) && !(rule.lockedUntilConfirmed && lock),
        ...(rule.kind === 'task' && rule.lockedUntilConfirmed && lock ? { locked: lock } : {}),
      }));
    // The law's items follow the carrier's own, so the carrier's steps read first.
    items.push(...rightItems(rights, stage, answers));
    const status = statusOf(stage, items, progress, done);
    if (status === 'done') done.add(stage);
    stages.push({
      stage,
      status,
      items,
      nextAction: status === 'cannot-start-yet' ? null : (items.find((i) => i.kind === 'task' && !i.ticked && !i.locked) ?? null),
      waitingFor: STAGE_DEPENDS_ON[stage].filter((s) => !done.has(s)),
    });
  }
  const current = stages.find((s) => s.status !== 'done' && s.status !== 'cannot-start-yet');
  return { verdict: verdictFor(carrier, answers), stages, currentStage: current?.stage ?? null };
}
