/**
 * Nomad (travel eSIMs; getnomad.app / nomadesim.com). Research: carriers.md §2.3, §6 and §9 rules 1 and 3.
 * The refund window is 30 days (the newer refund policy); one older help article says 3 days for cash refunds,
 * so the window is medium confidence and the texts mention the conflict.
 */
import { GAPS, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

export const nomad: CarrierEntry = {
  id: 'nomad',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'easy',
  officialDomains: ['getnomad.app', 'nomadesim.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    processingTime: { text: 'nomad.factProcessingTime', sources: ['refundPolicy', 'cantInstall', 'cantInstallAlt'], confidence: 'medium' },
    refundWindow: { text: 'nomad.factRefundWindow', days: 30, sources: ['refundPolicy', 'cantInstallAlt', 'switching'], confidence: 'medium' },
  },
  sources: {
    refundPolicy: source('https://www.getnomad.app/help-center/en/articles/9886352-nomad-esim-s-refund-policy', true, READ_IN_FIRST_RESEARCH),
    cantInstall: source('https://www.getnomad.app/help-center/en/articles/12866560-refund-if-esim-can-t-be-installed', true, READ_IN_FIRST_RESEARCH),
    cantInstallAlt: source('https://www.nomadesim.com/help-center/en/articles/12866560-refund-if-esim-can-t-be-installed', true, READ_IN_FIRST_RESEARCH),
    switching: source('https://www.getnomad.app/help-center/en/articles/12135601-switching-or-upgrading-esim-plans', true, READ_IN_FIRST_RESEARCH),
  },
  channels: [
    { id: 'app', kind: 'app', label: 'nomad.channelApp', url: 'https://www.getnomad.app/', sources: ['cantInstall'] },
    { id: 'chat', kind: 'chat', label: 'nomad.channelChat', url: 'https://www.getnomad.app/', sources: ['refundPolicy'] },
    {
      id: 'refund-policy',
      kind: 'web',
      label: 'nomad.channelRefundPolicy',
      url: 'https://www.getnomad.app/help-center/en/articles/9886352-nomad-esim-s-refund-policy',
      sources: ['refundPolicy'],
    },
  ],
  verdicts: [
    { id: 'online', verdict: 'online', text: 'nomad.verdictOnline', channels: ['app', 'chat'], sources: ['cantInstall', 'refundPolicy'], confidence: 'high' },
  ],
  // recheck-2026-11-30.md §4: the refund is refused once the eSIM is removed, so it stays until the refund arrived.
  refundNeedsEsim: ['refundPolicy'],
  rules: [
    { id: 'refund-window', stage: 'confirm-online', kind: 'info', text: 'nomad.refundWindow', sources: ['refundPolicy', 'switching'], confidence: 'medium' },
    { id: 'special-plans', stage: 'confirm-online', kind: 'info', text: 'nomad.specialPlans', sources: ['refundPolicy', 'cantInstall'], confidence: 'high' },
    {
      id: 'deleted-no-refund',
      stage: 'confirm-online',
      kind: 'warning',
      text: 'nomad.deletedNoRefund',
      when: { answer: 'esimInstalled', is: 'no' },
      sources: ['refundPolicy'],
      confidence: 'high',
    },
    {
      id: 'order-and-iccid',
      stage: 'gather-materials',
      kind: 'task',
      text: 'nomad.orderAndIccid',
      sources: ['cantInstall', 'cantInstallAlt'],
      confidence: 'high',
    },
    { id: 'failure-evidence', stage: 'gather-materials', kind: 'info', text: 'nomad.failureEvidence', sources: ['refundPolicy'], confidence: 'high' },
    { id: 'self-cancel', stage: 'submit-request', kind: 'task', text: 'nomad.selfCancel', channel: 'app', sources: ['cantInstall'], confidence: 'high' },
    {
      id: 'chat-if-activated',
      stage: 'submit-request',
      kind: 'task',
      text: 'nomad.chatIfActivated',
      channel: 'chat',
      sources: ['refundPolicy'],
      confidence: 'high',
    },
    {
      id: 'do-not-delete',
      stage: 'submit-request',
      kind: 'warning',
      text: 'nomad.doNotDelete',
      when: { answer: 'esimInstalled', is: 'yes' },
      sources: ['refundPolicy'],
      confidence: 'high',
    },
    {
      id: 'cash-or-points',
      stage: 'submit-request',
      kind: 'info',
      text: 'nomad.cashOrPoints',
      sources: ['refundPolicy', 'cantInstallAlt'],
      confidence: 'high',
    },
    { id: 'refund-time', stage: 'track-review', kind: 'info', text: 'nomad.refundTime', sources: ['refundPolicy', 'cantInstall'], confidence: 'medium' },
    { id: 'points-not-cash', stage: 'check-charges', kind: 'info', text: 'nomad.pointsNotCash', sources: ['refundPolicy'], confidence: 'high' },
  ],
};
