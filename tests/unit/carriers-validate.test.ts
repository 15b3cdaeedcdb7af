import { describe, expect, it } from 'vitest';
import { airalo } from '@/lib/carriers/airalo';
import { CATALOGUE } from '@/lib/carriers/catalogue';
import type { CarrierEntry } from '@/lib/carriers/define';
import { generic } from '@/lib/carriers/generic';
import { holafly } from '@/lib/carriers/holafly';
import { russianRules } from '@/lib/carriers/russia';
import { t2 } from '@/lib/carriers/t2';
import { tMobileUs } from '@/lib/carriers/t-mobile-us';
import { formatProblem, validateCatalogue, type CatalogueEntry } from '@/lib/carriers/validate';
import { flatten } from '@/lib/i18n/flatten';
import enCarriers from '@/locales/en/carriers.json';

const EN = new Set(Object.keys(flatten(enCarriers)));

/** The messages the validator gives for a catalogue of these entries. */
function messagesFor(...entries: CatalogueEntry[]): string[] {
  return validateCatalogue(entries, EN).problems.map(formatProblem);
}

const file = 'lib/carriers/t2.ts';
const withT2 = (entry: CarrierEntry): CatalogueEntry => [file, entry, [russianRules]];

describe('the carrier validator', () => {
  it('passes the shipped catalogue', () => {
    expect(validateCatalogue(CATALOGUE, EN).problems).toEqual([]);
  });

  it('names a schema error by file, carrier and field', () => {
    expect(messagesFor(withT2({ ...t2, difficulty: 'trivial' as never }))).toEqual([expect.stringMatching(/^lib\/carriers\/t2\.ts: t2: difficulty: /)]);
  });

  it('names a rule whose text key is missing from locales/en', () => {
    const rules = [{ ...t2.rules[0], text: 't2.noSuchSentence' }, ...t2.rules.slice(1)];
    expect(messagesFor(withT2({ ...t2, rules }))).toEqual([
      'lib/carriers/t2.ts: t2: rules.0.text (id-document): text key "t2.noSuchSentence" is not in locales/en/carriers.json',
    ]);
  });

  it('names a non-https link and a link off the official domains, each on its own', () => {
    const channels = [
      { ...t2.channels[0], url: 'http://lipetsk.tele2.ru/help' },
      { ...t2.channels[0], id: 'mirror', url: 'https://tele2-help.example.com/' },
    ];
    expect(messagesFor(withT2({ ...t2, channels }))).toEqual([
      'lib/carriers/t2.ts: t2: channels.0.url: a store channel must start with https:// (got "http://lipetsk.tele2.ru/help")',
      'lib/carriers/t2.ts: t2: channels.1.url: "tele2-help.example.com" is not one of the carrier\'s official domains (tele2.ru, gosuslugi.ru)',
    ]);
  });

  it('names a source whose read date is not a date', () => {
    const sources = {
      ...t2.sources,
      termination: { url: t2.sources.termination.url, official: true, readOn: 'last week' },
    } as unknown as CarrierEntry['sources'];
    expect(messagesFor(withT2({ ...t2, sources }))).toEqual([expect.stringMatching(/t2: sources\.termination\.readOn: /)]);
  });

  it('names duplicate carrier ids and duplicate rule ids', () => {
    expect(messagesFor(['lib/carriers/airalo.ts', airalo, []], ['lib/carriers/airalo-copy.ts', airalo, []])).toEqual([
      'lib/carriers/airalo-copy.ts: airalo: id: duplicate carrier id, also used by lib/carriers/airalo.ts',
    ]);
    expect(messagesFor(['lib/carriers/holafly.ts', { ...holafly, rules: [holafly.rules[0], holafly.rules[0]] }, []])).toEqual([
      `lib/carriers/holafly.ts: holafly: rules.1.id: duplicate rule id "${holafly.rules[0].id}"`,
    ]);
  });

  it('names a rule with no source and a fact with no source', () => {
    const rules = [{ ...t2.rules[0], sources: [] }, ...t2.rules.slice(1)];
    expect(messagesFor(withT2({ ...t2, rules }))).toEqual(['lib/carriers/t2.ts: t2: rules.0.sources: every rule needs at least one source']);
    const facts = { ...airalo.facts, refundWindow: { text: 'airalo.factRefundWindow', days: 14, sources: [], confidence: 'high' as const } };
    expect(messagesFor(['lib/carriers/airalo.ts', { ...airalo, facts }, []])).toEqual([
      'lib/carriers/airalo.ts: airalo: facts.refundWindow.sources: every fact needs at least one source',
    ]);
  });

  it('names a shared rule set that redefines one of the carrier’s source keys', () => {
    const clash = { ...t2, sources: { ...t2.sources, idleFees: t2.sources.termination } };
    expect(messagesFor(withT2(clash))).toEqual([
      'lib/carriers/t2.ts: t2: sources: t2: source key "idleFees" is defined twice (in the carrier and in a shared rule set)',
    ]);
  });

  it('reports every problem of every carrier, not just the first', () => {
    const badT2 = withT2({ ...t2, rules: [{ ...t2.rules[0], sources: [] }], difficulty: 'trivial' as never });
    const badAiralo: CatalogueEntry = [
      'lib/carriers/airalo.ts',
      { ...airalo, verdicts: [{ ...airalo.verdicts[0], text: 'airalo.gone' }, ...airalo.verdicts.slice(1)] },
      [],
    ];
    const messages = messagesFor(badAiralo, badT2);
    expect(messages).toHaveLength(3);
    expect(new Set(messages.map((m) => m.split(':')[0]))).toEqual(new Set(['lib/carriers/t2.ts', 'lib/carriers/airalo.ts']));
  });

  it('names an entry out of order, and "generic" anywhere but last', () => {
    const airaloEntry: CatalogueEntry = ['lib/carriers/airalo.ts', airalo, []];
    const genericEntry: CatalogueEntry = ['lib/carriers/generic.ts', generic, []];
    expect(messagesFor(airaloEntry, withT2(t2), genericEntry)).toEqual([]);
    expect(messagesFor(withT2(t2), airaloEntry, genericEntry)).toEqual([
      'lib/carriers/airalo.ts: airalo: id: out of order: "airalo" comes after "t2" in lib/carriers/catalogue.ts; keep it sorted by id',
    ]);
    expect(messagesFor(airaloEntry, genericEntry, withT2(t2))).toEqual([
      'lib/carriers/generic.ts: generic: id: "generic" must be the catalogue\'s last entry (lib/carriers/catalogue.ts)',
    ]);
    // Code-unit order, the same on every machine: "t-mobile-us" before "t2" ("-" before "2").
    expect(messagesFor(['lib/carriers/t-mobile-us.ts', tMobileUs, []], withT2(t2))).toEqual([]);
  });

  it('names each later stage with no task for the carrier’s usual answers', () => {
    // On its own (without the rule sets every carrier takes), the generic carrier asks only for details and a request.
    const alone = validateCatalogue([['lib/carriers/generic.ts', generic, []]], EN, []).problems.map(formatProblem);
    expect(alone).toEqual([
      'lib/carriers/generic.ts: generic: rules: stage "track-review" has no task for the carrier\'s usual answers (defaults): add a rule of kind "task" for it',
      'lib/carriers/generic.ts: generic: rules: stage "check-charges" has no task for the carrier\'s usual answers (defaults): add a rule of kind "task" for it',
    ]);
    // A task that applies only to other answers does not count.
    const onlyAbroad = {
      ...generic,
      rules: [
        ...generic.rules,
        { ...generic.rules[0], id: 'abroad-only', stage: 'track-review' as const, when: { answer: 'inCountry' as const, is: 'no' as const } },
      ],
    };
    expect(validateCatalogue([['lib/carriers/generic.ts', onlyAbroad, []]], EN, []).problems.map((p) => p.message)).toHaveLength(2);
  });
});
