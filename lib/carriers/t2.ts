/**
 * T2 (Tele2 Russia). Research: shared/research/carriers.md §1.4, confirmed by official-recheck.md §1.
 * recheck-2026-11-30.md §2 (wins): "no online way" ignored Gosuslugi (which offers blocking a number, not confirmed to end
 * the contract); "cash is not offered" came from a third party (tellcall), not the official page, which lists a bank
 * account or another T2 number for the balance; the representative's "own identity document" is our inference and is
 * said so; the official page also mentions a memo on drafting the power of attorney. The official page is the only
 * procedure found, so the difficulty stays "in-person-only". Note: research/t2.md.
 * Takes the Russian rule set (lib/carriers/russia.ts), whose sources (e.g. idleFees) its rules may cite.
 */
import { GAPS, READ_IN_RECHECK, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';
import { russianOperator } from './russia';

export const t2: CarrierEntry = {
  id: 't2',
  ...russianOperator,
  confidence: 'high',
  difficulty: 'in-person-only',
  officialDomains: ['tele2.ru'],
  facts: {
    ...GAPS,
    processingTime: { text: 't2.factProcessingTime', sources: ['refundTiming'], confidence: 'low' },
    finalBill: { text: 't2.factFinalBill', sources: ['termination'], confidence: 'high' },
  },
  sources: {
    termination: source('https://lipetsk.tele2.ru/help/article/contract-termination', true, READ_IN_RECHECK),
    reRegistration: source('https://kursk.tele2.ru/help/article/contract-renewal', true, READ_IN_FIRST_RESEARCH),
    refundTiming: source('https://tellcall.ru/en/uslugi-i-tarify/dogovor-tele2-s-abonentom.html', false, READ_IN_FIRST_RESEARCH),
  },
  channels: [
    { id: 'store', kind: 'store', label: 't2.channelStore', url: 'https://lipetsk.tele2.ru/help/article/contract-termination', sources: ['termination'] },
  ],
  verdicts: [
    {
      id: 'in-store',
      verdict: 'in-person',
      text: 't2.verdictInStore',
      when: { answer: 'inCountry', is: 'yes' },
      channels: ['store'],
      sources: ['termination'],
      confidence: 'high',
    },
    { id: 'by-proxy', verdict: 'proxy', text: 't2.verdictProxy', channels: ['store'], sources: ['termination'], confidence: 'high' },
  ],
  rules: [
    {
      id: 'id-document',
      stage: 'gather-materials',
      kind: 'task',
      text: 't2.idDocument',
      when: { answer: 'inCountry', is: 'yes' },
      sources: ['termination'],
      confidence: 'high',
    },
    {
      id: 'power-of-attorney',
      stage: 'gather-materials',
      kind: 'task',
      text: 't2.powerOfAttorney',
      when: { answer: 'inCountry', is: 'no' },
      sources: ['termination', 'reRegistration'],
      confidence: 'high',
    },
    { id: 'balance-destination', stage: 'gather-materials', kind: 'task', text: 't2.balanceDestination', sources: ['termination'], confidence: 'high' },
    {
      id: 'store-visit',
      stage: 'submit-request',
      kind: 'task',
      text: 't2.storeVisit',
      when: { answer: 'inCountry', is: 'yes' },
      channel: 'store',
      sources: ['termination'],
      confidence: 'high',
    },
    {
      id: 'representative-visit',
      stage: 'submit-request',
      kind: 'task',
      text: 't2.representativeVisit',
      when: { answer: 'inCountry', is: 'no' },
      channel: 'store',
      sources: ['termination'],
      confidence: 'high',
    },
    { id: 'refund-timing', stage: 'track-review', kind: 'info', text: 't2.refundTiming', sources: ['refundTiming'], confidence: 'low' },
    { id: 'not-refunded', stage: 'check-charges', kind: 'info', text: 't2.notRefunded', sources: ['termination'], confidence: 'high' },
    {
      id: 'idle-fee-amount',
      stage: 'check-charges',
      kind: 'info',
      text: 't2.idleFeeAmount',
      when: { answer: 'inCountry', is: 'no' },
      sources: ['idleFees'],
      confidence: 'low',
    },
  ],
};
