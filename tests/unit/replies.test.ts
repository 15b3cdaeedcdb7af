import { describe, expect, it } from 'vitest';
import { findCarrier } from '@/lib/carriers';
import { effectiveAnswers, emptyProgress, evaluate } from '@/lib/engine/evaluate';
import { CARRIER_REPLIES, deleteLock, REPLY_STEPS, type CarrierReply } from '@/lib/engine/replies';
import { CaseSchema, ProgressSchema, type Carrier, type Progress } from '@/lib/engine/schema';
import { parseProgress } from '@/lib/progress/parse';
import { rightsFor } from '@/lib/rights';
import en from '@/locales/en/ui.json';
import letters from '@/locales/en/letters.json';

const carrier = (id: string): Carrier => {
  const found = findCarrier(id);
  if (!found) throw new Error(`no carrier ${id}`);
  return found;
};

/** Progress for a traveler whose request is sent (stages 1 and 3 done), with this case. */
function sent(c: Carrier, theCase: Progress['case'], answers: Progress['answers'] = {}): Progress {
  const full = {
    boughtFrom: 'carrier-online',
    planType: 'one-off',
    payment: 'card',
    inCountry: 'yes',
    esimInstalled: 'yes',
    hasNumber: 'yes',
    ...answers,
  } as const;
  const base = { ...emptyProgress(), answers: full, answersConfirmed: true, case: theCase };
  const evaluation = evaluate(c, effectiveAnswers(c, base), base);
  const submitTasks = evaluation.stages
    .find((s) => s.stage === 'submit-request')!
    .items.filter((i) => i.kind === 'task')
    .map((i) => i.id);
  return { ...base, ticks: submitTasks };
}

const stage = (c: Carrier, p: Progress, name: string) => evaluate(c, effectiveAnswers(c, p), p).stages.find((s) => s.stage === name)!;

describe('the carrier’s reply → its next step', () => {
  // The table the closing note shows: each reply, its letter, escalation and whether it ends the tracking stage.
  const expected: Record<CarrierReply, { letter: string | null; escalate: boolean; completes: boolean }> = {
    confirmed: { letter: null, escalate: false, completes: true },
    documents: { letter: 'followUpDocuments', escalate: false, completes: false },
    refused: { letter: 'followUpReasons', escalate: true, completes: false },
    'partial-refund': { letter: 'followUpReasons', escalate: false, completes: false },
    'visit-or-call': { letter: 'followUp', escalate: false, completes: false },
    'no-answer': { letter: 'followUp', escalate: true, completes: false },
  };

  it.each(CARRIER_REPLIES)('%s leads to its letter, escalation and stage status', (reply) => {
    const step = REPLY_STEPS[reply];
    expect({ letter: step.letter, escalate: step.escalate, completes: step.completesStage }).toEqual(expected[reply]);
    // Every step sentence and letter exists in the source language.
    for (const key of step.steps)
      expect(
        key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], en),
        key,
      ).toEqual(expect.any(String));
    if (step.letter) expect(letters[step.letter as keyof typeof letters]).toHaveProperty('lines');
    const t2 = carrier('t2');
    const status = stage(t2, sent(t2, { reply }), 'track-review').status;
    expect(status === 'done').toBe(step.completesStage);
  });

  it('saves the reply with the case, in the zod schema and the browser parser alike', () => {
    const record = { ...emptyProgress(), case: { reply: 'refused', effectiveOn: '2026-12-01', refundedOn: '2026-12-05' } };
    expect(ProgressSchema.safeParse(record).success).toBe(true);
    expect(parseProgress(record)).toEqual(record);
    for (const bad of [{ reply: 'maybe' }, { effectiveOn: '1 Dec' }, { refundedOn: 5 }]) {
      expect(CaseSchema.safeParse(bad).success).toBe(false);
      expect(parseProgress({ ...emptyProgress(), case: bad })).toBeNull();
    }
  });

  it('escalates only to bodies with an official source that was read', () => {
    for (const country of ['GB', 'US', 'DE', 'HK']) {
      const bodies = rightsFor(country).flatMap((f) => f.escalation.map((e) => ({ e, f })));
      expect(bodies.length, country).toBeGreaterThan(0);
      for (const { e, f } of bodies) expect(e.sources.some((k) => f.sources[k]?.official && f.sources[k]?.readOn)).toBe(true);
    }
    // Russia and mainland China have none with an official source: the page says so instead of naming one.
    expect(rightsFor('RU').flatMap((f) => f.escalation)).toEqual([]);
    expect(rightsFor('CN').flatMap((f) => f.escalation)).toEqual([]);
  });
});

