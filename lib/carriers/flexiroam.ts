/**
 * Flexiroam (travel eSIMs and data plans, Malaysia). Research: research/flexiroam.md (flexiroam.com/en-us/refund-policy,
 * read 2026-11-30). Official: full refund if no data was used, partial in proportion to the data left, issues must be
 * reported during the trip, nothing at expiry. A change of mind is not listed as a reason: the verdict says to ask.
 */
import { GAPS, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const flexiroam: CarrierEntry = {
  id: 'flexiroam',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['flexiroam.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    refundWindow: { text: 'flexiroam.factRefundWindow', sources: ['refundPolicy'], confidence: 'high' },
  },
  sources: {
    refundPolicy: source('https://flexiroam.com/en-us/refund-policy', true, READ_IN_RECHECK),
  },
  channels: [
    { id: 'refund-policy', kind: 'web', label: 'flexiroam.channelRefundPolicy', url: 'https://flexiroam.com/en-us/refund-policy', sources: ['refundPolicy'] },
  ],
  verdicts: [
    {
      id: 'ask-support',
      verdict: 'check-with-carrier',
      text: 'flexiroam.verdict',
      channels: ['refund-policy'],
      sources: ['refundPolicy'],
      confidence: 'medium',
    },
  ],
  rules: [
    { id: 'full-or-partial', stage: 'confirm-online', kind: 'info', text: 'flexiroam.fullOrPartial', sources: ['refundPolicy'], confidence: 'high' },
    { id: 'during-trip', stage: 'confirm-online', kind: 'warning', text: 'flexiroam.duringTrip', sources: ['refundPolicy'], confidence: 'high' },
    { id: 'screenshots', stage: 'gather-materials', kind: 'task', text: 'flexiroam.screenshots', sources: ['refundPolicy'], confidence: 'high' },
    {
      id: 'contact-team',
      stage: 'submit-request',
      kind: 'task',
      text: 'flexiroam.contactTeam',
      channel: 'refund-policy',
      sources: ['refundPolicy'],
      confidence: 'medium',
    },
    { id: 'no-processing-time', stage: 'track-review', kind: 'info', text: 'flexiroam.noProcessingTime', sources: ['refundPolicy'], confidence: 'low' },
  ],
};
