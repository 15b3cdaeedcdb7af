/**
 * eSIM.me (the eSIM.me Card, which lets a phone without eSIM hold eSIM profiles; TelcoVillage GmbH). Research:
 * research/esim-me.md. Its return-for-a-refund policy covers the card bought on esim.me: cancel before shipping, or
 * return it unused within 14 days of delivery with an RMA number. The refund timing was not in the stored copy: a gap.
 */
import { GAPS, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const esimMe: CarrierEntry = {
  id: 'esim-me',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['esim.me'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    refundWindow: { text: 'esimMe.factRefundWindow', days: 14, sources: ['returnPolicy'], confidence: 'high' },
  },
  sources: {
    returnPolicy: source('https://esim.me/return-for-a-refund-policy', true, READ_IN_RECHECK),
  },
  channels: [{ id: 'orders', kind: 'web', label: 'esimMe.channelOrders', url: 'https://esim.me/', sources: ['returnPolicy'] }],
  verdicts: [
    {
      id: 'reseller',
      verdict: 'check-with-carrier',
      text: 'esimMe.verdictReseller',
      when: { answer: 'boughtFrom', is: 'reseller' },
      channels: [],
      sources: ['returnPolicy'],
      confidence: 'high',
    },
    { id: 'online', verdict: 'online', text: 'esimMe.verdictOnline', channels: ['orders'], sources: ['returnPolicy'], confidence: 'high' },
  ],
  rules: [
    { id: 'cancel-before-label', stage: 'confirm-online', kind: 'info', text: 'esimMe.cancelBeforeLabel', sources: ['returnPolicy'], confidence: 'high' },
    { id: 'return-conditions', stage: 'confirm-online', kind: 'info', text: 'esimMe.returnConditions', sources: ['returnPolicy'], confidence: 'high' },
    { id: 'order-number', stage: 'gather-materials', kind: 'task', text: 'esimMe.orderNumber', sources: ['returnPolicy'], confidence: 'high' },
    { id: 'start-return', stage: 'submit-request', kind: 'task', text: 'esimMe.startReturn', channel: 'orders', sources: ['returnPolicy'], confidence: 'high' },
    { id: 'rma-only', stage: 'submit-request', kind: 'warning', text: 'esimMe.rmaOnly', sources: ['returnPolicy'], confidence: 'high' },
    {
      id: 'refund-after-inspection',
      stage: 'track-review',
      kind: 'info',
      text: 'esimMe.refundAfterInspection',
      sources: ['returnPolicy'],
      confidence: 'medium',
    },
  ],
};
