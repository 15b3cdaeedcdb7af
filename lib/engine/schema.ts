/**
 * The shapes of the engine's data, as zod schemas; the TypeScript types are inferred from them.
 * Server code and tests validate with these; client code imports only the types (`import type`),
 * so zod never reaches the browser.
 */
import { z } from 'zod';
import { QUESTIONS, QUESTION_IDS, type QuestionId } from './questions';
import { CARRIER_REPLIES } from './replies';
import { STAGES } from './stages';
import { LOCALES } from '../i18n/locales';

import {
  CARRIER_KINDS,
  CHANNEL_KINDS,
  CONFIDENCES,
  DIFFICULTIES,
  FACT_IDS,
  PROGRESS_VERSION,
  REFERENCE_PATTERN,
  RULE_KINDS,
  SUPPORT_REF,
  VERDICTS,
} from './terms';

export { CARRIER_KINDS, CHANNEL_KINDS, CONFIDENCES, DIFFICULTIES, FACT_IDS, PROGRESS_VERSION, RULE_KINDS, VERDICTS };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
/** A key into locales/<lang>/carriers.json, e.g. "t2.verdictInStore". */
const textKey = z.string().regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/, 'must be a dotted text key like "t2.storeVisit"');
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by "-"');

export const ConfidenceSchema = z.enum(CONFIDENCES);
export const StageSchema = z.enum(STAGES);

/**
 * Where a fact comes from. `readOn` is the day the page (a stored copy of it) was actually read by the research that
 * cites it; a source nobody read has no `readOn` and is shown as "not read by us".
 */
export const SourceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  official: z.boolean(),
  readOn: isoDate.optional(),
});

/** A condition over the answers, written as data so it can be stored, tested and reviewed. */
export type Condition = { answer: QuestionId; is: string | string[] } | { all: Condition[] } | { any: Condition[] } | { not: Condition };

const answerIs = z
  .strictObject({
    answer: z.enum(QUESTION_IDS as [QuestionId, ...QuestionId[]]),
    is: z.union([z.string(), z.array(z.string()).min(1)]),
  })
  .superRefine((cond, ctx) => {
    const allowed = QUESTIONS[cond.answer] as readonly string[];
    for (const value of Array.isArray(cond.is) ? cond.is : [cond.is]) {
      if (!allowed.includes(value)) {
        ctx.addIssue({ code: 'custom', path: ['is'], message: `"${value}" is not an answer to "${cond.answer}" (allowed: ${allowed.join(', ')})` });
      }
    }
  });

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    answerIs,
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

/** An official way to reach the carrier. Email channels use mailto:, phone channels tel:, the rest https:. */
export const ChannelSchema = z
  .strictObject({
    id,
    kind: z.enum(CHANNEL_KINDS),
    /** Text key naming the channel, e.g. "airalo.channelApp". */
    label: textKey,
    url: z.string(),
    /** Keys into the carrier's sources: where this channel is documented. */
    sources: z.array(z.string()).min(1),
  })
  .superRefine((channel, ctx) => {
    const scheme = channel.kind === 'email' ? 'mailto:' : channel.kind === 'phone' ? 'tel:' : 'https://';
    if (!channel.url.startsWith(scheme)) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: `a ${channel.kind} channel must start with ${scheme} (got "${channel.url}")` });
    }
  });

/** One item of one stage, shown when its condition holds. */
export const RuleSchema = z.strictObject({
  id,
  stage: StageSchema,
  /** task: the traveler ticks it; warning: shown prominently; info: a fact to know. Only tasks are ticked. */
  kind: z.enum(RULE_KINDS),
  text: textKey,
  when: ConditionSchema.optional(),
  /** An official channel of this carrier to link beside the text. */
  channel: z.string().optional(),
  sources: z.array(z.string()).min(1, 'every rule needs at least one source'),
  confidence: ConfidenceSchema,
  /**
   * A task that cannot be ticked until the carrier confirmed the cancellation (and, for a carrier with
   * `refundNeedsEsim`, the refund arrived): removing the eSIM profile. Shown as "cannot start yet" with the reason.
   */
  lockedUntilConfirmed: z.literal(true).optional(),
});

/** The unit a fact's period counts in: calendar days, working days (Monday to Friday) or calendar months. */
export const PERIOD_UNITS = ['days', 'working-days', 'months'] as const;

