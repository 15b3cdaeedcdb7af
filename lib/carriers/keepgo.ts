/**
 * Keepgo (data SIMs and eSIMs, Focus Mobile Inc.). Research: research/keepgo.md (keepgo.com/pages/refund-policy, read
 * 2026-11-30 in several stored versions). Official: cancel an order and ask for a refund by email or chat with the reason,
 * order number and product ID; a 10% fee (except crypto); 5–10 business days to a card; refills are not refunded.
 * The partner FAQ on the Unlimited plan (recheck §5) was not found in the stored pages, so it is not used here.
 */
import { GAPS, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const keepgo: CarrierEntry = {
  id: 'keepgo',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['keepgo.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    processingTime: { text: 'keepgo.factProcessingTime', sources: ['refundPolicy'], confidence: 'high' },
    autoTopUp: { text: 'keepgo.factAutoTopUp', sources: ['autoRefill'], confidence: 'high' },
  },
  sources: {
    refundPolicy: source('https://www.keepgo.com/pages/refund-policy', true, READ_IN_RECHECK),
    autoRefill: source('https://faq.keepgo.com/kb/lifetime/how-do-i-enable-auto-refill', true, READ_IN_RECHECK),
  },
  channels: [
    { id: 'refund-policy', kind: 'web', label: 'keepgo.channelRefundPolicy', url: 'https://www.keepgo.com/pages/refund-policy', sources: ['refundPolicy'] },
    { id: 'my-account', kind: 'web', label: 'keepgo.channelMyAccount', url: 'https://myaccount.keepgo.com/', sources: ['autoRefill'] },
  ],
  verdicts: [
    { id: 'online', verdict: 'online', text: 'keepgo.verdictOnline', channels: ['refund-policy', 'my-account'], sources: ['refundPolicy'], confidence: 'high' },
  ],
  rules: [
    { id: 'ten-percent', stage: 'confirm-online', kind: 'warning', text: 'keepgo.tenPercent', sources: ['refundPolicy'], confidence: 'high' },
    { id: 'refills', stage: 'confirm-online', kind: 'info', text: 'keepgo.refills', sources: ['refundPolicy'], confidence: 'high' },
    { id: 'order-and-product', stage: 'gather-materials', kind: 'task', text: 'keepgo.orderAndProduct', sources: ['refundPolicy'], confidence: 'high' },
    {
      id: 'auto-refill-off',
      stage: 'submit-request',
      kind: 'task',
      text: 'keepgo.autoRefillOff',
      channel: 'my-account',
      sources: ['autoRefill'],
      confidence: 'high',
    },
    {
      id: 'email-or-chat',
      stage: 'submit-request',
      kind: 'task',
      text: 'keepgo.emailOrChat',
      channel: 'refund-policy',
      sources: ['refundPolicy'],
      confidence: 'high',
    },
    { id: 'settle-time', stage: 'check-charges', kind: 'task', text: 'keepgo.settleTime', sources: ['refundPolicy'], confidence: 'high' },
  ],
};
