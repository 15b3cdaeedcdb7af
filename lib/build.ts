import { isIsoDate, todayIn } from './engine/dates';

/**
 * The day the site is built: a fact's age is counted from it (pages are static, so "now" is when they were made).
 * BUILD_DATE=YYYY-MM-DD pins it (tests, reproducible builds); otherwise today in UTC.
 */
export function buildDay(env: Record<string, string | undefined> = process.env): string {
  const pinned = env.BUILD_DATE;
  if (pinned !== undefined && pinned !== '') {
    if (!isIsoDate(pinned)) throw new Error(`BUILD_DATE must be a calendar date written YYYY-MM-DD (got "${pinned}")`);
    return pinned;
  }
  return todayIn('UTC');
}
