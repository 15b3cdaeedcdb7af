/**
 * Yota (Russia, MegaFon group). Research: carriers.md §1.0 and §1.5; official-recheck.md §7 found no official yota.ru page
 * on ending a contract or returning the balance, and only SEO-farm pages that contradict each other (not cited).
 * No channels; difficulty "hard" (unverified, no clear channel); every rule is low confidence.
 * recheck-2026-11-30.md §2: "an unused number is blocked and lost" rests on a third-party page: hedged. Note: research/yota.md.
 * Takes the Russian rule set (lib/carriers/russia.ts), whose sources (idleFees, t2NoDebt, telephoneRules2024) its rules cite.
 */
import { abroadCheckVerdict, GAPS, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';
import { russianOperator } from './russia';

export const yota: CarrierEntry = {
  id: 'yota',
  ...russianOperator,
  confidence: 'low',
  difficulty: 'hard',
  officialDomains: [],
  facts: GAPS,
  sources: {
    activityRule: source('https://ulyanovsk.topnomer.ru/news/izmenilis-pravila-blokirovki-neaktivnyh-simok-na-yota.html', false, READ_IN_FIRST_RESEARCH),
  },
  channels: [],
  verdicts: [
    abroadCheckVerdict('yota.verdictAbroad', ['telephoneRules2024', 'activityRule']),
    { id: 'check-with-yota', verdict: 'check-with-carrier', text: 'yota.verdict', channels: [], sources: ['telephoneRules2024'], confidence: 'low' },
  ],
  rules: [
    { id: 'activity-rule', stage: 'confirm-online', kind: 'info', text: 'yota.activityRule', sources: ['activityRule'], confidence: 'low' },
    { id: 'ask-first', stage: 'gather-materials', kind: 'task', text: 'yota.askFirst', sources: ['telephoneRules2024', 't2NoDebt'], confidence: 'low' },
    { id: 'end-as-told', stage: 'submit-request', kind: 'task', text: 'yota.endAsTold', sources: ['telephoneRules2024'], confidence: 'low' },
    {
      id: 'representative',
      stage: 'submit-request',
      kind: 'task',
      text: 'yota.representative',
      when: { answer: 'inCountry', is: 'no' },
      sources: ['t2NoDebt'],
      confidence: 'low',
    },
    { id: 'idle-fee', stage: 'check-charges', kind: 'info', text: 'yota.idleFee', sources: ['idleFees', 'activityRule'], confidence: 'low' },
  ],
};
