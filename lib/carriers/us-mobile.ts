/**
 * US Mobile (US prepaid operator, no contracts). Research: research/us-mobile.md, pages read 2026-11-30 in stored copies.
 * Official: "What if I want to leave US Mobile?" (two stored versions: turn AutoPay / billing off; the service ends
 * when the paid cycle expires) and "How do I cancel a payment?" (a queued plan can be cancelled for an automatic
 * refund in 2–3 business days; top-up orders cannot be cancelled by the customer).
 */
import { GAPS, source, type CarrierEntry } from './define';

export const usMobile: CarrierEntry = {
  id: 'us-mobile',
  country: 'US',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'high',
  difficulty: 'easy',
  officialDomains: ['usmobile.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'subscription', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    processingTime: { text: 'usMobile.factProcessingTime', sources: ['cancelPayment'], confidence: 'high' },
    renewal: { text: 'usMobile.factRenewal', sources: ['leave'], confidence: 'high' },
  },
  sources: {
    leave: source('https://www.usmobile.com/help/knowledge-base/what-if-i-want-to-leave-us-mobile-how-do-i-do-it/', true, '2026-11-30'),
    cancelPayment: source('https://www.usmobile.com/help/articles/238016', true, '2026-11-30'),
  },
  channels: [
    {
      id: 'leave',
      kind: 'web',
      label: 'usMobile.channelLeave',
      url: 'https://www.usmobile.com/help/knowledge-base/what-if-i-want-to-leave-us-mobile-how-do-i-do-it/',
      sources: ['leave'],
    },
    {
      id: 'cancel-payment',
      kind: 'web',
      label: 'usMobile.channelCancelPayment',
      url: 'https://www.usmobile.com/help/articles/238016',
      sources: ['cancelPayment'],
    },
  ],
  verdicts: [{ id: 'autopay-off', verdict: 'online', text: 'usMobile.verdictAutoPayOff', channels: ['leave'], sources: ['leave'], confidence: 'high' }],
  rules: [
    {
      id: 'turn-off-autopay',
      stage: 'submit-request',
      kind: 'task',
      text: 'usMobile.turnOffAutoPay',
      channel: 'leave',
      sources: ['leave'],
      confidence: 'high',
    },
    {
      id: 'cancel-queued-plan',
      stage: 'submit-request',
      kind: 'task',
      text: 'usMobile.cancelQueuedPlan',
      channel: 'cancel-payment',
      sources: ['cancelPayment'],
      confidence: 'high',
    },
    { id: 'ends-with-cycle', stage: 'track-review', kind: 'info', text: 'usMobile.endsWithCycle', sources: ['leave'], confidence: 'high' },
    { id: 'top-ups-by-support', stage: 'check-charges', kind: 'info', text: 'usMobile.topUpsBySupport', sources: ['cancelPayment'], confidence: 'high' },
    { id: 'no-new-charge', stage: 'check-charges', kind: 'task', text: 'usMobile.noNewCharge', sources: ['leave'], confidence: 'high' },
  ],
};
