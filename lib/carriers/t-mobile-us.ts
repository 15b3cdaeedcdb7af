/**
 * T-Mobile US (US postpaid operator). Research: carriers.md §4.1 and §9 rule 6 (official-recheck.md has no T-Mobile section).
 * Official: cancellations cannot be completed online; they are future-dated to the end of the bill cycle;
 * remaining EIP balances fall due on the final bill; the account number is "located at the top right corner of your bill"
 * (recheck-2026-11-30.md §5, so what to bring is medium: the PIN and the primary holder are still third-party). "Not prorated" is third-party (low).
 */
import { GAPS, READ_IN_RECHECK, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

export const tMobileUs: CarrierEntry = {
  id: 't-mobile-us',
  country: 'US',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'high',
  difficulty: 'hard',
  officialDomains: ['t-mobile.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'contract', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    processingTime: { text: 'tMobileUs.factProcessingTime', sources: ['cancelService'], confidence: 'high' },
    noticePeriod: { text: 'tMobileUs.factNoticePeriod', sources: ['cancelService'], confidence: 'high' },
    finalBill: { text: 'tMobileUs.factFinalBill', sources: ['cancelService'], confidence: 'high' },
  },
  sources: {
    cancelService: source('https://www.t-mobile.com/support/account/cancel-service', true, READ_IN_RECHECK),
    cancelServiceOld: source('https://support.t-mobile.com/docs/DOC-22931', true, READ_IN_FIRST_RESEARCH),
    finalBillGuide: source('https://go-beyond.biz/ecommerce/does-t-mobile-prorate-your-final-bill', false, READ_IN_FIRST_RESEARCH),
  },
  channels: [
    {
      id: 'cancel-service',
      kind: 'web',
      label: 'tMobileUs.channelCancelService',
      url: 'https://www.t-mobile.com/support/account/cancel-service',
      sources: ['cancelService'],
    },
    { id: 'guest-pay', kind: 'web', label: 'tMobileUs.channelGuestPay', url: 'https://www.t-mobile.com/guestpay', sources: ['cancelService'] },
  ],
  verdicts: [
    {
      id: 'phone-or-store',
      verdict: 'phone',
      text: 'tMobileUs.verdictPhoneOrStore',
      when: { answer: 'inCountry', is: 'yes' },
      channels: ['cancel-service'],
      sources: ['cancelService', 'cancelServiceOld'],
      confidence: 'high',
    },
    {
      id: 'phone',
      verdict: 'phone',
      text: 'tMobileUs.verdictPhone',
      channels: ['cancel-service'],
      sources: ['cancelService', 'cancelServiceOld'],
      confidence: 'high',
    },
  ],
  rules: [
    {
      id: 'account-and-pin',
      stage: 'gather-materials',
      kind: 'task',
      text: 'tMobileUs.accountAndPin',
      sources: ['cancelService', 'finalBillGuide'],
      confidence: 'medium',
    },
    { id: 'eip-balance', stage: 'gather-materials', kind: 'task', text: 'tMobileUs.eipBalance', sources: ['cancelService'], confidence: 'high' },
    { id: 'save-voicemail', stage: 'gather-materials', kind: 'task', text: 'tMobileUs.saveVoicemail', sources: ['cancelService'], confidence: 'high' },
    {
      id: 'call-or-visit',
      stage: 'submit-request',
      kind: 'task',
      text: 'tMobileUs.callOrVisit',
      when: { answer: 'inCountry', is: 'yes' },
      channel: 'cancel-service',
      sources: ['cancelService', 'cancelServiceOld'],
      confidence: 'high',
    },
    {
      id: 'call',
      stage: 'submit-request',
      kind: 'task',
      text: 'tMobileUs.call',
      when: { answer: 'inCountry', is: 'no' },
      channel: 'cancel-service',
      sources: ['cancelService', 'cancelServiceOld'],
      confidence: 'high',
    },
    { id: 'effective-date', stage: 'track-review', kind: 'task', text: 'tMobileUs.effectiveDate', sources: ['cancelService'], confidence: 'high' },
    {
      id: 'pay-final-bill',
      stage: 'check-charges',
      kind: 'task',
      text: 'tMobileUs.payFinalBill',
      channel: 'guest-pay',
      sources: ['cancelService'],
      confidence: 'high',
    },
    { id: 'not-prorated', stage: 'check-charges', kind: 'info', text: 'tMobileUs.notProrated', sources: ['finalBillGuide'], confidence: 'low' },
  ],
};
