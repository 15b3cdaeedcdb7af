import { describe, expect, it } from 'vitest';
import { effectiveAnswers, emptyProgress, evaluate } from '@/lib/engine/evaluate';
import { CarrierSchema, FACT_IDS, type Carrier, type Progress } from '@/lib/engine/schema';
import type { Stage } from '@/lib/engine/stages';

const src = { url: 'https://example.org/policy', official: true, readOn: '2026-11-25' };

/** A small carrier made for these tests: two verdicts, one task per stage, a conditional task and a warning. */
const carrier: Carrier = CarrierSchema.parse({
  id: 'test-carrier',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'high',
  difficulty: 'easy',
  officialDomains: ['example.org'],
  facts: Object.fromEntries(FACT_IDS.map((f) => [f, { gap: true }])),
  defaults: { inCountry: 'yes' },
  sources: { policy: src },
  channels: [{ id: 'web', kind: 'web', label: 'test.web', url: 'https://example.org/', sources: ['policy'] }],
  verdicts: [
    {
      id: 'abroad',
      verdict: 'proxy',
      text: 'test.abroad',
      when: { answer: 'inCountry', is: 'no' },
      channels: ['web'],
      sources: ['policy'],
      confidence: 'high',
    },
    { id: 'home', verdict: 'in-person', text: 'test.home', channels: [], sources: ['policy'], confidence: 'medium' },
  ],
  rules: [
    { id: 'keep', stage: 'confirm-online', kind: 'warning', text: 'test.keep', sources: ['policy'], confidence: 'high' },
    {
      id: 'passport',
      stage: 'gather-materials',
      kind: 'task',
      text: 'test.passport',
      when: { answer: 'inCountry', is: 'yes' },
      sources: ['policy'],
      confidence: 'high',
    },
    {
      id: 'poa',
      stage: 'gather-materials',
      kind: 'task',
      text: 'test.poa',
      when: { answer: 'inCountry', is: 'no' },
      channel: 'web',
      sources: ['policy'],
      confidence: 'low',
    },
    { id: 'send', stage: 'submit-request', kind: 'task', text: 'test.send', sources: ['policy'], confidence: 'high' },
    { id: 'note', stage: 'track-review', kind: 'task', text: 'test.note', sources: ['policy'], confidence: 'high' },
    { id: 'fyi', stage: 'track-review', kind: 'info', text: 'test.fyi', sources: ['policy'], confidence: 'high' },
    { id: 'watch', stage: 'check-charges', kind: 'task', text: 'test.watch', sources: ['policy'], confidence: 'high' },
  ],
});

