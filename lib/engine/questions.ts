/**
 * The questions of stage 1 and the answers each one accepts.
 * Plain constants (no zod) so that client components can import them without pulling in a schema library.
 */

export const QUESTIONS = {
  /** Where the plan was bought: directly from the carrier, or through someone else. */
  boughtFrom: ['carrier-online', 'carrier-store', 'reseller', 'not-sure'],
  /** What kind of plan it is: this decides renewals, notice periods and final bills. */
  planType: ['one-off', 'subscription', 'contract', 'pay-as-you-go', 'not-sure'],
  /** How it is paid: an app-store subscription is cancelled at Apple or Google, not at the carrier. */
  payment: ['card', 'app-store', 'direct-debit', 'balance', 'not-sure'],
  /** Whether the traveler is still in the carrier's country (stores, SMS codes). */
  inCountry: ['yes', 'no'],
  /** Whether the eSIM profile is still on the phone (refunds and SMS codes may depend on it). */
  esimInstalled: ['yes', 'no'],
  /** Whether the plan has a phone number that banks, messengers or government portals may use. */
  hasNumber: ['yes', 'no', 'not-sure'],
} as const;

export type QuestionId = keyof typeof QUESTIONS;
export type AnswerValue<Q extends QuestionId = QuestionId> = (typeof QUESTIONS)[Q][number];
/** The traveler's answers; a question not answered yet is simply absent. */
export type Answers = { [Q in QuestionId]?: AnswerValue<Q> };

export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];

/** True when `value` is one of the answers `question` accepts. */
export function isAnswerValue(question: string, value: unknown): boolean {
  if (!Object.hasOwn(QUESTIONS, question)) return false;
  return (QUESTIONS[question as QuestionId] as readonly unknown[]).includes(value);
}

/** True when every question has an answer. */
export function allAnswered(answers: Answers): boolean {
  return QUESTION_IDS.every((q) => answers[q] !== undefined);
}