const factBody = {
  text: textKey,
  /** The length of the period the fact is about (a refund window, a notice period), for dates and reminders. */
  days: z.number().int().positive().optional(),
  /** What `days` counts: calendar days (the default), working days, or months, as the source words it ("6 months"). */
  unit: z.enum(PERIOD_UNITS).optional(),
  sources: z.array(z.string()).min(1, 'every fact needs at least one source'),
  confidence: ConfidenceSchema,
};
const gapBody = { gap: z.literal(true) };

/** One value of a billing fact: its sentence and sources, or a gap the research could not fill ("check with the carrier"). */
export const FactValueSchema = z.union([z.strictObject(gapBody), z.strictObject(factBody)]);

/** One variant of a plan-dependent fact: a value with the condition (over the answers, as in rules) it holds for. */
export const FactVariantSchema = z.union([
  z.strictObject({ when: ConditionSchema.optional(), ...gapBody }),
  z.strictObject({ when: ConditionSchema.optional(), ...factBody }),
]);

/**
 * A billing fact: one value, or variants by the traveler's answers (a subscription's refund window differs from a
 * one-off plan's). The first variant whose `when` holds wins; the last has no `when`, so every set of answers gets one.
 */
export const FactSchema = z.union([
  FactValueSchema,
  z
    .array(FactVariantSchema)
    .min(2, 'a fact with variants needs at least two (else write the value itself)')
    .superRefine((variants, ctx) => {
      variants.forEach((v, i) => {
        const last = i === variants.length - 1;
        if (last && v.when)
          ctx.addIssue({ code: 'custom', path: [i, 'when'], message: 'the last variant must have no condition, so every set of answers gets one' });
        if (!last && !v.when)
          ctx.addIssue({ code: 'custom', path: [i, 'when'], message: 'only the last variant may go without a condition (a later one could never apply)' });
      });
    }),
]);

/** Stage 1's answer: how the plan can be ended. The first verdict whose condition holds wins. */
export const VerdictSchema = z.strictObject({
  id,
  verdict: z.enum(VERDICTS),
  text: textKey,
  when: ConditionSchema.optional(),
  channels: z.array(z.string()),
  sources: z.array(z.string()).min(1, 'every verdict needs at least one source'),
  confidence: ConfidenceSchema,
});

const answersShape = Object.fromEntries(QUESTION_IDS.map((q) => [q, z.enum(QUESTIONS[q] as unknown as [string, ...string[]]).optional()])) as {
  [Q in QuestionId]: z.ZodOptional<z.ZodEnum<{ [V in (typeof QUESTIONS)[Q][number]]: V }>>;
};

export const AnswersSchema = z.strictObject(answersShape);

