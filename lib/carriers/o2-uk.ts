/**
 * O2 UK (Virgin Media O2, UK operator). Research: research/o2-uk.md, pages read 2026-11-30 in stored copies.
 * Official: two versions of O2's "Leaving O2" help page (call 202 and give 30 days' notice; pay outstanding charges
 * first; pay-as-you-go credit refund on request after a switch; change your mind during the notice; PAC valid 30 days,
 * the account closes once it is used; contract lengths and O2 Refresh's Device Plan). PAC/STAC text-to-switch and the
 * UK rights come from lib/rights/gb.ts by country. The O2 Community guides are users' posts: not used.
 */
import { GAPS, source, type CarrierEntry } from './define';

export const o2Uk: CarrierEntry = {
  id: 'o2-uk',
  country: 'GB',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'high',
  difficulty: 'medium',
  officialDomains: ['o2.co.uk'],
  defaults: { boughtFrom: 'carrier-online', planType: 'contract', payment: 'direct-debit', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    noticePeriod: { text: 'o2Uk.factNoticePeriod', days: 30, sources: ['leavingO2', 'leavingO2Help'], confidence: 'high' },
    finalBill: { text: 'o2Uk.factFinalBill', sources: ['leavingO2'], confidence: 'high' },
  },
  sources: {
    leavingO2: source('https://www.o2.co.uk/finalbillrefund', true, '2026-11-30'),
    leavingO2Help: source('https://www.o2.co.uk/help/account-and-billing/leaving-o2', true, '2026-11-30'),
  },
  channels: [
    {
      id: 'leaving-o2',
      kind: 'web',
      label: 'o2Uk.channelLeavingO2',
      url: 'https://www.o2.co.uk/help/account-and-billing/leaving-o2',
      sources: ['leavingO2Help'],
    },
    { id: 'phone', kind: 'phone', label: 'o2Uk.channelPhone', url: 'tel:202', sources: ['leavingO2'] },
  ],
  verdicts: [{ id: 'call-202', verdict: 'phone', text: 'o2Uk.verdictCall202', channels: ['phone', 'leaving-o2'], sources: ['leavingO2'], confidence: 'high' }],
  rules: [
    {
      id: 'contract-end',
      stage: 'gather-materials',
      kind: 'task',
      text: 'o2Uk.contractEnd',
      when: { answer: 'planType', is: ['contract', 'not-sure'] },
      sources: ['leavingO2Help'],
      confidence: 'high',
    },
    { id: 'pay-outstanding', stage: 'gather-materials', kind: 'task', text: 'o2Uk.payOutstanding', sources: ['leavingO2'], confidence: 'high' },
    { id: 'call-to-cancel', stage: 'submit-request', kind: 'task', text: 'o2Uk.callToCancel', channel: 'phone', sources: ['leavingO2'], confidence: 'high' },
    {
      id: 'pac-account-closes',
      stage: 'submit-request',
      kind: 'info',
      text: 'o2Uk.pacAccountCloses',
      when: { answer: 'hasNumber', is: ['yes', 'not-sure'] },
      sources: ['leavingO2Help'],
      confidence: 'high',
    },
    { id: 'notice', stage: 'track-review', kind: 'info', text: 'o2Uk.notice', sources: ['leavingO2', 'leavingO2Help'], confidence: 'high' },
    {
      id: 'payg-refund',
      stage: 'check-charges',
      kind: 'task',
      text: 'o2Uk.paygRefund',
      when: { answer: 'planType', is: ['pay-as-you-go', 'not-sure'] },
      channel: 'leaving-o2',
      sources: ['leavingO2'],
      confidence: 'high',
    },
  ],
};
