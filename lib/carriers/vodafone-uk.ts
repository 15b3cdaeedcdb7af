/**
 * Vodafone UK (UK pay-monthly and pay-as-you-go operator). Research: carriers.md §4.2, §7 (UK Direct Debit Guarantee)
 * and §9 rule 6 (official-recheck.md has no Vodafone section).
 * Official: PAC/STAC/INFO texts, webchat or 191 / 03333 040 191, the Direct Debit Guarantee.
 * From a mirror of Vodafone's FAQ (medium): 30 days' notice, billed until disconnection, "don't cancel your Direct Debit",
 * PAC valid 30 days, itemised bills reissued up to 6 months. The early termination fee formula is third-party (low).
 */
import { GAP, source, type CarrierEntry } from './define';

export const vodafoneUk: CarrierEntry = {
  id: 'vodafone-uk',
  names: { en: 'Vodafone UK', ru: 'Vodafone UK', 'zh-CN': '沃达丰（英国）' },
  country: 'GB',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['vodafone.co.uk'],
  defaults: { boughtFrom: 'carrier-online', planType: 'contract', payment: 'direct-debit', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    processingTime: { text: 'vodafoneUk.factProcessingTime', sources: ['faqMirror'], confidence: 'medium' },
    refundWindow: GAP,
    renewal: GAP,
    autoTopUp: GAP,
    backupCard: GAP,
    noticePeriod: { text: 'vodafoneUk.factNoticePeriod', days: 30, sources: ['faqMirror'], confidence: 'medium' },
    finalBill: { text: 'vodafoneUk.factFinalBill', sources: ['faqMirror', 'cancelAccount'], confidence: 'medium' },
  },
  sources: {
    cancelAccount: source('https://www.vodafone.co.uk/help-and-information/cancel-your-account', true),
    directDebitGuarantee: source('http://www.vodafone.co.uk/terms-and-conditions/Business/buying-with-vodafone/buying-online/direct-debit-guarantee/', true),
    faqMirror: source('https://24line.net/youtube/how-do-i-cancel-my-pay-monthly-contract/', false),
    cancelGuide: source('https://theroams.co.uk/providers/vodafone/guides/cancel/', false),
  },
  channels: [
    { id: 'cancel-account', kind: 'web', label: 'vodafoneUk.channelCancelAccount', url: 'https://www.vodafone.co.uk/help-and-information/cancel-your-account', sources: ['cancelAccount'] },
    { id: 'phone', kind: 'phone', label: 'vodafoneUk.channelPhone', url: 'tel:+443333040191', sources: ['cancelAccount'] },
  ],
  verdicts: [
    { id: 'chat-or-phone', verdict: 'online', text: 'vodafoneUk.verdictChatOrPhone', channels: ['cancel-account', 'phone'], sources: ['cancelAccount'], confidence: 'high' },
  ],
  rules: [
    { id: 'text-info', stage: 'gather-materials', kind: 'task', text: 'vodafoneUk.textInfo', sources: ['cancelAccount'], confidence: 'high' },
    { id: 'etf-formula', stage: 'gather-materials', kind: 'info', text: 'vodafoneUk.etfFormula', when: { answer: 'planType', is: ['contract', 'not-sure'] }, sources: ['cancelGuide'], confidence: 'low' },
    { id: 'download-bills', stage: 'gather-materials', kind: 'task', text: 'vodafoneUk.downloadBills', sources: ['faqMirror'], confidence: 'medium' },
    { id: 'cancel-by-chat-or-phone', stage: 'submit-request', kind: 'task', text: 'vodafoneUk.cancelByChatOrPhone', channel: 'cancel-account', sources: ['cancelAccount'], confidence: 'high' },
    { id: 'keep-number', stage: 'submit-request', kind: 'info', text: 'vodafoneUk.keepNumber', when: { answer: 'hasNumber', is: ['yes', 'not-sure'] }, channel: 'cancel-account', sources: ['cancelAccount', 'faqMirror'], confidence: 'medium' },
    { id: 'keep-direct-debit', stage: 'submit-request', kind: 'warning', text: 'vodafoneUk.keepDirectDebit', when: { answer: 'payment', is: 'direct-debit' }, sources: ['faqMirror'], confidence: 'medium' },
    { id: 'end-date', stage: 'track-review', kind: 'task', text: 'vodafoneUk.endDate', sources: ['faqMirror'], confidence: 'medium' },
    { id: 'unused-pac', stage: 'track-review', kind: 'warning', text: 'vodafoneUk.unusedPac', when: { answer: 'hasNumber', is: ['yes', 'not-sure'] }, sources: ['faqMirror'], confidence: 'medium' },
    { id: 'check-final-bill', stage: 'check-charges', kind: 'task', text: 'vodafoneUk.checkFinalBill', sources: ['faqMirror', 'cancelAccount'], confidence: 'medium' },
    { id: 'direct-debit-after-final-bill', stage: 'check-charges', kind: 'task', text: 'vodafoneUk.directDebitAfterFinalBill', when: { answer: 'payment', is: 'direct-debit' }, sources: ['faqMirror', 'directDebitGuarantee'], confidence: 'medium' },
    { id: 'direct-debit-guarantee', stage: 'check-charges', kind: 'info', text: 'vodafoneUk.directDebitGuarantee', when: { answer: 'payment', is: 'direct-debit' }, sources: ['directDebitGuarantee'], confidence: 'high' },
    { id: 'payg-credit-lost', stage: 'check-charges', kind: 'info', text: 'vodafoneUk.paygCreditLost', when: { answer: 'planType', is: 'pay-as-you-go' }, sources: ['cancelAccount'], confidence: 'high' },
  ],
};
