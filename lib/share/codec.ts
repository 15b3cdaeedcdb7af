/**
 * The share-link codec: the query of a support link holds only non-personal state (the answers and a
 * support case reference) under short readable names. Versioned (v=1) so links in the wild keep
 * working. Zod-free and total: any string decodes to what it can use plus a list of what it ignored;
 * it never throws. lib/share/schema.ts states the same shape in zod for the builder and the tests.
 */
import { isAnswerValue, QUESTION_IDS, type Answers, type QuestionId } from '../engine/questions';
import { SUPPORT_REF } from '../engine/terms';

export { SUPPORT_REF };

export const SHARE_VERSION = '1';
/** Query names: short, readable, and stable (they are a public contract once links are sent). */
export const ANSWER_PARAMS: Record<QuestionId, string> = {
  boughtFrom: 'bought',
  planType: 'plan',
  payment: 'pay',
  inCountry: 'here',
  esimInstalled: 'esim',
  hasNumber: 'number',
};
export const REF_PARAM = 'ref';
export const VERSION_PARAM = 'v';
/** Longer queries are not read at all: no legitimate link comes near it. */
export const MAX_QUERY_LENGTH = 512;

export interface SharedState {
  answers: Answers;
  ref?: string;
}

export type ShareProblem = 'too-long' | 'unknown-version' | 'unknown-parameter' | 'bad-value' | 'repeated-parameter';

export interface Decoded {
  /** What the link set up, or null when it carried nothing usable. */
  state: SharedState | null;
  /** What was ignored, once each, for the one visible notice. */
  problems: ShareProblem[];
}

/** The query string (without "?") for a state; the answers in question order, then the reference. */
export function encodeShare(state: SharedState): string {
  const params = new URLSearchParams({ [VERSION_PARAM]: SHARE_VERSION });
  for (const q of QUESTION_IDS) {
    const value = state.answers[q];
    if (value !== undefined) params.set(ANSWER_PARAMS[q], value);
  }
  if (state.ref) params.set(REF_PARAM, state.ref);
  return params.toString();
}

const QUESTION_BY_PARAM = new Map(QUESTION_IDS.map((q) => [ANSWER_PARAMS[q], q]));

/** Reads a query string ("?a=b" or "a=b"); never throws. */
export function decodeShare(search: string): Decoded {
  const problems = new Set<ShareProblem>();
  const query = String(search ?? '').replace(/^\?/, '');
  if (query === '') return { state: null, problems: [] };
  if (query.length > MAX_QUERY_LENGTH) return { state: null, problems: ['too-long'] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return { state: null, problems: ['bad-value'] };
  }
  const seen = new Set<string>();
  const answers: Answers = {};
  let ref: string | undefined;
  for (const [name, value] of params) {
    if (seen.has(name)) {
      problems.add('repeated-parameter');
      continue;
    }
    seen.add(name);
    if (name === VERSION_PARAM) {
      if (value !== SHARE_VERSION) problems.add('unknown-version');
    } else if (name === REF_PARAM) {
      if (SUPPORT_REF.test(value)) ref = value;
      else problems.add('bad-value');
    } else if (QUESTION_BY_PARAM.has(name)) {
      const question = QUESTION_BY_PARAM.get(name)!;
      if (isAnswerValue(question, value)) (answers as Record<string, string>)[question] = value;
      else problems.add('bad-value');
    } else {
      problems.add('unknown-parameter');
    }
  }
  // A link from a future version may mean something else by the same names: use none of it.
  if (problems.has('unknown-version')) return { state: null, problems: [...problems] };
  const state: SharedState = { answers, ...(ref ? { ref } : {}) };
  const empty = Object.keys(answers).length === 0 && !ref;
  return { state: empty ? null : state, problems: [...problems] };
}
