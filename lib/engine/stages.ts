/** The five stages. Their slugs are a public contract: links in the wild point at them. */
export const STAGES = ['confirm-online', 'gather-materials', 'submit-request', 'track-review', 'check-charges'] as const;

export type Stage = (typeof STAGES)[number];

/** A stage cannot start until these stages are done (GOV.UK "Cannot start yet"). */
export const STAGE_DEPENDS_ON: Record<Stage, readonly Stage[]> = {
  'confirm-online': [],
  'gather-materials': ['confirm-online'],
  'submit-request': ['confirm-online'],
  'track-review': ['submit-request'],
  'check-charges': ['submit-request'],
};

export const STAGE_STATUSES = ['not-started', 'in-progress', 'done', 'cannot-start-yet'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** The stage after `stage`, or null after the last one. */
export function nextStage(stage: Stage): Stage | null {
  return STAGES[STAGES.indexOf(stage) + 1] ?? null;
}

/** The stage before `stage`, or null before the first one. */
export function previousStage(stage: Stage): Stage | null {
  const index = STAGES.indexOf(stage);
  return index > 0 ? STAGES[index - 1] : null;
}
