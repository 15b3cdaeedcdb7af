/**
 * Reads a saved progress record without zod (this runs in the browser). It accepts exactly what
 * ProgressSchema accepts; tests/unit/progress.test.ts ("parseProgress … accepts exactly what ProgressSchema accepts") proves the two agree on arbitrary input.
 */
import { isAnswerValue, QUESTION_IDS, type Answers } from '../engine/questions';
import type { Case, Progress } from '../engine/schema';
import { isCarrierReply } from '../engine/replies';
import { PROGRESS_VERSION, REFERENCE_PATTERN, SUPPORT_REF } from '../engine/terms';
import { isCaseDateField } from '../engine/case';

const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// The ISO datetime form that JSON.stringify(new Date()) writes (zod's z.iso.datetime() default: UTC "Z" only).
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseAnswers(value: unknown): Answers | null {
  if (!isPlainObject(value)) return null;
  for (const [question, answer] of Object.entries(value)) {
    if (answer === undefined && (QUESTION_IDS as string[]).includes(question)) continue;
    if (!isAnswerValue(question, answer)) return null;
  }
  return value as Answers;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseCase(value: unknown): Case | null {
  if (!isPlainObject(value)) return null;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    if (isCaseDateField(key)) {
      if (typeof field !== 'string' || !ISO_DATE.test(field)) return null;
    } else if (key === 'reference') {
      if (typeof field !== 'string' || !REFERENCE_PATTERN.test(field)) return null;
    } else if (key === 'reply') {
      if (!isCarrierReply(field)) return null;
    } else if (key === 'supportRef') {
      if (typeof field !== 'string' || !SUPPORT_REF.test(field)) return null;
    } else return null;
  }
  return value as Case;
}

function isValidDatetime(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATETIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** The record as Progress, or null when it is not a valid version-1 record. */
export function parseProgress(value: unknown): Progress | null {
  if (!isPlainObject(value)) return null;
  const allowed = ['version', 'answers', 'answersConfirmed', 'ticks', 'case', 'updatedAt'];
  if (Object.keys(value).some((k) => !allowed.includes(k))) return null;
  if (value.version !== PROGRESS_VERSION) return null;
  const answers = parseAnswers(value.answers);
  if (!answers) return null;
  if (typeof value.answersConfirmed !== 'boolean') return null;
  if (!Array.isArray(value.ticks) || !value.ticks.every((t) => typeof t === 'string' && RULE_ID.test(t))) return null;
  if (!isValidDatetime(value.updatedAt)) return null;
  const progress: Progress = {
    version: PROGRESS_VERSION,
    answers,
    answersConfirmed: value.answersConfirmed,
    ticks: value.ticks as string[],
    updatedAt: value.updatedAt,
  };
  if (value.case === undefined) return progress;
  const theCase = parseCase(value.case);
  return theCase ? { ...progress, case: theCase } : null;
}
