/**
 * MobiMatter (travel eSIM marketplace, mobimatter.com; MobiMatter LTD). Research: research/mobimatter.md. The only
 * official page read is its delivery, refunds and cancellation policy, and the stored copy stops mid-sentence: it says
 * an undelivered service is refunded, but not whether an unused eSIM can be returned. So the verdict is "check with
 * MobiMatter" and the difficulty is unconfirmed.
 */
import { GAPS, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const mobimatter: CarrierEntry = {
  id: 'mobimatter',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'low',
  difficulty: 'unconfirmed',
  officialDomains: ['mobimatter.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: GAPS,
  sources: {
    refundPolicy: source('https://mobimatter.com/delivery-refunds', true, READ_IN_RECHECK),
  },
  channels: [
    { id: 'refund-policy', kind: 'web', label: 'mobimatter.channelRefundPolicy', url: 'https://mobimatter.com/delivery-refunds', sources: ['refundPolicy'] },
  ],
  verdicts: [
    { id: 'check', verdict: 'check-with-carrier', text: 'mobimatter.verdictCheck', channels: ['refund-policy'], sources: ['refundPolicy'], confidence: 'low' },
  ],
  rules: [
    { id: 'not-delivered', stage: 'confirm-online', kind: 'info', text: 'mobimatter.notDelivered', sources: ['refundPolicy'], confidence: 'medium' },
    { id: 'partner-product', stage: 'confirm-online', kind: 'info', text: 'mobimatter.partnerProduct', sources: ['refundPolicy'], confidence: 'high' },
    { id: 'confirmation', stage: 'gather-materials', kind: 'task', text: 'mobimatter.confirmation', sources: ['refundPolicy'], confidence: 'high' },
    { id: 'ask', stage: 'submit-request', kind: 'task', text: 'mobimatter.ask', channel: 'refund-policy', sources: ['refundPolicy'], confidence: 'low' },
  ],
};
