import type { Answers } from './questions';
import type { Condition } from './schema';

/**
 * Whether `condition` holds for `answers`.
 * An unanswered question matches no `{ answer, is }`, so `not` of it holds: rules meant for
 * "we don't know yet" should say so with `not`, never by accident.
 */
export function matches(condition: Condition | undefined, answers: Answers): boolean {
  if (condition === undefined) return true;
  if ('answer' in condition) {
    const given = answers[condition.answer];
    if (given === undefined) return false;
    return Array.isArray(condition.is) ? condition.is.includes(given) : condition.is === given;
  }
  if ('all' in condition) return condition.all.every((c) => matches(c, answers));
  if ('any' in condition) return condition.any.some((c) => matches(c, answers));
  return !matches(condition.not, answers);
}