export const CarrierSchema = z
  .strictObject({
    id,
    /** ISO 3166-1 alpha-2, or null for global sellers. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable(),
    kind: z.enum(CARRIER_KINDS),
    /** The language the carrier works in: letters and statements are written in it. */
    language: z.enum(LOCALES),
    /** The confidence of the carrier entry as a whole (the weakest of its key facts). */
    confidence: ConfidenceSchema,
    difficulty: z.enum(DIFFICULTIES),
    /** Hosts the carrier's official channels live on (subdomains included); a channel elsewhere is refused. */
    officialDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a host name like "tele2.ru"')),
    facts: z.strictObject(Object.fromEntries(FACT_IDS.map((f) => [f, FactSchema])) as Record<(typeof FACT_IDS)[number], typeof FactSchema>),
    /** Answers assumed until the traveler gives their own (also what a page shows without JavaScript). */
    defaults: AnswersSchema,
    sources: z.record(z.string(), SourceSchema),
    channels: z.array(ChannelSchema),
    verdicts: z.array(VerdictSchema).min(1),
    rules: z.array(RuleSchema),
    /** Keys into the sources saying the refund is lost when the eSIM is removed first: the eSIM stays until the refund arrives. */
    refundNeedsEsim: z.array(z.string()).min(1).optional(),
  })
  .superRefine((carrier, ctx) => {
    const sourceKeys = new Set(Object.keys(carrier.sources));
    const channelIds = new Set(carrier.channels.map((c) => c.id));
    const checkRefs = (refs: string[], known: Set<string>, what: string, path: (string | number)[]) => {
      refs.forEach((ref, i) => {
        if (!known.has(ref)) ctx.addIssue({ code: 'custom', path: [...path, i], message: `unknown ${what} "${ref}"` });
      });
    };
    carrier.channels.forEach((c, i) => {
      checkRefs(c.sources, sourceKeys, 'source', ['channels', i, 'sources']);
      const host = channelHost(c.url);
      if (host !== null && !carrier.officialDomains.some((d) => host === d || host.endsWith(`.${d}`))) {
        ctx.addIssue({
          code: 'custom',
          path: ['channels', i, 'url'],
          message: `"${host}" is not one of the carrier's official domains (${carrier.officialDomains.join(', ') || 'none'})`,
        });
      }
    });
    for (const id of FACT_IDS) {
      const fact = carrier.facts[id];
      if (Array.isArray(fact)) fact.forEach((v, i) => 'sources' in v && checkRefs(v.sources, sourceKeys, 'source', ['facts', id, i, 'sources']));
      else if ('sources' in fact) checkRefs(fact.sources, sourceKeys, 'source', ['facts', id, 'sources']);
    }
    carrier.verdicts.forEach((v, i) => {
      checkRefs(v.sources, sourceKeys, 'source', ['verdicts', i, 'sources']);
      checkRefs(v.channels, channelIds, 'channel', ['verdicts', i, 'channels']);
    });
    if (carrier.refundNeedsEsim) checkRefs(carrier.refundNeedsEsim, sourceKeys, 'source', ['refundNeedsEsim']);
    carrier.rules.forEach((r, i) => {
      checkRefs(r.sources, sourceKeys, 'source', ['rules', i, 'sources']);
      if (r.channel) checkRefs([r.channel], channelIds, 'channel', ['rules', i, 'channel']);
    });
    const last = carrier.verdicts.at(-1);
    if (last?.when) {
      ctx.addIssue({
        code: 'custom',
        path: ['verdicts', carrier.verdicts.length - 1, 'when'],
        message: 'the last verdict must have no condition, so every set of answers gets one',
      });
    }
    const seen = new Set<string>();
    carrier.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${r.id}"` });
      seen.add(r.id);
    });
  });

/** The host of a channel URL (https:, or the domain of a mailto: address); null for tel:. */
function channelHost(url: string): string | null {
  if (url.startsWith('tel:')) return null;
  if (url.startsWith('mailto:')) return url.slice('mailto:'.length).split('@')[1]?.split('?')[0]?.toLowerCase() ?? '';
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The dates and reference of the traveler's case (calendar dates in their own time zone). No personal data. */
export const CaseSchema = z.strictObject({
  /** When the plan was bought: starts the refund window. */
  purchasedOn: isoDate.optional(),
  /** When the plan next renews: cancel before it, by the notice period. */
  renewsOn: isoDate.optional(),
  /** When the cancellation request was sent. */
  submittedOn: isoDate.optional(),
  /** The answer date the carrier gave, when its typical processing time is not known. */
  expectedBy: isoDate.optional(),
  /** The carrier's reference number for the request. */
  reference: z.string().regex(REFERENCE_PATTERN).optional(),
  /** The date of a charge that came after cancelling: starts the dispute deadline. */
  chargedOn: isoDate.optional(),
  /** The case reference a support team put in the link they sent (letters, digits, dashes). */
  supportRef: z.string().regex(SUPPORT_REF).optional(),
  /** What the carrier answered (added within version 1; see lib/engine/replies.ts). */
  reply: z.enum(CARRIER_REPLIES).optional(),
  /** With a confirmed answer: the date the cancellation takes effect, as the carrier wrote it. */
  effectiveOn: isoDate.optional(),
  /** The date the refund arrived, where the refund depends on keeping the eSIM until then. */
  refundedOn: isoDate.optional(),
});

/**
 * Progress for one carrier, as kept on the device. No personal data: answers, ticks, the case's dates
 * and reference, and the time of the last change. `case` was added within version 1 (optional, so older records stay valid).
 */
export const ProgressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  answers: AnswersSchema,
  /** The traveler pressed "Save and continue" on stage 1. */
  answersConfirmed: z.boolean(),
  /** Ids of the rules the traveler has ticked. */
  ticks: z.array(id),
  case: CaseSchema.optional(),
  updatedAt: z.iso.datetime(),
});

export type Source = z.infer<typeof SourceSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type FactValue = z.infer<typeof FactValueSchema>;
export type FactVariant = z.infer<typeof FactVariantSchema>;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
export type FactId = (typeof FACT_IDS)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type Channel = z.infer<typeof ChannelSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type Carrier = z.infer<typeof CarrierSchema>;
export type Progress = z.infer<typeof ProgressSchema>;
export type Case = z.infer<typeof CaseSchema>;
export type Confidence = (typeof CONFIDENCES)[number];

