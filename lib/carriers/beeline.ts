/**
 * Beeline (Russia). Research: carriers.md §1.0 and §1.3; official-recheck.md §6 found no official beeline.ru page on
 * ending a contract, and showed that the one third-party guide (tellcall.ru) is about Beeline home internet/TV, not mobile:
 * "do not use without an official source". So its claims (passport, notarised proxy, no cash, 8-800 number) are not
 * encoded; the guide is cited only where a sentence says what it is. No channels; every rule is low confidence.
 * recheck-2026-11-30.md §2: no official source says "in person only": difficulty "unconfirmed". Note: research/beeline.md.
 * Takes the Russian rule set (lib/carriers/russia.ts), whose sources (idleFees, t2NoDebt, telephoneRules2024) its rules cite.
 */
import { abroadCheckVerdict, GAPS, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';
import { russianOperator } from './russia';

export const beeline: CarrierEntry = {
  id: 'beeline',
  ...russianOperator,
  confidence: 'low',
  difficulty: 'unconfirmed',
  officialDomains: [],
  facts: GAPS,
  sources: {
    homeInternetGuide: source('https://tellcall.ru/en/bilajn/kak-razorvat-dogovor-s.html', false, READ_IN_FIRST_RESEARCH),
  },
  channels: [],
  verdicts: [
    abroadCheckVerdict('beeline.verdictAbroad', ['homeInternetGuide', 'telephoneRules2024']),
    {
      id: 'check-with-beeline',
      verdict: 'check-with-carrier',
      text: 'beeline.verdict',
      channels: [],
      sources: ['homeInternetGuide', 't2NoDebt'],
      confidence: 'low',
    },
  ],
  rules: [
    { id: 'ask-first', stage: 'gather-materials', kind: 'task', text: 'beeline.askFirst', sources: ['t2NoDebt'], confidence: 'low' },
    {
      id: 'power-of-attorney',
      stage: 'gather-materials',
      kind: 'task',
      text: 'beeline.powerOfAttorney',
      when: { answer: 'inCountry', is: 'no' },
      sources: ['t2NoDebt'],
      confidence: 'low',
    },
    {
      id: 'end-as-told',
      stage: 'submit-request',
      kind: 'task',
      text: 'beeline.endAsTold',
      when: { answer: 'inCountry', is: 'yes' },
      sources: ['telephoneRules2024'],
      confidence: 'low',
    },
    {
      id: 'representative-visit',
      stage: 'submit-request',
      kind: 'task',
      text: 'beeline.representativeVisit',
      when: { answer: 'inCountry', is: 'no' },
      sources: ['t2NoDebt'],
      confidence: 'low',
    },
    {
      id: 'idle-fee-amount',
      stage: 'check-charges',
      kind: 'info',
      text: 'beeline.idleFeeAmount',
      when: { answer: 'inCountry', is: 'no' },
      sources: ['idleFees'],
      confidence: 'low',
    },
  ],
};
