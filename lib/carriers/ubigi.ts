/**
 * Ubigi (travel eSIMs, operated by Transatel, France). Research: carriers.md §2.4 and §9 rule 3.
 * Recurring plans and auto-renewal were not found, so those facts are gaps.
 * recheck-2026-11-30.md §2: the refund window is 14 business days (the deadline counts working days); the French page
 * now says a refund "peut être envisagé" for carrier-locked or incompatible phones. Note: research/ubigi.md.
 */
import { GAPS, READ_IN_RECHECK, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

export const ubigi: CarrierEntry = {
  id: 'ubigi',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['ubigi.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    processingTime: { text: 'ubigi.factProcessingTime', sources: ['refund'], confidence: 'high' },
    refundWindow: { text: 'ubigi.factRefundWindow', days: 14, unit: 'working-days', sources: ['refund', 'refundFr'], confidence: 'high' },
  },
  sources: {
    refund: source('https://cellulardata.ubigi.com/help-center/assistance/i-did-not-use-my-plan-can-i-get-a-refund', true, READ_IN_FIRST_RESEARCH),
    refundFr: source(
      'https://cellulardata.ubigi.com/fr/aide-en-ligne/assistance/je-nai-pas-utilise-mon-data-plan-puis-je-obtenir-un-remboursement/',
      true,
      READ_IN_RECHECK,
    ),
  },
  channels: [
    {
      id: 'refund-help',
      kind: 'web',
      label: 'ubigi.channelRefundHelp',
      url: 'https://cellulardata.ubigi.com/help-center/assistance/i-did-not-use-my-plan-can-i-get-a-refund',
      sources: ['refund'],
    },
  ],
  verdicts: [
    {
      id: 'ask-the-reseller',
      verdict: 'through-seller',
      text: 'ubigi.verdictReseller',
      when: { answer: 'boughtFrom', is: 'reseller' },
      channels: ['refund-help'],
      sources: ['refund'],
      confidence: 'medium',
    },
    { id: 'online-form', verdict: 'online', text: 'ubigi.verdictOnline', channels: ['refund-help'], sources: ['refund', 'refundFr'], confidence: 'medium' },
  ],
  // recheck-2026-11-30.md §4: the refund is refused once the eSIM is removed, so it stays until the refund arrived.
  refundNeedsEsim: ['refund'],
  rules: [
    { id: 'not-scanned', stage: 'confirm-online', kind: 'info', text: 'ubigi.notScanned', sources: ['refund', 'refundFr'], confidence: 'medium' },
    { id: 'locked-phone', stage: 'confirm-online', kind: 'info', text: 'ubigi.lockedPhone', sources: ['refundFr'], confidence: 'medium' },
    { id: 'recharges', stage: 'confirm-online', kind: 'info', text: 'ubigi.recharges', sources: ['refund'], confidence: 'high' },
    { id: 'receipt', stage: 'gather-materials', kind: 'task', text: 'ubigi.receipt', sources: ['refund'], confidence: 'high' },
    { id: 'send-form', stage: 'submit-request', kind: 'task', text: 'ubigi.sendForm', channel: 'refund-help', sources: ['refund'], confidence: 'high' },
    { id: 'acknowledgement', stage: 'track-review', kind: 'info', text: 'ubigi.acknowledgement', sources: ['refund'], confidence: 'high' },
    {
      id: 'no-recurring-found',
      stage: 'check-charges',
      kind: 'info',
      text: 'ubigi.noRecurringFound',
      channel: 'refund-help',
      sources: ['refund'],
      confidence: 'low',
    },
  ],
};
