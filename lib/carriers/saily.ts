/**
 * Saily (travel eSIMs, Nord Security). Research: carriers.md §2.5, §8 and §9 rules 2–3.
 * The Saily Ultra subscription and its 48-hour cancellation notice come only from a competitor's page
 * (Holafly), so everything about Ultra is low confidence and says so.
 */
import { GAPS, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

export const saily: CarrierEntry = {
  id: 'saily',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['saily.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    refundWindow: { text: 'saily.factRefundWindow', days: 30, sources: ['refundPolicy', 'refundBlog', 'terms'], confidence: 'high' },
    renewal: { text: 'saily.factRenewal', sources: ['ultraCompetitor'], confidence: 'low' },
    noticePeriod: { text: 'saily.factNoticePeriod', days: 2, sources: ['ultraCompetitor'], confidence: 'low' },
  },
  sources: {
    refundPolicy: source('https://support.saily.com/hc/en-us/articles/16420576170652-What-is-Saily-s-refund-policy', true, READ_IN_FIRST_RESEARCH),
    refundBlog: source('https://saily.com/en/blog/saily-refund', true, READ_IN_FIRST_RESEARCH),
    terms: source('http://saily.com/legal/terms-of-service/', true, READ_IN_FIRST_RESEARCH),
    ultraCompetitor: source('https://esim.holafly.com/reviews/cancel-saily-ultra', false, READ_IN_FIRST_RESEARCH),
  },
  channels: [
    {
      id: 'refund-help',
      kind: 'web',
      label: 'saily.channelRefundHelp',
      url: 'https://support.saily.com/hc/en-us/articles/16420576170652-What-is-Saily-s-refund-policy',
      sources: ['refundPolicy'],
    },
    { id: 'website', kind: 'web', label: 'saily.channelWebsite', url: 'https://saily.com/', sources: ['refundPolicy'] },
  ],
  verdicts: [
    {
      id: 'ultra-check',
      verdict: 'check-with-carrier',
      text: 'saily.verdictUltra',
      when: { answer: 'planType', is: 'subscription' },
      channels: ['refund-help', 'website'],
      sources: ['ultraCompetitor', 'refundPolicy'],
      confidence: 'low',
    },
    { id: 'online', verdict: 'online', text: 'saily.verdictOnline', channels: ['website', 'refund-help'], sources: ['refundPolicy'], confidence: 'high' },
  ],
  rules: [
    { id: 'auto-activation', stage: 'confirm-online', kind: 'warning', text: 'saily.autoActivation', sources: ['refundBlog'], confidence: 'medium' },
    { id: 'after-activation', stage: 'confirm-online', kind: 'info', text: 'saily.afterActivation', sources: ['refundPolicy', 'terms'], confidence: 'high' },
    { id: 'account-and-plan', stage: 'gather-materials', kind: 'task', text: 'saily.accountAndPlan', sources: ['refundPolicy'], confidence: 'high' },
    {
      id: 'request-refund',
      stage: 'submit-request',
      kind: 'task',
      text: 'saily.requestRefund',
      when: { not: { answer: 'planType', is: 'subscription' } },
      channel: 'website',
      sources: ['refundPolicy'],
      confidence: 'high',
    },
    {
      id: 'cancel-ultra',
      stage: 'submit-request',
      kind: 'task',
      text: 'saily.cancelUltra',
      when: { answer: 'planType', is: 'subscription' },
      channel: 'refund-help',
      sources: ['ultraCompetitor'],
      confidence: 'low',
    },
    { id: 'no-processing-time', stage: 'track-review', kind: 'info', text: 'saily.noProcessingTime', sources: ['refundPolicy'], confidence: 'low' },
    {
      id: 'ultra-next-bill',
      stage: 'check-charges',
      kind: 'task',
      text: 'saily.ultraNextBill',
      when: { answer: 'planType', is: 'subscription' },
      sources: ['ultraCompetitor'],
      confidence: 'low',
    },
  ],
};