const progress = (p: Partial<Progress>): Progress => ({ ...emptyProgress(), ...p });
const allAnswers = { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' } as const;
const statuses = (p: Progress) =>
  Object.fromEntries(evaluate(carrier, effectiveAnswers(carrier, p), p).stages.map((s) => [s.stage, s.status])) as Record<Stage, string>;

describe('evaluate', () => {
  it('starts with stage 1 not started and the stages that depend on it unable to start', () => {
    expect(statuses(emptyProgress())).toEqual({
      'confirm-online': 'not-started',
      'gather-materials': 'cannot-start-yet',
      'submit-request': 'cannot-start-yet',
      'track-review': 'cannot-start-yet',
      'check-charges': 'cannot-start-yet',
    });
  });

  it('needs every question answered by the traveler, and confirmed, before stage 1 is done', () => {
    expect(statuses(progress({ answers: { inCountry: 'yes' } }))['confirm-online']).toBe('in-progress');
    expect(statuses(progress({ answers: { inCountry: 'yes' }, answersConfirmed: true }))['confirm-online']).toBe('in-progress');
    expect(statuses(progress({ answers: allAnswers }))['confirm-online']).toBe('in-progress');
    expect(statuses(progress({ answers: allAnswers, answersConfirmed: true }))).toMatchObject({
      'confirm-online': 'done',
      'gather-materials': 'not-started',
      'submit-request': 'not-started',
      'track-review': 'cannot-start-yet',
    });
  });

  it('counts only the tasks that apply to the answers, so a stale tick of a hidden task does not count', () => {
    const p = progress({ answers: allAnswers, answersConfirmed: true, ticks: ['poa'] });
    expect(statuses(p)['gather-materials']).toBe('not-started');
    expect(statuses({ ...p, ticks: ['passport'] })['gather-materials']).toBe('done');
    expect(statuses({ ...p, answers: { ...allAnswers, inCountry: 'no' } })['gather-materials']).toBe('done');
  });

  it('marks a stage in progress, then done, and unlocks the stages that wait for it', () => {
    const base = progress({ answers: allAnswers, answersConfirmed: true });
    expect(statuses({ ...base, ticks: ['send'] })).toMatchObject({ 'submit-request': 'done', 'track-review': 'not-started', 'check-charges': 'not-started' });
    const twoTasks = CarrierSchema.parse({
      ...carrier,
      rules: [...carrier.rules, { id: 'send-2', stage: 'submit-request', kind: 'task', text: 'test.send2', sources: ['policy'], confidence: 'high' }],
    });
    const result = evaluate(twoTasks, allAnswers, { ...base, ticks: ['send'] }).stages.find((s) => s.stage === 'submit-request')!;
    expect(result.status).toBe('in-progress');
    expect(result.nextAction?.id).toBe('send-2');
  });

  it('gives the next action as the first unticked task, never a warning or a fact, and none for a stage that cannot start', () => {
    const p = progress({ answers: allAnswers, answersConfirmed: true });
    const stages = evaluate(carrier, allAnswers, p).stages;
    expect(stages.find((s) => s.stage === 'track-review')!.nextAction).toBeNull();
    expect(stages.find((s) => s.stage === 'gather-materials')!.nextAction?.id).toBe('passport');
    const tracking = evaluate(carrier, allAnswers, { ...p, ticks: ['send'] }).stages.find((s) => s.stage === 'track-review')!;
    expect(tracking.items.map((i) => i.kind)).toEqual(['task', 'info']);
    expect(tracking.nextAction?.id).toBe('note');
    expect(evaluate(carrier, allAnswers, { ...p, ticks: ['send', 'note'] }).stages.find((s) => s.stage === 'track-review')!.nextAction).toBeNull();
  });

  it('names what a stage waits for and which stage is current', () => {
    const start = evaluate(carrier, effectiveAnswers(carrier, emptyProgress()), emptyProgress());
    expect(start.currentStage).toBe('confirm-online');
    expect(start.stages.find((s) => s.stage === 'track-review')!.waitingFor).toEqual(['submit-request']);
    const finished = progress({ answers: allAnswers, answersConfirmed: true, ticks: ['passport', 'send', 'note', 'watch'] });
    expect(evaluate(carrier, allAnswers, finished).currentStage).toBeNull();
  });

  it('picks the first verdict whose condition holds, with its channels and cited sources', () => {
    const home = evaluate(carrier, { inCountry: 'yes' }, emptyProgress()).verdict;
    expect(home).toMatchObject({ id: 'home', verdict: 'in-person', confidence: 'medium', channels: [] });
    const abroad = evaluate(carrier, { inCountry: 'no' }, emptyProgress()).verdict;
    expect(abroad.verdict).toBe('proxy');
    expect(abroad.channels.map((c) => c.url)).toEqual(['https://example.org/']);
    expect(abroad.sources).toEqual([{ key: 'policy', ...src }]);
  });

  it('uses the carrier defaults for questions the traveler has not answered, and their own answers over them', () => {
    expect(effectiveAnswers(carrier, progress({ answers: { hasNumber: 'yes' } }))).toEqual({ inCountry: 'yes', hasNumber: 'yes' });
    expect(effectiveAnswers(carrier, progress({ answers: { inCountry: 'no' } })).inCountry).toBe('no');
  });
});
