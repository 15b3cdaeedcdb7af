/**
 * Airalo (global travel-eSIM marketplace). Research: carriers.md §2.1, confirmed by official-recheck.md §8.
 * recheck-2026-11-30.md §2: the 14-day window rests on a partner-branded copy of the refund policy: medium (so the entry
 * is medium too). Airalo's help pages add: withdrawal ends once use has started; refunds for a wrong purchase or changed
 * plans come as Airmoney credit; renewals can't be enabled once data or validity has run out. Note: research/airalo.md.
 */
import { GAPS, READ_IN_RECHECK, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

export const airalo: CarrierEntry = {
  id: 'airalo',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'easy',
  officialDomains: ['airalo.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    processingTime: { text: 'airalo.factProcessingTime', days: 10, unit: 'working-days', sources: ['refundTime'], confidence: 'high' },
    refundWindow: { text: 'airalo.factRefundWindow', days: 14, sources: ['refundPolicy'], confidence: 'medium' },
    renewal: { text: 'airalo.factRenewal', sources: ['renewals'], confidence: 'high' },
    autoTopUp: { text: 'airalo.factAutoTopUp', sources: ['renewals', 'renewalsNeedCard'], confidence: 'high' },
  },
  sources: {
    refundPolicy: source('https://px-ep-airgsm.px-prod.airalo.com/en_US/page/refund-policy', true, READ_IN_RECHECK),
    requestRefund: source(
      'https://www.airalo.com/hy-AM/help/using-managing-esims/ZSEEHBT5HW6F/what-can-i-do-if-i-didnt-purchase-the-right-esim-or-have-a-change-of-plans/NYBBU4NC7KN6',
      true,
      READ_IN_FIRST_RESEARCH,
    ),
    refundTime: source(
      'https://www.airalo.com/lt/help/using-managing-esims/ZSEEHBT5HW6F/what-can-i-do-if-i-didnt-purchase-the-right-esim-or-have-a-change-of-plans/NYBBU4NC7KN6',
      true,
      READ_IN_FIRST_RESEARCH,
    ),
    renewals: source(
      'https://airalo.com/help/pl/using-managing-esims/ZSEEHBT5HW6F/czym-są-odnowienia-i-jak-działają/PM7FMOUCP2U9',
      true,
      READ_IN_FIRST_RESEARCH,
    ),
    renewalsNeedCard: source(
      'https://www.airalo.com/uk/help/mijn-account-en-airmoney/QT1HK3HU71BG/apa-itu-airmoney-36/40K866FITUNB',
      true,
      READ_IN_FIRST_RESEARCH,
    ),
    reinstall: source(
      'https://airalo.com/help/fil/using-managing-esims/ZSEEHBT5HW6F/puwede-ba-akong-mag-reinstall-ng-esim/54MPGHA4TCY1',
      true,
      READ_IN_FIRST_RESEARCH,
    ),
    keepInstalled: source('https://www.airalo.com/help/using-managing-esims/can-i-use-my-existing-esim-again', true, READ_IN_RECHECK),
  },
  channels: [
    { id: 'app', kind: 'app', label: 'airalo.channelApp', url: 'https://www.airalo.com/', sources: ['requestRefund'] },
    {
      id: 'help',
      kind: 'web',
      label: 'airalo.channelHelp',
      url: 'https://www.airalo.com/hy-AM/help/using-managing-esims/ZSEEHBT5HW6F/what-can-i-do-if-i-didnt-purchase-the-right-esim-or-have-a-change-of-plans/NYBBU4NC7KN6',
      sources: ['requestRefund'],
    },
  ],
  verdicts: [
    {
      id: 'ask-the-reseller',
      verdict: 'through-seller',
      text: 'airalo.verdictReseller',
      when: { answer: 'boughtFrom', is: 'reseller' },
      channels: ['help'],
      sources: ['refundPolicy'],
      confidence: 'medium',
    },
    { id: 'online', verdict: 'online', text: 'airalo.verdictOnline', channels: ['app', 'help'], sources: ['requestRefund'], confidence: 'high' },
  ],
  // recheck-2026-11-30.md §4: the refund is refused once the eSIM is removed, so it stays until the refund arrived.
  refundNeedsEsim: ['keepInstalled'],
  rules: [
    { id: 'withdrawal-window', stage: 'confirm-online', kind: 'info', text: 'airalo.withdrawalWindow', sources: ['refundPolicy'], confidence: 'medium' },
    { id: 'account-and-order', stage: 'gather-materials', kind: 'task', text: 'airalo.accountAndOrder', sources: ['requestRefund'], confidence: 'high' },
    { id: 'technical-evidence', stage: 'gather-materials', kind: 'info', text: 'airalo.technicalEvidence', sources: ['refundPolicy'], confidence: 'high' },
    {
      id: 'renewals-off',
      stage: 'submit-request',
      kind: 'task',
      text: 'airalo.renewalsOff',
      channel: 'app',
      sources: ['renewals', 'renewalsNeedCard'],
      confidence: 'high',
    },
    {
      id: 'request-refund',
      stage: 'submit-request',
      kind: 'task',
      text: 'airalo.requestRefund',
      when: { not: { answer: 'boughtFrom', is: 'reseller' } },
      channel: 'app',
      sources: ['requestRefund'],
      confidence: 'high',
    },
    {
      id: 'no-reinstall',
      stage: 'submit-request',
      kind: 'warning',
      text: 'airalo.noReinstall',
      when: { answer: 'esimInstalled', is: 'yes' },
      sources: ['reinstall', 'keepInstalled'],
      confidence: 'high',
    },
    { id: 'refund-time', stage: 'track-review', kind: 'info', text: 'airalo.refundTime', sources: ['refundTime'], confidence: 'high' },
    { id: 'technical-claim', stage: 'track-review', kind: 'info', text: 'airalo.technicalClaim', sources: ['refundPolicy'], confidence: 'high' },
    { id: 'renewals-after-expiry', stage: 'check-charges', kind: 'info', text: 'airalo.renewalsAfterExpiry', sources: ['renewals'], confidence: 'medium' },
    {
      id: 'renewal-charges',
      stage: 'check-charges',
      kind: 'task',
      text: 'airalo.renewalCharges',
      sources: ['renewals', 'renewalsNeedCard'],
      confidence: 'high',
    },
    {
      id: 'remove-when-done',
      stage: 'check-charges',
      kind: 'info',
      text: 'airalo.removeWhenDone',
      when: { answer: 'esimInstalled', is: 'yes' },
      sources: ['keepInstalled'],
      confidence: 'high',
    },
  ],
};
