/**
 * AT&T (US operator). Research: research/att.md, pages read 2026-11-30 in stored copies.
 * Official: the cancel-service article (online cancel request unless the device is part of a trade-in offer, on a
 * single line or yours for 14 days or less; installment balance due on the next bill), the ETF FAQ (the fee decreases
 * for each full month), the ETF estimate article and the ETF table ($325 − $10 / $150 − $4 a completed month).
 * The cancel article's "ETF added to the final bill" sits under a business-accounts heading: not used for consumers.
 */
import { GAPS, source, type CarrierEntry } from './define';

export const att: CarrierEntry = {
  id: 'att',
  country: 'US',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'high',
  difficulty: 'medium',
  officialDomains: ['att.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'contract', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    refundWindow: { text: 'att.factRefundWindow', days: 14, sources: ['etfEstimate', 'cancelService'], confidence: 'high' },
    finalBill: { text: 'att.factFinalBill', sources: ['cancelService', 'etfFaq'], confidence: 'high' },
  },
  sources: {
    cancelService: source('https://www.att.com/support/article/my-account/KM1395721', true, '2026-11-30'),
    etfFaq: source(
      'https://www.att.com/support/article/faq/wireless/KM1257040/will-i-owe-early-termination-fee-etf-if-i-cancel-wireless-service',
      true,
      '2026-11-30',
    ),
    etfEstimate: source('https://www.att.com/support/article/my-account/KM1040766/', true, '2026-11-30'),
    etfTable: source('https://www.att.com/support/article/my-account/KM1253555/', true, '2026-11-30'),
  },
  channels: [
    {
      id: 'cancel-service',
      kind: 'web',
      label: 'att.channelCancelService',
      url: 'https://www.att.com/support/article/my-account/KM1395721',
      sources: ['cancelService'],
    },
    {
      id: 'etf-estimate',
      kind: 'web',
      label: 'att.channelEtfEstimate',
      url: 'https://www.att.com/support/article/my-account/KM1040766/',
      sources: ['etfEstimate'],
    },
  ],
  verdicts: [
    { id: 'online-request', verdict: 'online', text: 'att.verdictOnlineRequest', channels: ['cancel-service'], sources: ['cancelService'], confidence: 'high' },
  ],
  rules: [
    {
      id: 'check-etf',
      stage: 'gather-materials',
      kind: 'task',
      text: 'att.checkEtf',
      when: { answer: 'planType', is: ['contract', 'not-sure'] },
      channel: 'etf-estimate',
      sources: ['etfEstimate', 'etfFaq'],
      confidence: 'high',
    },
    {
      id: 'etf-amounts',
      stage: 'gather-materials',
      kind: 'info',
      text: 'att.etfAmounts',
      when: { answer: 'planType', is: ['contract', 'not-sure'] },
      sources: ['etfTable'],
      confidence: 'high',
    },
    {
      id: 'installment-balance',
      stage: 'gather-materials',
      kind: 'info',
      text: 'att.installmentBalance',
      sources: ['cancelService', 'etfFaq'],
      confidence: 'high',
    },
    { id: 'first-14-days', stage: 'gather-materials', kind: 'info', text: 'att.first14Days', sources: ['etfEstimate', 'cancelService'], confidence: 'high' },
    {
      id: 'online-request',
      stage: 'submit-request',
      kind: 'task',
      text: 'att.onlineRequest',
      channel: 'cancel-service',
      sources: ['cancelService'],
      confidence: 'high',
    },
    {
      id: 'contact-exceptions',
      stage: 'submit-request',
      kind: 'info',
      text: 'att.contactExceptions',
      channel: 'cancel-service',
      sources: ['cancelService'],
      confidence: 'high',
    },
    { id: 'final-bill', stage: 'check-charges', kind: 'task', text: 'att.finalBill', sources: ['cancelService', 'etfFaq'], confidence: 'high' },
  ],
};