/** A one-tap text message a right offers (UK text-to-switch): the keyword goes to a short code, from the phone being closed. */
export const SmsActionSchema = z.strictObject({
  to: z.string().regex(/^\d{3,15}$/, 'must be the digits of a short code or number'),
  body: z.string().regex(/^[A-Z0-9]{1,20}$/, 'must be a keyword of capital letters and digits'),
  /** Text key naming what the message does. */
  label: textKey,
});

/** An official page a right or an escalation body links to (a regulator's page, a complaint form). */
export const RightLinkSchema = z.strictObject({
  url: z.url({ protocol: /^https$/ }),
  label: textKey,
});

/**
 * What a law or a regulator gives the traveler in one country (or market): an item of one stage, applied to
 * every carrier there, sourced and rated like a carrier rule. Its sentence may name the carrier as {{carrier}}.
 */
export const RightSchema = z.strictObject({
  id,
  stage: StageSchema,
  /** Rights are never ticked: warning or info only, so they never change a stage's status. */
  kind: z.enum(['warning', 'info']),
  text: textKey,
  when: ConditionSchema.optional(),
  sms: z.array(SmsActionSchema).optional(),
  link: RightLinkSchema.optional(),
  /** Key into letters.json `basis.*`: the sentence a follow-up letter cites as its legal basis where this right applies. */
  letterBasis: textKey.optional(),
  /** Keys into the file's sources. */
  sources: z.array(z.string()).min(1, 'every right needs at least one source'),
  confidence: ConfidenceSchema,
});

/** One country's (or market's) rights and escalation bodies, as written in lib/rights/<country>.ts. */
export const CountryRightsSchema = z
  .strictObject({
    /** ISO 3166-1 alpha-2 of the country, or a market (see lib/engine/markets.ts). */
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "GB" or a market like "EU"'),
    sources: z.record(z.string(), SourceSchema),
    rights: z.array(RightSchema),
    /** Where to complain when the carrier does not answer; only bodies with an official source that was read. */
    escalation: z.array(RightSchema.extend({ link: RightLinkSchema })),
  })
  .superRefine((file, ctx) => {
    const sourceKeys = new Set(Object.keys(file.sources));
    const seen = new Set<string>();
    for (const list of ['rights', 'escalation'] as const) {
      file[list].forEach((right, i) => {
        right.sources.forEach((ref, j) => {
          if (!sourceKeys.has(ref)) ctx.addIssue({ code: 'custom', path: [list, i, 'sources', j], message: `unknown source "${ref}"` });
        });
        if (seen.has(right.id)) ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `duplicate right id "${right.id}"` });
        seen.add(right.id);
        const official = right.sources.some((ref) => file.sources[ref]?.official && file.sources[ref]?.readOn);
        // A body we send the traveler to, or a right rated high, must rest on an official page somebody read.
        if ((list === 'escalation' || right.confidence === 'high') && !official) {
          ctx.addIssue({
            code: 'custom',
            path: [list, i, 'sources'],
            message: `${list === 'escalation' ? 'an escalation body' : 'a right rated high'} needs at least one official source with a readOn date`,
          });
        }
      });
    }
  });

export type SmsAction = z.infer<typeof SmsActionSchema>;
export type RightLink = z.infer<typeof RightLinkSchema>;
export type CountryRights = z.infer<typeof CountryRightsSchema>;

/** A language tag as the locale folders use them: "en", "zh-CN", "pt-BR". */
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/, 'must be a language tag like "en", "zh-CN" or "pt-BR"');
/** Search words by language: { "zh-CN": ["远游卡"] }. */
const wordsByLanguage = z.record(languageTag, z.array(z.string().trim().min(1, 'must not be empty')).min(1));

/**
 * locales/aliases.json: the words travelers search with besides a carrier's names (former names, brands, short forms,
 * what people call it in their language). `carriers.<id>.<lang>` find one carrier; `countries.<ISO>.<lang>` find every
 * carrier of a country (and the directory then points to identify). Data only: adding words needs no code.
 */
export const AliasesSchema = z.strictObject({
  $comment: z.string().optional(),
  carriers: z.record(id, wordsByLanguage),
  countries: z.record(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 code like "RU"'), wordsByLanguage),
});
export type Aliases = z.infer<typeof AliasesSchema>;
