/**
 * Holafly (travel eSIMs; one-off eSIMs and "Holafly Plans" subscriptions). Research: carriers.md §2.2, official-recheck.md §9,
 * recheck-2026-11-30.md §1 (wins): the refund window depends on the plan type (one-off: 6 months; Holafly Plans: 14 days),
 * and the two official refund pages disagree in places, so the window is medium, not high. Note: research/holafly.md.
 */
import { GAPS, READ_IN_RECHECK, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

export const holafly: CarrierEntry = {
  id: 'holafly',
  names: { en: 'Holafly', ru: 'Holafly', 'zh-CN': 'Holafly' },
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'easy',
  officialDomains: ['holafly.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    processingTime: { text: 'holafly.factProcessingTime', days: 5, unit: 'working-days', sources: ['oldRefundPolicy'], confidence: 'medium' },
    // The deadline follows the plan type the traveler chose: a subscription gets 14 days, everything else the one-off rule.
    refundWindow: [
      { when: { answer: 'planType', is: 'subscription' }, text: 'holafly.factRefundWindowPlans', days: 14, sources: ['plansRefund'], confidence: 'medium' },
      { text: 'holafly.factRefundWindowOneOff', days: 6, unit: 'months', sources: ['oneOffRefund'], confidence: 'medium' },
    ],
    renewal: { text: 'holafly.factRenewal', sources: ['cancelPlans'], confidence: 'high' },
    noticePeriod: { text: 'holafly.factNoticePeriod', days: 7, sources: ['cancelPlans'], confidence: 'high' },
    finalBill: { text: 'holafly.factFinalBill', sources: ['cancelPlans'], confidence: 'high' },
  },
  sources: {
    refundPolicy: source('https://esim.holafly.com/refund-policy', true, READ_IN_FIRST_RESEARCH),
    oneOffRefund: source('https://level.holafly.com/en/pages/politica-de-reembolso', true, READ_IN_RECHECK),
    plansRefund: source('https://esim.holafly.com/plans/pages/refund-policy', true, READ_IN_RECHECK),
    cancelPlans: source('https://esim.holafly.com/faq/holafly-plans/cancel-holafly-plans-subscription', true, READ_IN_RECHECK),
    oldRefundPolicy: source('https://esim.holafly.com/refund-policy-2-2/', true, READ_IN_FIRST_RESEARCH),
    unusedData: source('https://esim.holafly.com/faq/choosing-buying-esim/what-happens-to-unused-data/', true, READ_IN_FIRST_RESEARCH),
  },
  channels: [
    { id: 'email', kind: 'email', label: 'holafly.channelEmail', url: 'mailto:help@holafly.com', sources: ['oneOffRefund'] },
    { id: 'cancel-plans', kind: 'web', label: 'holafly.channelCancelPlans', url: 'https://esim.holafly.com/faq/holafly-plans/cancel-holafly-plans-subscription', sources: ['cancelPlans'] },
    { id: 'refund-policy', kind: 'web', label: 'holafly.channelRefundPolicy', url: 'https://esim.holafly.com/refund-policy', sources: ['refundPolicy'] },
  ],
  verdicts: [
    { id: 'ask-the-reseller', verdict: 'through-seller', text: 'holafly.verdictReseller', when: { answer: 'boughtFrom', is: 'reseller' }, channels: ['refund-policy'], sources: ['plansRefund'], confidence: 'medium' },
    { id: 'subscription-online', verdict: 'online', text: 'holafly.verdictSubscription', when: { answer: 'planType', is: 'subscription' }, channels: ['cancel-plans', 'email'], sources: ['cancelPlans'], confidence: 'high' },
    { id: 'one-off-online', verdict: 'online', text: 'holafly.verdictOneOff', channels: ['email', 'refund-policy'], sources: ['oneOffRefund'], confidence: 'high' },
  ],
  rules: [
    { id: 'subscription-refund-window', stage: 'confirm-online', kind: 'info', text: 'holafly.subscriptionRefundWindow', when: { answer: 'planType', is: 'subscription' }, sources: ['plansRefund'], confidence: 'medium' },
    { id: 'order-details', stage: 'gather-materials', kind: 'task', text: 'holafly.orderDetails', sources: ['refundPolicy'], confidence: 'high' },
    { id: 'cancel-subscription', stage: 'submit-request', kind: 'task', text: 'holafly.cancelSubscription', when: { answer: 'planType', is: 'subscription' }, channel: 'cancel-plans', sources: ['cancelPlans'], confidence: 'high' },
    { id: 'email-refund', stage: 'submit-request', kind: 'task', text: 'holafly.emailRefund', when: { not: { answer: 'planType', is: 'subscription' } }, channel: 'email', sources: ['oneOffRefund'], confidence: 'high' },
    { id: 'report-during-trip', stage: 'submit-request', kind: 'warning', text: 'holafly.reportDuringTrip', sources: ['oneOffRefund'], confidence: 'high' },
    { id: 'keep-installed', stage: 'submit-request', kind: 'info', text: 'holafly.keepInstalled', when: { answer: 'planType', is: 'subscription' }, sources: ['cancelPlans'], confidence: 'high' },
    { id: 'answer-time', stage: 'track-review', kind: 'info', text: 'holafly.answerTime', sources: ['oldRefundPolicy'], confidence: 'medium' },
    { id: 'last-cycle', stage: 'check-charges', kind: 'task', text: 'holafly.lastCycle', when: { answer: 'planType', is: 'subscription' }, sources: ['cancelPlans'], confidence: 'high' },
    { id: 'unused-data', stage: 'check-charges', kind: 'info', text: 'holafly.unusedData', sources: ['unusedData'], confidence: 'high' },
  ],
};
