/**
 * Yesim (travel eSIMs, Switzerland; Ycoins wallet, virtual numbers). Research: carriers.md §2.6 and §9 rules 2–3.
 * The refund policy was read in Turkish and Indonesian translations, so most of its facts stay medium confidence.
 * recheck-2026-11-30.md §5: yesim.app is Yesim's own domain; its Hindi refund policy (read 2026-11-30) confirms the 30-day
 * window (now high) and adds that an Unlim Day Pass day counts as used once the phone connects. See research/yesim.md.
 */
import { GAPS, READ_IN_FIRST_RESEARCH, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const yesim: CarrierEntry = {
  id: 'yesim',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['yesim.app', 'yesim.tech'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    processingTime: { text: 'yesim.factProcessingTime', sources: ['refundPolicyTr', 'refundPolicyId'], confidence: 'medium' },
    refundWindow: { text: 'yesim.factRefundWindow', days: 30, sources: ['refundPolicyHi', 'refundPolicyTr', 'refundPolicyId'], confidence: 'high' },
    autoTopUp: { text: 'yesim.factAutoTopUp', sources: ['autoTopUpEs', 'autoTopUpIt'], confidence: 'medium' },
  },
  sources: {
    refundPolicyHi: source('https://yesim.app/hi/refund-policy', true, READ_IN_RECHECK),
    refundPolicyTr: source('https://yesim.tech/tr/refund-policy', true, READ_IN_FIRST_RESEARCH),
    refundPolicyId: source('https://yesim.tech/id/refund-policy', true, READ_IN_FIRST_RESEARCH),
    autoTopUpEs: source('https://help.yesim.tech/es/balance-auto-top-up-option/', true, READ_IN_FIRST_RESEARCH),
    autoTopUpIt: source('https://help.yesim.tech/it/balance-auto-top-up-option/', true, READ_IN_FIRST_RESEARCH),
  },
  channels: [
    { id: 'website', kind: 'web', label: 'yesim.channelWebsite', url: 'https://yesim.tech/', sources: ['refundPolicyTr'] },
    {
      id: 'auto-top-up-help',
      kind: 'web',
      label: 'yesim.channelAutoTopUpHelp',
      url: 'https://help.yesim.tech/es/balance-auto-top-up-option/',
      sources: ['autoTopUpEs'],
    },
  ],
  verdicts: [
    {
      id: 'online-support',
      verdict: 'online',
      text: 'yesim.verdictOnline',
      channels: ['website'],
      sources: ['refundPolicyTr', 'refundPolicyId'],
      confidence: 'medium',
    },
  ],
  rules: [
    {
      id: 'small-refunds-in-ycoins',
      stage: 'confirm-online',
      kind: 'warning',
      text: 'yesim.smallRefundsInYcoins',
      sources: ['refundPolicyTr', 'refundPolicyId'],
      confidence: 'medium',
    },
    { id: 'unlim-day-pass', stage: 'confirm-online', kind: 'warning', text: 'yesim.unlimDayPass', sources: ['refundPolicyHi'], confidence: 'high' },
    {
      id: 'after-30-days',
      stage: 'confirm-online',
      kind: 'info',
      text: 'yesim.after30Days',
      sources: ['refundPolicyTr', 'refundPolicyId'],
      confidence: 'medium',
    },
    {
      id: 'order-and-screenshots',
      stage: 'gather-materials',
      kind: 'task',
      text: 'yesim.orderAndScreenshots',
      sources: ['refundPolicyTr', 'refundPolicyId'],
      confidence: 'medium',
    },
    {
      id: 'auto-top-up-off',
      stage: 'submit-request',
      kind: 'task',
      text: 'yesim.autoTopUpOff',
      channel: 'auto-top-up-help',
      sources: ['autoTopUpEs', 'autoTopUpIt'],
      confidence: 'medium',
    },
    {
      id: 'request-refund',
      stage: 'submit-request',
      kind: 'task',
      text: 'yesim.requestRefund',
      channel: 'website',
      sources: ['refundPolicyTr', 'refundPolicyId'],
      confidence: 'medium',
    },
    {
      id: 'virtual-number',
      stage: 'submit-request',
      kind: 'info',
      text: 'yesim.virtualNumber',
      when: { answer: 'hasNumber', is: ['yes', 'not-sure'] },
      sources: ['autoTopUpEs', 'autoTopUpIt'],
      confidence: 'low',
    },
    { id: 'review-time', stage: 'track-review', kind: 'info', text: 'yesim.reviewTime', sources: ['refundPolicyTr', 'refundPolicyId'], confidence: 'medium' },
    {
      id: 'where-refund-went',
      stage: 'check-charges',
      kind: 'task',
      text: 'yesim.whereRefundWent',
      sources: ['refundPolicyTr', 'refundPolicyId'],
      confidence: 'medium',
    },
    {
      id: 'no-auto-top-up-charge',
      stage: 'check-charges',
      kind: 'task',
      text: 'yesim.noAutoTopUpCharge',
      sources: ['autoTopUpEs', 'autoTopUpIt'],
      confidence: 'medium',
    },
  ],
};
