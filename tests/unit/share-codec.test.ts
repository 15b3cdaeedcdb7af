import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONS, QUESTION_IDS, type Answers } from '@/lib/engine/questions';
import { decodeShare, encodeShare, MAX_QUERY_LENGTH, type SharedState } from '@/lib/share/codec';
import { SharedStateSchema } from '@/lib/share/schema';

/** Any valid shared state: any subset of answers, with or without a reference. */
const validState: fc.Arbitrary<SharedState> = fc
  .record(
    {
      answers: fc.record(Object.fromEntries(QUESTION_IDS.map((q) => [q, fc.constantFrom(...QUESTIONS[q])])) as Record<string, fc.Arbitrary<string>>, {
        requiredKeys: [],
      }),
      ref: fc.stringMatching(/^[A-Za-z0-9-]{1,32}$/),
    },
    { requiredKeys: ['answers'] },
  )
  .map((s) => s as SharedState);

describe('the share-link codec', () => {
  it('writes short readable names, versioned', () => {
    expect(encodeShare({ answers: { planType: 'subscription', inCountry: 'no' }, ref: 'TKT-42' })).toBe('v=1&plan=subscription&here=no&ref=TKT-42');
  });

  it('decodes what it encodes, for every valid state (property)', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { state: decoded, problems } = decodeShare(encodeShare(state));
        expect(problems).toEqual([]);
        const empty = Object.keys(state.answers).length === 0 && !state.ref;
        expect(decoded).toEqual(empty ? null : state);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes any string to a valid state or nothing, and never throws (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webQueryParameters(), fc.string({ unit: 'binary' })), (search) => {
        const { state } = decodeShare(search);
        if (state !== null) expect(SharedStateSchema.safeParse(state).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores, and names, what it cannot use: unknown names, wrong values, repeats, script', () => {
    const decoded = decodeShare('?v=1&plan=subscription&here=maybe&utm_source=x&ref=<script>alert(1)</script>&plan=contract');
    expect(decoded.state).toEqual({ answers: { planType: 'subscription' } satisfies Answers });
    expect(decoded.problems.sort()).toEqual(['bad-value', 'repeated-parameter', 'unknown-parameter']);
  });

  it('uses nothing from a future version or an oversized query', () => {
    expect(decodeShare('v=2&plan=subscription')).toEqual({ state: null, problems: ['unknown-version'] });
    expect(decodeShare(`v=1&plan=subscription&pad=${'x'.repeat(MAX_QUERY_LENGTH)}`)).toEqual({ state: null, problems: ['too-long'] });
    expect(decodeShare('')).toEqual({ state: null, problems: [] });
  });

  it('keeps old links working: a link without a version is read as version 1', () => {
    expect(decodeShare('plan=contract').state).toEqual({ answers: { planType: 'contract' } });
  });
});
