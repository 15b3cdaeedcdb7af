/**
 * Google Fi (US mobile service sold by Google). Research: research/google-fi.md (support.google.com/fi/answer/6079398,
 * read in stored copies on 2026-11-30). Official: cancel any time in the Fi app or website (Manage plan → Leave Google Fi),
 * no termination fee, not with a negative balance, a financed phone's balance falls due, up to 2 more bills.
 */
import { GAPS, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const googleFi: CarrierEntry = {
  id: 'google-fi',
  country: 'US',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'high',
  difficulty: 'easy',
  officialDomains: ['support.google.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'subscription', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    noticePeriod: { text: 'googleFi.factNoticePeriod', sources: ['cancel'], confidence: 'high' },
    finalBill: { text: 'googleFi.factFinalBill', sources: ['cancel'], confidence: 'high' },
  },
  sources: {
    cancel: source('https://support.google.com/fi/answer/6079398', true, READ_IN_RECHECK),
  },
  channels: [{ id: 'cancel-help', kind: 'web', label: 'googleFi.channelCancelHelp', url: 'https://support.google.com/fi/answer/6079398', sources: ['cancel'] }],
  verdicts: [{ id: 'online', verdict: 'online', text: 'googleFi.verdictOnline', channels: ['cancel-help'], sources: ['cancel'], confidence: 'high' }],
  rules: [
    { id: 'no-negative-balance', stage: 'confirm-online', kind: 'warning', text: 'googleFi.noNegativeBalance', sources: ['cancel'], confidence: 'high' },
    { id: 'group-plan', stage: 'confirm-online', kind: 'info', text: 'googleFi.groupPlan', sources: ['cancel'], confidence: 'high' },
    { id: 'financed-phone', stage: 'gather-materials', kind: 'task', text: 'googleFi.financedPhone', sources: ['cancel'], confidence: 'high' },
    {
      id: 'port-out',
      stage: 'gather-materials',
      kind: 'task',
      text: 'googleFi.portOut',
      when: { answer: 'hasNumber', is: 'yes' },
      sources: ['cancel'],
      confidence: 'high',
    },
    { id: 'leave-fi', stage: 'submit-request', kind: 'task', text: 'googleFi.leaveFi', channel: 'cancel-help', sources: ['cancel'], confidence: 'high' },
    { id: 'final-bills', stage: 'check-charges', kind: 'task', text: 'googleFi.finalBills', channel: 'cancel-help', sources: ['cancel'], confidence: 'high' },
  ],
};
