/**
 * Roamless (pay-as-you-go travel eSIM credit). Research: research/roamless.md (help.roamless.com article 12302622,
 * read 2026-11-30). Official: refunds only when the phone has no eSIM or is carrier-locked, through an in-app ticket
 * with screenshots; used pay-as-you-go credit is not refunded (the credit does not expire).
 */
import { GAPS, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const roamless: CarrierEntry = {
  id: 'roamless',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'hard',
  officialDomains: ['roamless.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'pay-as-you-go', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: GAPS,
  sources: {
    refund: source('https://help.roamless.com/en/articles/12302622-can-i-get-a-refund', true, READ_IN_RECHECK),
  },
  channels: [
    {
      id: 'in-app-ticket',
      kind: 'app',
      label: 'roamless.channelInAppTicket',
      url: 'https://help.roamless.com/en/articles/12302622-can-i-get-a-refund',
      sources: ['refund'],
    },
  ],
  verdicts: [{ id: 'device-only', verdict: 'online', text: 'roamless.verdict', channels: ['in-app-ticket'], sources: ['refund'], confidence: 'high' }],
  rules: [
    { id: 'device-limits-only', stage: 'confirm-online', kind: 'warning', text: 'roamless.deviceLimitsOnly', sources: ['refund'], confidence: 'high' },
    { id: 'used-credit', stage: 'confirm-online', kind: 'info', text: 'roamless.usedCredit', sources: ['refund'], confidence: 'high' },
    { id: 'screenshots', stage: 'gather-materials', kind: 'task', text: 'roamless.screenshots', sources: ['refund'], confidence: 'high' },
    {
      id: 'open-ticket',
      stage: 'submit-request',
      kind: 'task',
      text: 'roamless.openTicket',
      channel: 'in-app-ticket',
      sources: ['refund'],
      confidence: 'high',
    },
    { id: 'no-processing-time', stage: 'track-review', kind: 'info', text: 'roamless.noProcessingTime', sources: ['refund'], confidence: 'low' },
  ],
};
