/**
 * BNESIM (travel eSIMs, bnesim.com; BNESIM LIMITED). Research: research/bnesim.md. The official terms (read on
 * activate.bnesim.com) say a paid service lasts as long as its fee and renews only if the customer asked for it.
 * The refund rules come from BNESIM's own refund policy as published on a partner store (Kaspersky eSIM Store), not on
 * bnesim.com: medium confidence, and the texts say where they come from.
 */
import { GAPS, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const bnesim: CarrierEntry = {
  id: 'bnesim',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['bnesim.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    processingTime: { text: 'bnesim.factProcessingTime', sources: ['partnerRefundPolicy'], confidence: 'medium' },
    refundWindow: { text: 'bnesim.factRefundWindow', days: 14, sources: ['partnerRefundPolicy'], confidence: 'medium' },
    renewal: { text: 'bnesim.factRenewal', sources: ['terms'], confidence: 'high' },
  },
  sources: {
    terms: source('http://activate.bnesim.com/terms_and_conditions.php?context=LANDING', true, READ_IN_RECHECK),
    partnerRefundPolicy: source('https://kasperskyesimstore.com/refund-policy', false, READ_IN_RECHECK),
  },
  channels: [{ id: 'account', kind: 'web', label: 'bnesim.channelAccount', url: 'https://activate.bnesim.com/', sources: ['terms', 'partnerRefundPolicy'] }],
  verdicts: [
    { id: 'online', verdict: 'online', text: 'bnesim.verdictOnline', channels: ['account'], sources: ['partnerRefundPolicy', 'terms'], confidence: 'medium' },
  ],
  rules: [
    { id: 'refund-cases', stage: 'confirm-online', kind: 'info', text: 'bnesim.refundCases', sources: ['partnerRefundPolicy'], confidence: 'medium' },
    { id: 'ten-percent', stage: 'confirm-online', kind: 'warning', text: 'bnesim.tenPercent', sources: ['partnerRefundPolicy'], confidence: 'medium' },
    { id: 'renewal-asked', stage: 'confirm-online', kind: 'info', text: 'bnesim.renewalAsked', sources: ['terms'], confidence: 'high' },
    { id: 'order-details', stage: 'gather-materials', kind: 'task', text: 'bnesim.orderDetails', sources: ['partnerRefundPolicy'], confidence: 'medium' },
    {
      id: 'request-refund',
      stage: 'submit-request',
      kind: 'task',
      text: 'bnesim.requestRefund',
      channel: 'account',
      sources: ['partnerRefundPolicy'],
      confidence: 'medium',
    },
    { id: 'refund-time', stage: 'track-review', kind: 'info', text: 'bnesim.refundTime', sources: ['partnerRefundPolicy'], confidence: 'medium' },
  ],
};
