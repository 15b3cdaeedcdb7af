/**
 * The carrier's answer to the cancellation request, as the traveler records it on `track-review`, and the next step
 * each answer leads to. Plain data (no zod, no React): the stage page, the overview and the summary read it, and the
 * unit tests check every answer against it.
 */
import type { LetterKind } from '../letters/compose';
import { matches } from './condition';
import type { Answers } from './questions';
import type { CountryRights } from './schema';

/** What the carrier answered. Stored in the case (`case.reply`); never personal data. */
export const CARRIER_REPLIES = ['confirmed', 'documents', 'refused', 'partial-refund', 'visit-or-call', 'no-answer'] as const;
export type CarrierReply = (typeof CARRIER_REPLIES)[number];

export function isCarrierReply(value: unknown): value is CarrierReply {
  return typeof value === 'string' && (CARRIER_REPLIES as readonly string[]).includes(value);
}

export interface ReplyStep {
  /** Keys into ui.json `replies.<reply>.*`: what to do next, in order. */
  steps: string[];
  /** The follow-up letter to send (in the carrier's language beside the traveler's), or null when none is needed. */
  letter: LetterKind | null;
  /** Whether to show the escalation bodies of the carrier's country (only bodies with an official source: lib/rights). */
  escalate: boolean;
  /** Whether this answer completes `track-review`. */
  completesStage: boolean;
}

/**
 * Each answer and where it leads. A refusal or a partial refund asks for the reasons in writing; documents asked for
 * are listed in the letter; a shop visit or a call is asked to be replaced by a written confirmation; a missing answer
 * is chased with the legal basis where the country gives one. Only a refusal or no answer leads to escalation.
 */
export const REPLY_STEPS: Record<CarrierReply, ReplyStep> = {
  confirmed: {
    steps: ['replies.confirmed.keep', 'replies.confirmed.effective', 'replies.confirmed.next'],
    letter: null,
    escalate: false,
    completesStage: true,
  },
  documents: { steps: ['replies.documents.send', 'replies.documents.noMore'], letter: 'followUpDocuments', escalate: false, completesStage: false },
  refused: { steps: ['replies.refused.reasons', 'replies.refused.escalate'], letter: 'followUpReasons', escalate: true, completesStage: false },
  'partial-refund': {
    steps: ['replies.partialRefund.check', 'replies.partialRefund.reasons'],
    letter: 'followUpReasons',
    escalate: false,
    completesStage: false,
  },
  'visit-or-call': { steps: ['replies.visitOrCall.writing', 'replies.visitOrCall.notes'], letter: 'followUp', escalate: false, completesStage: false },
  'no-answer': { steps: ['replies.noAnswer.chase', 'replies.noAnswer.escalate'], letter: 'followUp', escalate: true, completesStage: false },
};

/** What stands between the traveler and removing the eSIM profile from the phone. */
export type DeleteLock = 'wait-confirmation' | 'wait-refund' | null;

/**
 * Why the "remove the eSIM" task cannot be ticked yet: until the carrier confirmed the cancellation, and, where the
 * refund depends on keeping the eSIM (`refundNeedsEsim` in the carrier's file), until the refund arrived.
 */
export function deleteLock(theCase: { reply?: CarrierReply; refundedOn?: string } | undefined, refundNeedsEsim: boolean): DeleteLock {
  if (theCase?.reply !== 'confirmed') return 'wait-confirmation';
  if (refundNeedsEsim && !theCase.refundedOn) return 'wait-refund';
  return null;
}

/**
 * The rights whose legal basis a follow-up letter cites for these answers: those with a `letterBasis` whose condition
 * holds (a withdrawal function for plans bought online, an automatic-renewal law for subscriptions). Ids, in file order.
 */
export function letterBases(rights: readonly CountryRights[], answers: Answers): string[] {
  return rights.flatMap((file) => file.rights.filter((r) => r.letterBasis && matches(r.when, answers)).map((r) => r.id));
}

/** The line key a legal-basis sentence takes in a letter template, so the browser can keep only those that apply. */
export const basisLineKey = (rightId: string) => `basis-${rightId}`;
