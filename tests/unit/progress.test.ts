import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONS, QUESTION_IDS } from '@/lib/engine/questions';
import { ProgressSchema, type Progress } from '@/lib/engine/schema';
import { parseProgress } from '@/lib/progress/parse';
import { emptyProgress } from '@/lib/engine/evaluate';
import { backupKey, hasStarted, loadProgress, removeProgress, savedCases, saveProgress, storageKey } from '@/lib/progress/store';

/** An in-memory Storage, as localStorage behaves. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const saved: Progress = {
  version: 1,
  answers: { inCountry: 'no', hasNumber: 'yes' },
  answersConfirmed: true,
  ticks: ['power-of-attorney', 'common-move-codes'],
  updatedAt: '2026-11-25T10:00:00.000Z',
};

describe('progress on the device', () => {
  it('round-trips a carrier’s answers and ticks', () => {
    const storage = new MemoryStorage();
    expect(saveProgress(storage, 't2', saved)).toBe(true);
    expect(loadProgress(storage, 't2')).toEqual({ progress: saved, problem: null });
  });

  it('starts empty, without a problem, for a carrier never saved', () => {
    expect(loadProgress(new MemoryStorage(), 'airalo')).toMatchObject({ problem: null, progress: { answers: {}, ticks: [] } });
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['not an object', '[1,2]'],
    ['no version', JSON.stringify({ ...saved, version: undefined })],
    ['a version that is not a whole number', JSON.stringify({ ...saved, version: '1' })],
    ['an unknown answer', JSON.stringify({ ...saved, answers: { inCountry: 'maybe' } })],
    ['a tick that is not a rule id', JSON.stringify({ ...saved, ticks: ['Not A Rule'] })],
  ])('reports and resets a record proven corrupt for this version (%s), keeping a copy, for that carrier only', (_, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey('t2'), raw);
    saveProgress(storage, 'airalo', saved);
    expect(loadProgress(storage, 't2')).toMatchObject({ problem: 'corrupt', progress: { ticks: [] } });
    expect(storage.getItem(storageKey('t2'))).toBeNull();
    expect(storage.getItem(backupKey('t2'))).toBe(raw);
    expect(loadProgress(storage, 'airalo')).toEqual({ progress: saved, problem: null });
  });

  it.each([
    ['a higher version', JSON.stringify({ ...saved, version: 2, somethingNew: [1] })],
    ['a higher version in a shape this version does not know', JSON.stringify({ version: 7, stages: {} })],
    ['this version with a field it does not know', JSON.stringify({ ...saved, reminders: ['2026-12-01'] })],
  ])('keeps a record it cannot read (%s): reported, never deleted, never overwritten', (_, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey('t2'), raw);
    expect(loadProgress(storage, 't2')).toMatchObject({ problem: 'newer', progress: { ticks: [] } });
    expect(storage.getItem(storageKey('t2'))).toBe(raw);
    // Read again (another page, a reload): still there, still reported.
    expect(loadProgress(storage, 't2').problem).toBe('newer');
    // Saving this version's progress over it would lose it: refused, and the record stays as it was.
    expect(saveProgress(storage, 't2', saved)).toBe(false);
    expect(storage.getItem(storageKey('t2'))).toBe(raw);
    expect(storage.getItem(backupKey('t2'))).toBeNull();
    expect(savedCases(storage, ['t2'])).toEqual([]);
    expect(storage.getItem(storageKey('t2'))).toBe(raw);
  });

  it('a corrupt record reset twice keeps the latest copy only (one backup per carrier, bounded)', () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey('t2'), 'first');
    loadProgress(storage, 't2');
    storage.setItem(storageKey('t2'), 'second');
    loadProgress(storage, 't2');
    expect(storage.getItem(backupKey('t2'))).toBe('second');
  });

  it('reports storage the browser refuses instead of failing', () => {
    const refusing = new MemoryStorage();
    refusing.setItem = () => {
      throw new DOMException('QuotaExceededError');
    };
    refusing.getItem = () => {
      throw new DOMException('SecurityError');
    };
    expect(saveProgress(refusing, 't2', saved)).toBe(false);
    expect(loadProgress(refusing, 't2').problem).toBe('unavailable');
    expect(loadProgress(null, 't2').problem).toBe('unavailable');
  });
});

describe('the cancellations started on this device', () => {
  const at = (updatedAt: string): Progress => ({ ...saved, updatedAt });

  it('lists the carriers with saved progress, last saved first, and only those asked about', () => {
    const storage = new MemoryStorage();
    saveProgress(storage, 'airalo', at('2026-11-20T08:00:00.000Z'));
    saveProgress(storage, 't2', at('2026-11-24T08:00:00.000Z'));
    saveProgress(storage, 'holafly', at('2026-11-22T08:00:00.000Z'));
    storage.setItem('unrelated', 'x');
    expect(savedCases(storage, ['airalo', 't2', 'holafly', 'mts']).map((c) => c.carrierId)).toEqual(['t2', 'holafly', 'airalo']);
    expect(savedCases(storage, ['airalo']).map((c) => c.carrierId)).toEqual(['airalo']);
    expect(savedCases(storage, ['t2'])[0].progress).toEqual(at('2026-11-24T08:00:00.000Z'));
  });

  it('leaves out untouched records, and leaves unreadable ones in place for their carrier’s page to report', () => {
    const storage = new MemoryStorage();
    saveProgress(storage, 'airalo', emptyProgress());
    storage.setItem(storageKey('t2'), '{"version":1,');
    saveProgress(storage, 'holafly', saved);
    expect(savedCases(storage, ['airalo', 't2', 'holafly']).map((c) => c.carrierId)).toEqual(['holafly']);
    expect(storage.getItem(storageKey('t2'))).toBe('{"version":1,');
  });

  it.each<[string, Partial<Progress>]>([
    ['answers confirmed', { answersConfirmed: true }],
    ['one answer from a support link', { answers: { planType: 'subscription' } }],
    ['one tick', { ticks: ['common-keep-esim'] }],
    ['a case date', { case: { submittedOn: '2026-11-25' } }],
  ])('counts a record as started with %s', (_, change) => {
    expect(hasStarted(emptyProgress())).toBe(false);
    expect(hasStarted({ ...emptyProgress(), ...change })).toBe(true);
  });

  it('forgets one carrier’s progress and keeps the others', () => {
    const storage = new MemoryStorage();
    saveProgress(storage, 't2', saved);
    saveProgress(storage, 'airalo', saved);
    expect(removeProgress(storage, 't2')).toBe(true);
    expect(savedCases(storage, ['t2', 'airalo']).map((c) => c.carrierId)).toEqual(['airalo']);
  });

  it('copes with storage the browser refuses', () => {
    const refusing = new MemoryStorage();
    refusing.getItem = () => {
      throw new DOMException('SecurityError');
    };
    refusing.removeItem = () => {
      throw new DOMException('SecurityError');
    };
    expect(savedCases(refusing, ['t2'])).toEqual([]);
    expect(savedCases(null, ['t2'])).toEqual([]);
    expect(removeProgress(refusing, 't2')).toBe(false);
    expect(removeProgress(null, 't2')).toBe(false);
  });
});

describe('parseProgress (the browser’s zod-free reader) accepts exactly what ProgressSchema accepts', () => {
  const answer = fc.record(
    Object.fromEntries(QUESTION_IDS.map((q) => [q, fc.constantFrom(...QUESTIONS[q], 'maybe', 42)])) as Record<string, fc.Arbitrary<unknown>>,
    { requiredKeys: [] },
  );
  const nearlyValid = fc.record(
    {
      version: fc.constantFrom(1, 2, '1'),
      answers: fc.oneof(answer, fc.constant(null), fc.constant([])),
      answersConfirmed: fc.oneof(fc.boolean(), fc.constant('yes')),
      ticks: fc.array(fc.oneof(fc.constantFrom('id-document', 'common-move-codes', 'Bad Id', '-x', ''), fc.integer())),
      updatedAt: fc.oneof(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
        fc.constantFrom('2026-11-25', 'yesterday', '2026-11-25T10:00:00+03:00', '2026-13-45T10:00:00Z'),
      ),
      case: fc.oneof(
        fc.record(
          {
            purchasedOn: fc.constantFrom('2026-11-01', '2026-2-1', 20261101),
            submittedOn: fc.constantFrom('2026-11-25', 'soon'),
            reference: fc.constantFrom('SR-2026-001', '№ 45/7', '', ' leading space', '<script>', 'x'.repeat(65)),
            reply: fc.constantFrom('confirmed', 'refused', 'no-answer', 'maybe', 3),
            effectiveOn: fc.constantFrom('2026-12-01', 'next week'),
            refundedOn: fc.constantFrom('2026-12-05', null),
            phone: fc.constant('+79001234567'),
          },
          { requiredKeys: [] },
        ),
        fc.constant(null),
      ),
      extra: fc.constant('x'),
    },
    { requiredKeys: [] },
  );

  it('on structured and arbitrary values', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyValid, fc.anything()), (value) => {
        const byZod = ProgressSchema.safeParse(value).success;
        expect(parseProgress(value) !== null).toBe(byZod);
      }),
      { numRuns: 2000 },
    );
  });
});
