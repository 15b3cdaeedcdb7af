/**
 * Mobal (Japan SIM and eSIM plans for visitors, mobal.com). Research: research/mobal.md, help pages and terms read in
 * stored copies on 2026-11-30. Official: 30/60/90-day plans are disconnected at the end of the period unless extended;
 * the "Ongoing" plan runs until you ask for suspension or termination in MyAccount ("Cancel Service"); usage is billed
 * with a delay of about 1-2 months, so charges can arrive after the end. Japan has no rights file yet.
 */
import { GAPS, source, type CarrierEntry } from './define';

export const mobal: CarrierEntry = {
  id: 'mobal',
  country: 'JP',
  kind: 'travel-esim',
  language: 'en',
  confidence: 'high',
  difficulty: 'easy',
  officialDomains: ['mobal.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'subscription', payment: 'card', inCountry: 'no', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    refundWindow: { text: 'mobal.factRefundWindow', days: 8, sources: ['terms'], confidence: 'high' },
    renewal: { text: 'mobal.factRenewal', sources: ['extendService', 'terminate'], confidence: 'high' },
    finalBill: { text: 'mobal.factFinalBill', sources: ['terminate'], confidence: 'high' },
  },
  sources: {
    terminate: source('https://help.mobal.com/?p=4328', true, '2026-11-30'),
    extendService: source('https://support.mobal.com/blog/billing/my-plan-options/extending-your-service/', true, '2026-11-30'),
    terms: source('https://cdn.mobal.com/terms/', true, '2026-11-30'),
  },
  channels: [
    { id: 'myaccount', kind: 'web', label: 'mobal.channelMyAccount', url: 'https://www.mobal.com/myaccount', sources: ['terminate'] },
    { id: 'terminate-guide', kind: 'web', label: 'mobal.channelTerminateGuide', url: 'https://help.mobal.com/?p=4328', sources: ['terminate'] },
  ],
  verdicts: [
    {
      id: 'online',
      verdict: 'online',
      text: 'mobal.verdictOnline',
      channels: ['myaccount', 'terminate-guide'],
      sources: ['terminate', 'extendService'],
      confidence: 'high',
    },
  ],
  rules: [
    { id: 'fixed-period', stage: 'confirm-online', kind: 'info', text: 'mobal.fixedPeriod', sources: ['extendService'], confidence: 'high' },
    {
      id: 'number-lost',
      stage: 'gather-materials',
      kind: 'warning',
      text: 'mobal.numberLost',
      when: { answer: 'hasNumber', is: ['yes', 'not-sure'] },
      sources: ['terminate'],
      confidence: 'high',
    },
    {
      id: 'cancel-service',
      stage: 'submit-request',
      kind: 'task',
      text: 'mobal.cancelService',
      channel: 'myaccount',
      sources: ['terminate'],
      confidence: 'high',
    },
    { id: 'money-back', stage: 'confirm-online', kind: 'info', text: 'mobal.moneyBack', sources: ['terms'], confidence: 'high' },
    { id: 'late-charges', stage: 'check-charges', kind: 'warning', text: 'mobal.lateCharges', sources: ['terminate'], confidence: 'high' },
  ],
};
