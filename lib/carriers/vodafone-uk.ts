/**
 * Vodafone UK (UK pay-monthly and pay-as-you-go operator). Research: carriers.md §4.2, §7 (UK Direct Debit Guarantee)
 * and §9 rule 6 (official-recheck.md has no Vodafone section).
 * Official: PAC/STAC/INFO texts, webchat or 191 / 03333 040 191, the Direct Debit Guarantee.
 * From a mirror of Vodafone's FAQ (medium): 30 days' notice, billed until disconnection, "don't cancel your Direct Debit",
 * PAC valid 30 days, itemised bills reissued up to 6 months.
 * recheck-2026-11-30.md §1 (wins): the early termination fee comes from Vodafone's own page (for agreements ended on or
 * after 24 Feb 2021 VAT is not deducted; a daily rate, less 2%), replacing the third-party "ex-VAT × months × 98%";
 * "there is no cancel button" is in no source (dropped); the Direct Debit rule is on an official page ("don't cancel
 * your Direct Debit … until we take payment for your final bill"): high. Note: research/vodafone-uk.md.
 */
import { GAPS, READ_IN_RECHECK, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

export const vodafoneUk: CarrierEntry = {
  id: 'vodafone-uk',
  country: 'GB',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['vodafone.co.uk'],
  defaults: { boughtFrom: 'carrier-online', planType: 'contract', payment: 'direct-debit', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    processingTime: { text: 'vodafoneUk.factProcessingTime', sources: ['faqMirror'], confidence: 'medium' },
    noticePeriod: { text: 'vodafoneUk.factNoticePeriod', days: 30, sources: ['faqMirror'], confidence: 'medium' },
    finalBill: { text: 'vodafoneUk.factFinalBill', sources: ['etfDirectDebit', 'faqMirror'], confidence: 'medium' },
  },
  sources: {
    cancelAccount: source('https://www.vodafone.co.uk/help-and-information/cancel-your-account', true, READ_IN_RECHECK),
    directDebitGuarantee: source(
      'http://www.vodafone.co.uk/terms-and-conditions/Business/buying-with-vodafone/buying-online/direct-debit-guarantee/',
      true,
      READ_IN_FIRST_RESEARCH,
    ),
    faqMirror: source('https://24line.net/youtube/how-do-i-cancel-my-pay-monthly-contract/', false, READ_IN_FIRST_RESEARCH),
    etfCalculated: source(
      'https://support.vodafone.co.uk/Joining-leaving/Leaving-Vodafone/1599447442/How-s-my-early-termination-fee-calculated.htm',
      true,
      READ_IN_RECHECK,
    ),
    // recheck-2026-11-30.md names this page by its title, "What will my early termination fee (ETF) be".
    etfDirectDebit: source(
      'https://support.vodafone.co.uk/Account-bill-and-top-up/Leaving-Vodafone/Switch-my-network-provider/1350010922/What-will-my-early-termination-fee-ETF-be.htm',
      true,
      READ_IN_RECHECK,
    ),
  },
  channels: [
    {
      id: 'cancel-account',
      kind: 'web',
      label: 'vodafoneUk.channelCancelAccount',
      url: 'https://www.vodafone.co.uk/help-and-information/cancel-your-account',
      sources: ['cancelAccount'],
    },
    { id: 'phone', kind: 'phone', label: 'vodafoneUk.channelPhone', url: 'tel:+443333040191', sources: ['cancelAccount'] },
  ],
  verdicts: [
    {
      id: 'chat-or-phone',
      verdict: 'online',
      text: 'vodafoneUk.verdictChatOrPhone',
      channels: ['cancel-account', 'phone'],
      sources: ['cancelAccount'],
      confidence: 'high',
    },
  ],
  rules: [
    { id: 'text-info', stage: 'gather-materials', kind: 'task', text: 'vodafoneUk.textInfo', sources: ['cancelAccount'], confidence: 'high' },
    {
      id: 'etf-formula',
      stage: 'gather-materials',
      kind: 'info',
      text: 'vodafoneUk.etfFormula',
      when: { answer: 'planType', is: ['contract', 'not-sure'] },
      sources: ['etfCalculated'],
      confidence: 'high',
    },
    { id: 'download-bills', stage: 'gather-materials', kind: 'task', text: 'vodafoneUk.downloadBills', sources: ['faqMirror'], confidence: 'medium' },
    {
      id: 'cancel-by-chat-or-phone',
      stage: 'submit-request',
      kind: 'task',
      text: 'vodafoneUk.cancelByChatOrPhone',
      channel: 'cancel-account',
      sources: ['cancelAccount'],
      confidence: 'high',
    },
    {
      id: 'keep-number',
      stage: 'submit-request',
      kind: 'info',
      text: 'vodafoneUk.keepNumber',
      when: { answer: 'hasNumber', is: ['yes', 'not-sure'] },
      channel: 'cancel-account',
      sources: ['cancelAccount', 'faqMirror'],
      confidence: 'medium',
    },
    {
      id: 'keep-direct-debit',
      stage: 'submit-request',
      kind: 'warning',
      text: 'vodafoneUk.keepDirectDebit',
      when: { answer: 'payment', is: 'direct-debit' },
      sources: ['etfDirectDebit'],
      confidence: 'high',
    },
    { id: 'end-date', stage: 'track-review', kind: 'task', text: 'vodafoneUk.endDate', sources: ['faqMirror'], confidence: 'medium' },
    {
      id: 'unused-pac',
      stage: 'track-review',
      kind: 'warning',
      text: 'vodafoneUk.unusedPac',
      when: { answer: 'hasNumber', is: ['yes', 'not-sure'] },
      sources: ['faqMirror'],
      confidence: 'medium',
    },
    {
      id: 'check-final-bill',
      stage: 'check-charges',
      kind: 'task',
      text: 'vodafoneUk.checkFinalBill',
      sources: ['faqMirror', 'cancelAccount'],
      confidence: 'medium',
    },
    {
      id: 'direct-debit-after-final-bill',
      stage: 'check-charges',
      kind: 'task',
      text: 'vodafoneUk.directDebitAfterFinalBill',
      when: { answer: 'payment', is: 'direct-debit' },
      sources: ['etfDirectDebit', 'directDebitGuarantee'],
      confidence: 'high',
    },
    {
      id: 'direct-debit-guarantee',
      stage: 'check-charges',
      kind: 'info',
      text: 'vodafoneUk.directDebitGuarantee',
      when: { answer: 'payment', is: 'direct-debit' },
      sources: ['directDebitGuarantee'],
      confidence: 'high',
    },
    {
      id: 'payg-credit-lost',
      stage: 'check-charges',
      kind: 'info',
      text: 'vodafoneUk.paygCreditLost',
      when: { answer: 'planType', is: 'pay-as-you-go' },
      sources: ['cancelAccount'],
      confidence: 'high',
    },
  ],
};
