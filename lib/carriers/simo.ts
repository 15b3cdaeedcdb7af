/**
 * Simo, formerly Skyroam (hotspots and GoData / Unlimited subscriptions). Research: research/simo.md (support.simo.co
 * articles 4409769636371 and 360015627474, read 2026-11-30). Official: subscriptions renew automatically; cancel at least
 * 4 days before the billing date; renewal fees are not refunded; refunds and returns through live chat, email or phone.
 * How to switch off the renewal itself was not found: that step says to ask support.
 */
import { GAPS, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const simo: CarrierEntry = {
  id: 'simo',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['simo.co', 'skyroam.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'subscription', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    processingTime: { text: 'simo.factProcessingTime', sources: ['returns'], confidence: 'high' },
    refundWindow: { text: 'simo.factRefundWindow', days: 30, sources: ['returns'], confidence: 'high' },
    renewal: { text: 'simo.factRenewal', sources: ['subscriptionRefund', 'returns'], confidence: 'high' },
    noticePeriod: { text: 'simo.factNoticePeriod', days: 4, sources: ['subscriptionRefund'], confidence: 'high' },
  },
  sources: {
    subscriptionRefund: source('https://support.simo.co/hc/en-us/articles/4409769636371-Can-I-get-a-refund-on-my-subscription', true, READ_IN_RECHECK),
    returns: source('https://support.simo.co/hc/en-us/articles/360015627474-Returns-and-Refund-Policy', true, READ_IN_RECHECK),
  },
  channels: [
    {
      id: 'support',
      kind: 'chat',
      label: 'simo.channelSupport',
      url: 'https://support.simo.co/hc/en-us/articles/360015627474-Returns-and-Refund-Policy',
      sources: ['returns'],
    },
    { id: 'phone', kind: 'phone', label: 'simo.channelPhone', url: 'tel:+18557597626', sources: ['returns'] },
  ],
  verdicts: [
    {
      id: 'cancel-before-renewal',
      verdict: 'check-with-carrier',
      text: 'simo.verdict',
      channels: ['support', 'phone'],
      sources: ['subscriptionRefund', 'returns'],
      confidence: 'medium',
    },
  ],
  rules: [
    {
      id: 'four-days',
      stage: 'confirm-online',
      kind: 'warning',
      text: 'simo.fourDays',
      when: { answer: 'planType', is: 'subscription' },
      sources: ['subscriptionRefund'],
      confidence: 'high',
    },
    {
      id: 'renewal-not-refunded',
      stage: 'confirm-online',
      kind: 'info',
      text: 'simo.renewalNotRefunded',
      sources: ['subscriptionRefund', 'returns'],
      confidence: 'high',
    },
    { id: 'serial-and-order', stage: 'gather-materials', kind: 'task', text: 'simo.serialAndOrder', sources: ['returns'], confidence: 'high' },
    {
      id: 'ask-to-cancel',
      stage: 'submit-request',
      kind: 'task',
      text: 'simo.askToCancel',
      channel: 'support',
      sources: ['subscriptionRefund', 'returns'],
      confidence: 'medium',
    },
    { id: 'refund-time', stage: 'track-review', kind: 'info', text: 'simo.refundTime', sources: ['returns'], confidence: 'high' },
    {
      id: 'next-bill',
      stage: 'check-charges',
      kind: 'task',
      text: 'simo.nextBill',
      when: { answer: 'planType', is: 'subscription' },
      sources: ['subscriptionRefund'],
      confidence: 'high',
    },
  ],
};
