/**
 * Sim Local (travel eSIMs, simlocal.com). Research: research/sim-local.md, read in a stored copy of its refund policy
 * on 2026-11-30. A full refund within 14 days if the eSIM was not activated; a technical failure is refunded even
 * after that. Renewals and top-ups were not found, so those facts are gaps.
 */
import { GAPS, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const simLocal: CarrierEntry = {
  id: 'sim-local',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'easy',
  officialDomains: ['simlocal.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    processingTime: { text: 'simLocal.factProcessingTime', sources: ['refundPolicy'], confidence: 'high' },
    refundWindow: { text: 'simLocal.factRefundWindow', days: 14, sources: ['refundPolicy'], confidence: 'high' },
  },
  sources: {
    refundPolicy: source('https://simlocal.com/support/refund-policy', true, READ_IN_RECHECK),
  },
  channels: [
    { id: 'email', kind: 'email', label: 'simLocal.channelEmail', url: 'mailto:customerqueries@simlocal.com', sources: ['refundPolicy'] },
    { id: 'refund-policy', kind: 'web', label: 'simLocal.channelRefundPolicy', url: 'https://simlocal.com/support/refund-policy', sources: ['refundPolicy'] },
  ],
  verdicts: [
    { id: 'online', verdict: 'online', text: 'simLocal.verdictOnline', channels: ['email', 'refund-policy'], sources: ['refundPolicy'], confidence: 'high' },
  ],
  rules: [
    { id: 'not-activated', stage: 'confirm-online', kind: 'info', text: 'simLocal.notActivated', sources: ['refundPolicy'], confidence: 'high' },
    { id: 'technical-failure', stage: 'confirm-online', kind: 'info', text: 'simLocal.technicalFailure', sources: ['refundPolicy'], confidence: 'high' },
    { id: 'order-details', stage: 'gather-materials', kind: 'task', text: 'simLocal.orderDetails', sources: ['refundPolicy'], confidence: 'high' },
    { id: 'send-email', stage: 'submit-request', kind: 'task', text: 'simLocal.sendEmail', channel: 'email', sources: ['refundPolicy'], confidence: 'high' },
    { id: 'reply-time', stage: 'track-review', kind: 'info', text: 'simLocal.replyTime', sources: ['refundPolicy'], confidence: 'high' },
    {
      id: 'no-recurring-found',
      stage: 'check-charges',
      kind: 'info',
      text: 'simLocal.noRecurringFound',
      channel: 'email',
      sources: ['refundPolicy'],
      confidence: 'low',
    },
  ],
};
