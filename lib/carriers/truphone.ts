/**
 * Truphone, now 1GLOBAL (TP Global Operations Ltd, UK). Research: carriers.md §2.9, §6 and §9 rule 2.
 * Legacy Truphone pages describe an Automatic top-up authority cancelled in My Account; 1GLOBAL's 2024 contract
 * summary says prepaid data plans do not renew. Refunds, processing times and ending a plan early were not found.
 * recheck-2026-11-30.md §1 (wins): the support address is business.help@1global.com "if you are a consumer or a business"
 * (complaints code 2023 and 2024, contract summary of 24 May 2024), not help@1global.com; help@truphone.com is only for a
 * paper copy of the top-up terms (£10). Note: research/truphone.md.
 */
import type { Condition } from '../engine/schema';
import { GAPS, READ_IN_RECHECK, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

/** A legacy Truphone SIM with a balance or a TruUnlimited bundle: the plans that Automatic top-up charges. */
const legacyTopUp: Condition = { answer: 'planType', is: ['pay-as-you-go', 'subscription'] };

export const truphone: CarrierEntry = {
  id: 'truphone',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['truphone.com', '1global.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'not-sure' },
  facts: {
    ...GAPS,
    renewal: { text: 'truphone.factRenewal', sources: ['contractSummary'], confidence: 'high' },
    autoTopUp: { text: 'truphone.factAutoTopUp', sources: ['autoTopUpTerms', 'truUnlimited'], confidence: 'medium' },
  },
  sources: {
    autoTopUpTerms: source('https://truphone.com/legal/truphone-automatic-top-up-terms-and-conditions', true, READ_IN_RECHECK),
    truUnlimited: source('https://web.truphone.com/es/legal/truunlimited-terms-and-conditions/', true, READ_IN_FIRST_RESEARCH),
    prepayTerms: source('https://web.truphone.com/legal/truphone-prepay-sim-terms-and-conditions/', true, READ_IN_FIRST_RESEARCH),
    auCis: source('https://truphone.com/legal/au-truphone-sim-cis', true, READ_IN_FIRST_RESEARCH),
    contractSummary: source('https://www.1global.com/nl/legal/contract-summary-for-electronic-sim-e-sim-terms-and-conditions', true, READ_IN_FIRST_RESEARCH),
    codeOfConduct: source('https://www.1global.com/fr/legal/code-of-conduct', true, READ_IN_FIRST_RESEARCH),
    complaintsCode: source('https://www.1global.com/legal/complaints-code', true, READ_IN_RECHECK),
  },
  channels: [
    { id: 'my-account', kind: 'web', label: 'truphone.channelMyAccount', url: 'https://truphone.com/', sources: ['autoTopUpTerms'] },
    { id: 'email', kind: 'email', label: 'truphone.channelEmail', url: 'mailto:business.help@1global.com', sources: ['complaintsCode'] },
    { id: 'phone', kind: 'phone', label: 'truphone.channelPhone', url: 'tel:+442033180742', sources: ['complaintsCode', 'codeOfConduct'] },
  ],
  verdicts: [
    {
      id: 'legacy-auto-top-up',
      verdict: 'online',
      text: 'truphone.verdictLegacyTopUp',
      when: legacyTopUp,
      channels: ['my-account', 'phone', 'email'],
      sources: ['autoTopUpTerms', 'truUnlimited'],
      confidence: 'medium',
    },
    {
      id: 'check-with-1global',
      verdict: 'check-with-carrier',
      text: 'truphone.verdictDataPlan',
      channels: ['email', 'phone'],
      sources: ['contractSummary', 'complaintsCode'],
      confidence: 'low',
    },
  ],
  rules: [
    { id: 'no-renewal', stage: 'confirm-online', kind: 'info', text: 'truphone.noRenewal', sources: ['contractSummary'], confidence: 'high' },
    { id: 'legacy-australia', stage: 'confirm-online', kind: 'info', text: 'truphone.legacyAustralia', sources: ['auCis'], confidence: 'medium' },
    {
      id: 'my-account-login',
      stage: 'gather-materials',
      kind: 'task',
      text: 'truphone.myAccountLogin',
      when: legacyTopUp,
      channel: 'my-account',
      sources: ['autoTopUpTerms'],
      confidence: 'medium',
    },
    {
      id: 'cancel-auto-top-up',
      stage: 'submit-request',
      kind: 'task',
      text: 'truphone.cancelAutoTopUp',
      when: legacyTopUp,
      channel: 'my-account',
      sources: ['autoTopUpTerms'],
      confidence: 'medium',
    },
    {
      id: 'paper-copy-fee',
      stage: 'submit-request',
      kind: 'info',
      text: 'truphone.paperCopyFee',
      when: legacyTopUp,
      sources: ['autoTopUpTerms'],
      confidence: 'medium',
    },
    {
      id: 'tru-unlimited',
      stage: 'submit-request',
      kind: 'warning',
      text: 'truphone.truUnlimited',
      when: { answer: 'planType', is: 'subscription' },
      sources: ['truUnlimited'],
      confidence: 'medium',
    },
    {
      id: 'ask-1global',
      stage: 'submit-request',
      kind: 'task',
      text: 'truphone.ask1global',
      when: { not: legacyTopUp },
      channel: 'email',
      sources: ['complaintsCode', 'contractSummary'],
      confidence: 'low',
    },
    {
      id: 'prepay-balance',
      stage: 'check-charges',
      kind: 'info',
      text: 'truphone.prepayBalance',
      when: { answer: 'planType', is: 'pay-as-you-go' },
      sources: ['prepayTerms'],
      confidence: 'medium',
    },
    {
      id: 'no-top-up-charge',
      stage: 'check-charges',
      kind: 'task',
      text: 'truphone.noTopUpCharge',
      when: legacyTopUp,
      sources: ['autoTopUpTerms'],
      confidence: 'medium',
    },
  ],
};
