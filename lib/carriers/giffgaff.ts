/**
 * giffgaff (UK pay-as-you-go and plan operator). Research: research/giffgaff.md, pages read 2026-11-30 in stored copies.
 * Official: the help article on cancelling in the first 14 days ("Terminate your contract" → "End my contract", the
 * refund rules, the account closed before the refund, PAC valid 30 days) and the cancellation-rights terms (used credit
 * not refunded; a SIM unused for six months is disconnected and its credit lost). Turning off a plan's "auto-recur"
 * is only in a third-party guide (medium). PAC/STAC text-to-switch comes from the UK rights by country.
 */
import { GAPS, source, type CarrierEntry } from './define';

export const giffgaff: CarrierEntry = {
  id: 'giffgaff',
  country: 'GB',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'high',
  difficulty: 'easy',
  officialDomains: ['giffgaff.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'subscription', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    processingTime: { text: 'giffgaff.factProcessingTime', sources: ['cancel14Days'], confidence: 'high' },
    refundWindow: { text: 'giffgaff.factRefundWindow', days: 14, sources: ['cancel14Days', 'cancellationRights'], confidence: 'high' },
    renewal: { text: 'giffgaff.factRenewal', sources: ['autoRecurGuide'], confidence: 'medium' },
  },
  sources: {
    cancel14Days: source('https://help.giffgaff.com/en/articles/240764-how-do-i-cancel-my-contract-within-the-first-14-days', true, '2026-11-30'),
    cancellationRights: source('https://www.giffgaff.com/boiler-plate/cancellation-rights', true, '2026-11-30'),
    autoRecurGuide: source('https://letmecancel.app/services/giffgaff', false, '2026-11-30'),
  },
  channels: [
    {
      id: 'cancel-14-days',
      kind: 'web',
      label: 'giffgaff.channelCancel14Days',
      url: 'https://help.giffgaff.com/en/articles/240764-how-do-i-cancel-my-contract-within-the-first-14-days',
      sources: ['cancel14Days'],
    },
  ],
  verdicts: [
    {
      id: 'online',
      verdict: 'online',
      text: 'giffgaff.verdictOnline',
      channels: ['cancel-14-days'],
      sources: ['cancel14Days', 'autoRecurGuide'],
      confidence: 'medium',
    },
  ],
  rules: [
    {
      id: 'pac-before-refund',
      stage: 'gather-materials',
      kind: 'warning',
      text: 'giffgaff.pacBeforeRefund',
      when: { answer: 'hasNumber', is: ['yes', 'not-sure'] },
      sources: ['cancel14Days'],
      confidence: 'high',
    },
    {
      id: 'end-my-contract',
      stage: 'submit-request',
      kind: 'task',
      text: 'giffgaff.endMyContract',
      channel: 'cancel-14-days',
      sources: ['cancel14Days'],
      confidence: 'high',
    },
    { id: 'turn-off-auto-recur', stage: 'submit-request', kind: 'task', text: 'giffgaff.turnOffAutoRecur', sources: ['autoRecurGuide'], confidence: 'medium' },
    {
      id: 'unused-sim-disconnected',
      stage: 'track-review',
      kind: 'info',
      text: 'giffgaff.unusedSimDisconnected',
      sources: ['cancellationRights'],
      confidence: 'high',
    },
    {
      id: 'refund-rules',
      stage: 'check-charges',
      kind: 'info',
      text: 'giffgaff.refundRules',
      sources: ['cancel14Days', 'cancellationRights'],
      confidence: 'high',
    },
  ],
};
