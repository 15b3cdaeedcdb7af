import { describe, expect, it } from 'vitest';
import { matches } from '@/lib/engine/condition';
import type { Answers } from '@/lib/engine/questions';
import { ConditionSchema } from '@/lib/engine/schema';

const answers: Answers = { inCountry: 'no', planType: 'subscription' };

describe('conditions over answers', () => {
  it('holds with no condition at all', () => {
    expect(matches(undefined, {})).toBe(true);
  });

  it('{ answer, is } compares one answer with one value or a list of values', () => {
    expect(matches({ answer: 'inCountry', is: 'no' }, answers)).toBe(true);
    expect(matches({ answer: 'inCountry', is: 'yes' }, answers)).toBe(false);
    expect(matches({ answer: 'planType', is: ['contract', 'subscription'] }, answers)).toBe(true);
    expect(matches({ answer: 'planType', is: ['contract', 'one-off'] }, answers)).toBe(false);
  });

  it('all needs every part, any needs one part, not inverts', () => {
    const inCountryNo = { answer: 'inCountry', is: 'no' } as const;
    const contract = { answer: 'planType', is: 'contract' } as const;
    expect(matches({ all: [inCountryNo, { answer: 'planType', is: 'subscription' }] }, answers)).toBe(true);
    expect(matches({ all: [inCountryNo, contract] }, answers)).toBe(false);
    expect(matches({ any: [contract, inCountryNo] }, answers)).toBe(true);
    expect(matches({ any: [contract, { answer: 'inCountry', is: 'yes' }] }, answers)).toBe(false);
    expect(matches({ not: contract }, answers)).toBe(true);
    expect(matches({ not: { any: [contract, inCountryNo] } }, answers)).toBe(false);
  });

  it('an unanswered question matches no value, so `not` of it holds', () => {
    expect(matches({ answer: 'payment', is: ['card', 'app-store', 'direct-debit', 'balance', 'not-sure'] }, answers)).toBe(false);
    expect(matches({ not: { answer: 'payment', is: 'card' } }, answers)).toBe(true);
  });

  it('the schema rejects a value the question does not accept, and an unknown question', () => {
    const badValue = ConditionSchema.safeParse({ answer: 'inCountry', is: 'maybe' });
    expect(badValue.success).toBe(false);
    expect(badValue.error?.issues[0].message).toContain('"maybe" is not an answer to "inCountry"');
    expect(ConditionSchema.safeParse({ answer: 'favouriteColour', is: 'blue' }).success).toBe(false);
    expect(ConditionSchema.safeParse({ all: [] }).success).toBe(false);
    expect(ConditionSchema.safeParse({ not: { any: [{ answer: 'hasNumber', is: ['yes', 'not-sure'] }] } }).success).toBe(true);
  });
});