describe('removing the eSIM waits for the confirmation', () => {
  const deleteTask = (c: Carrier, p: Progress) => stage(c, p, 'check-charges').items.find((i) => i.id === 'common-delete-esim')!;

  it('is locked before the carrier confirmed, and open after', () => {
    const t2 = carrier('t2');
    for (const reply of CARRIER_REPLIES.filter((r) => r !== 'confirmed')) {
      const p = { ...sent(t2, { reply }), ticks: [...sent(t2, { reply }).ticks, 'common-delete-esim'] };
      const task = deleteTask(t2, p);
      expect(task.locked, reply).toBe('wait-confirmation');
      // A tick saved anyway does not count while it is locked, and it is never the next action.
      expect(task.ticked).toBe(false);
      expect(stage(t2, p, 'check-charges').nextAction?.id).not.toBe('common-delete-esim');
    }
    const confirmed = sent(t2, { reply: 'confirmed', effectiveOn: '2026-12-01' });
    expect(deleteTask(t2, confirmed).locked).toBeUndefined();
    expect(deleteTask(t2, { ...confirmed, ticks: [...confirmed.ticks, 'common-delete-esim'] }).ticked).toBe(true);
  });

  it('waits for the refund too where the refund depends on keeping the eSIM (Nomad, Ubigi, Airalo)', () => {
    for (const id of ['nomad', 'ubigi', 'airalo']) {
      const c = carrier(id);
      expect(c.refundNeedsEsim, id).toBeDefined();
      expect(deleteTask(c, sent(c, { reply: 'confirmed' })).locked, id).toBe('wait-refund');
      expect(deleteTask(c, sent(c, { reply: 'confirmed', refundedOn: '2026-12-03' })).locked, id).toBeUndefined();
    }
    expect(deleteLock({ reply: 'confirmed' }, false)).toBeNull();
    expect(deleteLock(undefined, false)).toBe('wait-confirmation');
  });

  it('comes after the save-first list, last among the stage’s phone steps', () => {
    const ids = stage(carrier('t2'), sent(carrier('t2'), {}), 'check-charges').items.map((i) => i.id);
    expect(ids.indexOf('common-save-before-delete')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('common-save-before-delete')).toBeLessThan(ids.indexOf('common-delete-esim'));
  });

  it('is not offered when the eSIM is already off the phone', () => {
    const t2 = carrier('t2');
    expect(stage(t2, sent(t2, {}, { esimInstalled: 'no' }), 'check-charges').items.map((i) => i.id)).not.toContain('common-delete-esim');
  });
});

describe('the number really gone', () => {
  const ids = (c: Carrier, hasNumber: 'yes' | 'no') => stage(c, sent(c, {}, { hasNumber }), 'check-charges').items.map((i) => i.id);

  it('checks the registry at the end, with the recycled-number warning, only for plans with a number', () => {
    expect(ids(carrier('t2'), 'yes')).toEqual(expect.arrayContaining(['russia-number-registry', 'common-number-gone', 'common-recycled-numbers']));
    expect(ids(carrier('t2'), 'no')).not.toContain('russia-number-registry');
    expect(ids(carrier('china-mobile'), 'yes')).toEqual(expect.arrayContaining(['cn-one-check', 'common-number-gone']));
    const recycled = carrier('t2').sources.recycledNumbers;
    expect(recycled.url).toContain('krebsonsecurity.com');
  });

  it('moves sign-in codes before the request is sent', () => {
    const t2 = carrier('t2');
    const p = sent(t2, {});
    expect(stage(t2, p, 'gather-materials').items.map((i) => i.id)).toContain('common-move-codes');
  });
});
