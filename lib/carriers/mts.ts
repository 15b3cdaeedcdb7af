/**
 * MTS (Russia). Research: carriers.md §1.1; official-recheck.md §4 found no official page on ending a contract,
 * so every MTS-specific rule is low confidence and tells the traveler to check with MTS.
 * mts.by is MTS Belarus, a different company: never cite it here.
 * recheck-2026-11-30.md §2 (wins): the processing time ("immediate in a store, up to 10 working days postpaid") and the
 * USSD code *152*2# come from a table also found on an SEO farm; the graph.org page only says termination can't be done
 * fully remotely: both are gaps now. mts.ru was never read: it stays a channel (the official domain), with no date.
 * No official source says "in person only", so the difficulty is "unconfirmed". Note: research/mts.md.
 */
import { GAPS, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';
import { russianOperator } from './russia';

export const mts: CarrierEntry = {
  id: 'mts',
  ...russianOperator,
  confidence: 'low',
  difficulty: 'unconfirmed',
  officialDomains: ['mts.ru'],
  facts: {
    ...GAPS,
    autoTopUp: { text: 'mts.factAutoTopUp', sources: ['remoteGuide'], confidence: 'low' },
  },
  sources: {
    remoteGuide: source('https://graph.org/Kak-Rastorgnut-Dogovor-s-MTS-Distancionno-Polnoe-Rukovodstvo-11-02', false, READ_IN_FIRST_RESEARCH),
    officialSite: source('https://mts.ru/', true, null),
  },
  channels: [{ id: 'website', kind: 'web', label: 'mts.channelWebsite', url: 'https://mts.ru/', sources: ['officialSite'] }],
  verdicts: [
    {
      id: 'check-with-mts',
      verdict: 'check-with-carrier',
      text: 'mts.verdict',
      channels: ['website'],
      sources: ['remoteGuide', 'officialSite'],
      confidence: 'low',
    },
  ],
  rules: [
    {
      id: 'passport',
      stage: 'gather-materials',
      kind: 'task',
      text: 'mts.passport',
      when: { answer: 'inCountry', is: 'yes' },
      sources: ['remoteGuide'],
      confidence: 'low',
    },
    {
      id: 'power-of-attorney',
      stage: 'gather-materials',
      kind: 'task',
      text: 'mts.powerOfAttorney',
      when: { answer: 'inCountry', is: 'no' },
      sources: ['remoteGuide'],
      confidence: 'low',
    },
    { id: 'bank-details', stage: 'gather-materials', kind: 'task', text: 'mts.bankDetails', sources: ['remoteGuide'], confidence: 'low' },
    { id: 'subscriptions', stage: 'gather-materials', kind: 'task', text: 'mts.subscriptions', sources: ['remoteGuide'], confidence: 'low' },
    {
      id: 'autopay',
      stage: 'submit-request',
      kind: 'task',
      text: 'mts.autopay',
      when: { answer: 'payment', is: ['card', 'not-sure'] },
      sources: ['remoteGuide'],
      confidence: 'low',
    },
    { id: 'store-visit', stage: 'submit-request', kind: 'task', text: 'mts.storeVisit', channel: 'website', sources: ['remoteGuide'], confidence: 'low' },
    { id: 'ask-end-date', stage: 'track-review', kind: 'info', text: 'mts.askEndDate', channel: 'website', sources: ['remoteGuide'], confidence: 'low' },
  ],
};
