import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARRIERS } from '@/lib/carriers';
import { QUESTIONS, QUESTION_IDS } from '@/lib/engine/questions';
import { ProgressSchema, type Progress } from '@/lib/engine/schema';
import { STAGES, STAGE_STATUSES } from '@/lib/engine/stages';
import { caseCard, caseFragment, caseLink, caseToJson, decodeCase, MAX_CASE_LENGTH, type CaseExport } from '@/lib/share/case';

// The machine running CI is shared and slow: property tests get a generous timeout.
const PROPERTY_TIMEOUT = 120_000;
const IDS = CARRIERS.map((c) => c.id);
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Any valid progress record (as ProgressSchema accepts it), including non-Latin references. */
const validProgress: fc.Arbitrary<Progress> = fc.record(
  {
    version: fc.constant(1 as const),
    answers: fc.record(Object.fromEntries(QUESTION_IDS.map((q) => [q, fc.constantFrom(...QUESTIONS[q])])) as Record<string, fc.Arbitrary<string>>, {
      requiredKeys: [],
    }),
    answersConfirmed: fc.boolean(),
    ticks: fc.array(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), { maxLength: 30 }),
    case: fc.record(
      {
        purchasedOn: isoDate,
        renewsOn: isoDate,
        submittedOn: isoDate,
        expectedBy: isoDate,
        chargedOn: isoDate,
        reference: fc.constantFrom('12345', 'SR-2026-001', '45/7 №', '工单 88', 'Заявка 7'),
        supportRef: fc.stringMatching(/^[A-Za-z0-9-]{1,32}$/),
      },
      { requiredKeys: [] },
    ),
    updatedAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  },
  { requiredKeys: ['version', 'answers', 'answersConfirmed', 'ticks', 'updatedAt'] },
) as fc.Arbitrary<Progress>;

const validExport: fc.Arbitrary<CaseExport> = fc.record({
  version: fc.constant(1 as const),
  carrier: fc.constantFrom(...IDS),
  stages: fc.record(Object.fromEntries(STAGES.map((s) => [s, fc.constantFrom(...STAGE_STATUSES)])) as Record<string, fc.Arbitrary<string>>, {
    requiredKeys: [],
  }),
  progress: validProgress,
}) as fc.Arbitrary<CaseExport>;

const sample: CaseExport = {
  version: 1,
  carrier: 'airalo',
  stages: { 'confirm-online': 'done', 'submit-request': 'in-progress' },
  progress: {
    version: 1,
    answers: { planType: 'one-off' },
    answersConfirmed: true,
    ticks: ['delete-esim'],
    case: { submittedOn: '2026-11-02', reference: 'SR-1', supportRef: 'TKT-9' },
    updatedAt: '2026-11-30T10:00:00.000Z',
  },
};
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('the case export', () => {
  it('reads back what it writes, as a file, a fragment, a link and inside a case card (property)', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(validExport, (value) => {
        expect(ProgressSchema.safeParse(value.progress).success).toBe(true);
        for (const text of [
          caseToJson(value),
          caseFragment(value),
          caseLink('https://example.org', 'ru', value),
          `Case\n- x: y\nOpen: ${caseLink('https://example.org', 'ru', value)}`,
        ]) {
          expect(decodeCase(text, IDS)).toEqual({ ok: true, value });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and whatever it accepts is a valid progress record of a known carrier (property)', { timeout: PROPERTY_TIMEOUT }, () => {
    const jsonish = fc.jsonValue().map((v) => JSON.stringify(v));
    const mutatedExport = fc
      .tuple(validExport, fc.string(), fc.string())
      .map(([v, key, junk]) => JSON.stringify({ ...JSON.parse(caseToJson(v)), [key]: junk }));
    const mutatedProgress = fc
      .tuple(validExport, fc.string(), fc.jsonValue())
      .map(([v, key, junk]) => caseToJson({ ...v, progress: { ...v.progress, [key]: junk } as Progress }));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          jsonish,
          mutatedExport,
          mutatedProgress,
          jsonish.map((j) => `#case=${b64(j)}`),
          fc.anything(),
        ),
        (input) => {
          const decoded = decodeCase(input, IDS);
          if (decoded.ok) {
            expect(ProgressSchema.safeParse(decoded.value.progress).success).toBe(true);
            expect(IDS).toContain(decoded.value.carrier);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('says why it cannot read bad input', () => {
    const json = caseToJson(sample);
    expect(decodeCase('', IDS)).toEqual({ ok: false, problem: 'empty' });
    expect(decodeCase('{not json', IDS)).toEqual({ ok: false, problem: 'corrupt' });
    expect(decodeCase('#case=!!!', IDS)).toEqual({ ok: false, problem: 'corrupt' });
    expect(decodeCase(`#case=${b64('\u0000garbage')}`, IDS)).toEqual({ ok: false, problem: 'corrupt' });
    expect(decodeCase(json.replace('"esimExitCase":1', '"esimExitCase":2'), IDS)).toEqual({ ok: false, problem: 'newer' });
    expect(decodeCase(json.replace('"version":1', '"version":2'), IDS)).toEqual({ ok: false, problem: 'newer' });
    expect(decodeCase(json.replace('"carrier":"airalo"', '"carrier":"evil-carrier"'), IDS)).toEqual({ ok: false, problem: 'unknown-carrier' });
    expect(decodeCase(json.replace('"carrier":"airalo"', '"carrier":"__proto__"'), IDS)).toEqual({ ok: false, problem: 'unknown-carrier' });
    expect(decodeCase(' '.repeat(10) + 'x'.repeat(MAX_CASE_LENGTH + 1), IDS)).toEqual({ ok: false, problem: 'too-large' });
    // Hostile: markup where a reference goes, a name smuggled into the case, a status that does not exist.
    expect(decodeCase(json.replace('"SR-1"', '"<img src=x onerror=alert(1)>"'), IDS)).toEqual({ ok: false, problem: 'corrupt' });
    expect(decodeCase(json.replace('"supportRef"', '"fullName":"Ann Lee","supportRef"'), IDS)).toEqual({ ok: false, problem: 'corrupt' });
    expect(decodeCase(json.replace('"in-progress"', '"hacked"'), IDS)).toEqual({ ok: false, problem: 'corrupt' });
    expect(decodeCase(json.replace('"esimExitCase":1', '"esimExitCase":1,"extra":1'), IDS)).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('exports every field of the record, so a field the parser learns later travels without a list to update', () => {
    expect(JSON.parse(caseToJson(sample)).progress).toEqual(sample.progress);
  });

  it('writes a short case card ending with the link', () => {
    const labels = {
      title: 'Case: {{carrier}}',
      stageNames: Object.fromEntries(STAGES.map((s) => [s, s.toUpperCase()])) as never,
      statuses: Object.fromEntries(STAGE_STATUSES.map((s) => [s, `<${s}>`])) as never,
      fields: { submittedOn: 'Sent on', reference: 'Carrier reference', supportRef: 'Support reference' },
      values: {},
      open: 'Open: {{link}}',
      line: '{{label}}: {{value}}',
    };
    const card = caseCard(sample, 'Airalo', labels, 'https://x/en/#case=abc');
    expect(card).toBe(
      [
        'Case: Airalo',
        '- CONFIRM-ONLINE: <done>',
        '- SUBMIT-REQUEST: <in-progress>',
        'Sent on: 2026-11-02',
        'Carrier reference: SR-1',
        'Support reference: TKT-9',
        'Open: https://x/en/#case=abc',
      ].join('\n'),
    );
  });
});
