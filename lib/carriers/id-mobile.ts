/**
 * iD Mobile (UK network sold online and formerly in Carphone Warehouse stores). Research: research/id-mobile.md, the
 * official "Returns & cancellation" help page and iD Mobile's own community tutorial, read in stored copies on
 * 2026-11-30. Official: return within 30 days (online/phone, by calling 0333 003 7777) or 14 days (in store); keep the
 * Direct Debit open a month after disconnection. The 30 days' notice comes from the community tutorial, so it is rated
 * medium. PAC/STAC text-to-switch comes from the UK rights (lib/rights/gb.ts) by country.
 */
import { GAPS, source, type CarrierEntry } from './define';

export const idMobile: CarrierEntry = {
  id: 'id-mobile',
  country: 'GB',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'high',
  difficulty: 'medium',
  officialDomains: ['idmobile.co.uk'],
  defaults: { boughtFrom: 'carrier-online', planType: 'contract', payment: 'direct-debit', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    refundWindow: { text: 'idMobile.factRefundWindow', days: 30, sources: ['returns'], confidence: 'high' },
    noticePeriod: { text: 'idMobile.factNoticePeriod', days: 30, sources: ['endPlanTutorial'], confidence: 'medium' },
    finalBill: { text: 'idMobile.factFinalBill', sources: ['returns'], confidence: 'high' },
  },
  sources: {
    returns: source('https://www.idmobile.co.uk/help-and-advice/returns', true, '2026-11-30'),
    endPlanTutorial: source('https://community.idmobile.co.uk/cancellations-51/how-to-end-your-pay-monthly-plan-30155', true, '2026-11-30'),
  },
  channels: [
    { id: 'phone', kind: 'phone', label: 'idMobile.channelPhone', url: 'tel:03330037777', sources: ['returns'] },
    { id: 'returns', kind: 'web', label: 'idMobile.channelReturns', url: 'https://www.idmobile.co.uk/help-and-advice/returns', sources: ['returns'] },
  ],
  verdicts: [
    {
      id: 'call-or-contact',
      verdict: 'phone',
      text: 'idMobile.verdictContact',
      channels: ['phone', 'returns'],
      sources: ['returns', 'endPlanTutorial'],
      confidence: 'medium',
    },
  ],
  rules: [
    { id: 'returns-period', stage: 'confirm-online', kind: 'info', text: 'idMobile.returnsPeriod', sources: ['returns'], confidence: 'high' },
    { id: 'in-store', stage: 'gather-materials', kind: 'info', text: 'idMobile.inStore', sources: ['returns'], confidence: 'high' },
    {
      id: 'early-fee',
      stage: 'gather-materials',
      kind: 'info',
      text: 'idMobile.earlyFee',
      when: { answer: 'planType', is: ['contract', 'not-sure'] },
      sources: ['returns', 'endPlanTutorial'],
      confidence: 'medium',
    },
    { id: 'call-to-return', stage: 'submit-request', kind: 'task', text: 'idMobile.callToReturn', channel: 'phone', sources: ['returns'], confidence: 'high' },
    { id: 'notice', stage: 'track-review', kind: 'info', text: 'idMobile.notice', sources: ['endPlanTutorial'], confidence: 'medium' },
    { id: 'keep-direct-debit', stage: 'check-charges', kind: 'warning', text: 'idMobile.keepDirectDebit', sources: ['returns'], confidence: 'high' },
  ],
};
