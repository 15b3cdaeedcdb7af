/**
 * MegaFon (Russia). Research: carriers.md §1.0 and §1.2; official-recheck.md §3 and §5 found no official megafon.ru page
 * on ending a contract, so MegaFon has no channels here and every MegaFon-specific rule is low confidence.
 * The only usable guide is an old third-party how-to (kakprosto); SEO-farm pages are not cited. Its "no roaming in the
 * previous two months" condition is probably outdated (carriers.md §1.2) and is not encoded.
 * recheck-2026-11-30.md §2: "you can pay it in the office just before" and "you write an application in the office" are in
 * no source: removed. No official source says "in person only": difficulty "unconfirmed". Note: research/megafon.md.
 * Takes the Russian rule set (lib/carriers/russia.ts), whose sources (e.g. idleFees, t2NoDebt) its rules may cite.
 */
import { abroadCheckVerdict, GAPS, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';
import { russianOperator } from './russia';

export const megafon: CarrierEntry = {
  id: 'megafon',
  ...russianOperator,
  confidence: 'low',
  difficulty: 'unconfirmed',
  officialDomains: [],
  facts: {
    ...GAPS,
    finalBill: { text: 'megafon.factFinalBill', sources: ['oldGuide'], confidence: 'low' },
  },
  sources: {
    oldGuide: source('https://eng.kakprosto.ru/how-77561-how-to-break-a-megaphone', false, READ_IN_FIRST_RESEARCH),
    gosuslugiMegafon: source(
      'https://amulex.ru/daily/news/kak-upravlyat-nomerami-na-portale-gosuslugi-s-pomoshchyu-megafona-bjfj4kf/amp',
      false,
      READ_IN_FIRST_RESEARCH,
    ),
  },
  channels: [],
  verdicts: [
    abroadCheckVerdict('megafon.verdictAbroad', ['oldGuide', 'telephoneRules2024']),
    { id: 'check-with-megafon', verdict: 'check-with-carrier', text: 'megafon.verdict', channels: [], sources: ['oldGuide'], confidence: 'low' },
  ],
  rules: [
    {
      id: 'gosuslugi-block',
      stage: 'confirm-online',
      kind: 'info',
      text: 'megafon.gosuslugiBlock',
      sources: ['gosuslugiMegafon', 'gosuslugiTerminate'],
      confidence: 'low',
    },
    {
      id: 'passport',
      stage: 'gather-materials',
      kind: 'task',
      text: 'megafon.passport',
      when: { answer: 'inCountry', is: 'yes' },
      sources: ['oldGuide'],
      confidence: 'low',
    },
    {
      id: 'power-of-attorney',
      stage: 'gather-materials',
      kind: 'task',
      text: 'megafon.powerOfAttorney',
      when: { answer: 'inCountry', is: 'no' },
      sources: ['oldGuide', 't2NoDebt'],
      confidence: 'low',
    },
    { id: 'balance-destination', stage: 'gather-materials', kind: 'task', text: 'megafon.balanceDestination', sources: ['oldGuide'], confidence: 'low' },
    {
      id: 'office-visit',
      stage: 'submit-request',
      kind: 'task',
      text: 'megafon.officeVisit',
      when: { answer: 'inCountry', is: 'yes' },
      sources: ['oldGuide'],
      confidence: 'low',
    },
    {
      id: 'representative-visit',
      stage: 'submit-request',
      kind: 'task',
      text: 'megafon.representativeVisit',
      when: { answer: 'inCountry', is: 'no' },
      sources: ['oldGuide'],
      confidence: 'low',
    },
    {
      id: 'idle-fee-amount',
      stage: 'check-charges',
      kind: 'info',
      text: 'megafon.idleFeeAmount',
      when: { answer: 'inCountry', is: 'no' },
      sources: ['idleFees'],
      confidence: 'low',
    },
  ],
};
