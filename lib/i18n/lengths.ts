/**
 * Length limits for the short texts whose place on the page is narrow: status tags, badges, buttons, navigation
 * links and short labels. The page is designed for 320 px wide screens; past these lengths a label wraps or pushes
 * its neighbour out of line. locales/context.json tells translators each key's `maxLength`; `npm run i18n:check`
 * warns when a translation is longer. Hand-written: the limits are design decisions, one line each with the reason.
 */

export interface LengthLimit {
  /** "namespace:key" patterns. */
  keys: RegExp;
  max: number;
  /** What the text is on the page, and why it must stay short: shown to translators. */
  why: string;
}

export const LENGTH_LIMITS: readonly LengthLimit[] = [
  {
    keys: /^ui:(?:status\.(?:not-started|in-progress|done|cannot-start-yet)|checklist\.lockedStatus)$/,
    max: 20,
    why: 'a status tag beside each stage of the task list: at 320 px it must stay on one line beside the stage name',
  },
  { keys: /^ui:checklist\.(?:warning|info|right|escalation)$/, max: 24, why: 'a badge above a checklist item, on one line' },
  { keys: /^ui:difficulty\.[\w-]+$/, max: 48, why: 'a badge under each carrier in the directory list: two lines at most at 320 px' },
  {
    keys: /^(?:ui:(?:questions\.submit|identify\.submit|summary\.print|shared\.(?:useLink|keepMine|checkAnswers)|savedCases\.undo|support\.(?:copyLink|copyMessage)|caseTransfer\.(?:download|copyLink|copyCard|readerSubmit)|case\.download)|letters:ui\.(?:copy|email|print|submit|open))$/,
    max: 40,
    why: 'a button: at 320 px a button is the full width, about 35 characters; a longer label wraps to two lines',
  },
  {
    keys: /^(?:ui:(?:support|caseTransfer)|letters:ui)\.copied$/,
    max: 20,
    why: 'replaces the label of a copy button for a moment: it must fit where the button was',
  },
  { keys: /^ui:nav\.(?:back|allCarriers|overview|stagesLabel)$/, max: 30, why: 'a link in the navigation above the page heading' },
  {
    keys: /^ui:stages\.[\w-]+\.name$/,
    max: 48,
    why: 'a stage name: the task list, the stage navigation and inside “Next: {{stage}}”, two lines at most at 320 px',
  },
  { keys: /^ui:facts\.(?!gap$|stale$|heading$)[\w-]+$/, max: 32, why: 'the label column of the key facts table, beside the fact' },
  { keys: /^ui:verdict\.kinds\.[\w-]+$/, max: 40, why: 'inserted into the stage 1 heading “Answer: {{verdict}}”, which should stay on two lines at most' },
];

/** The limit for a key ("ui:status.done"), if its place is narrow. */
export function lengthLimit(key: string): LengthLimit | undefined {
  return LENGTH_LIMITS.find((l) => l.keys.test(key));
}

/**
 * How wide a text is, in the widths of Latin letters: a Chinese, Japanese or Korean character (or a full-width form)
 * takes about two. {{variables}} do not count: their length is not the translator's to choose.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(/\{\{[^}]*\}\}/g, '')) {
    width += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60]/u.test(ch) ? 2 : 1;
  }
  return width;
}
