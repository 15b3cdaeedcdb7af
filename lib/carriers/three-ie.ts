/**
 * Three Ireland (Irish operator, Three Ireland (Hutchison) Limited). Research: research/three-ie.md, legal pages and an
 * ask3 help page read in stored copies on 2026-11-30. Official: within 14 days a contract made at a distance can be
 * cancelled without reason (webchat, post, or call 1913), refunded within 14 days of telling Three; the 14-day money
 * back guarantee for coverage problems. How to leave after the first 14 days was NOT found, so difficulty is
 * unconfirmed. EU rights (lib/rights/eu.ts) apply by country.
 */
import { GAPS, source, type CarrierEntry } from './define';

export const threeIe: CarrierEntry = {
  id: 'three-ie',
  country: 'IE',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'medium',
  difficulty: 'unconfirmed',
  officialDomains: ['three.ie'],
  defaults: { boughtFrom: 'carrier-online', planType: 'contract', payment: 'direct-debit', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    processingTime: { text: 'threeIe.factProcessingTime', sources: ['cancellations', 'distanceSelling'], confidence: 'high' },
    refundWindow: { text: 'threeIe.factRefundWindow', days: 14, sources: ['cancellations', 'distanceSelling'], confidence: 'high' },
  },
  sources: {
    cancellations: source('https://three.ie/legal/terms/cancellations.html', true, '2026-11-30'),
    distanceSelling: source('https://www.three.ie/legal/policies/distance-selling-tishl.html', true, '2026-11-30'),
    moneyBack: source(
      'http://ask3.three.ie/ROIWebdocs/Changes/Device%20Services/Cancellation/What%20is%20the%2014%20Day%20money%20back%20guarantee.htm',
      true,
      '2026-11-30',
    ),
  },
  channels: [
    { id: 'webchat', kind: 'chat', label: 'threeIe.channelWebchat', url: 'https://www.three.ie/web/contact-us/', sources: ['cancellations'] },
    { id: 'phone', kind: 'phone', label: 'threeIe.channelPhone', url: 'tel:1913', sources: ['distanceSelling', 'moneyBack'] },
    { id: 'phone-abroad', kind: 'phone', label: 'threeIe.channelPhoneAbroad', url: 'tel:+353833333333', sources: ['distanceSelling'] },
  ],
  verdicts: [
    {
      id: 'contact-three',
      verdict: 'check-with-carrier',
      text: 'threeIe.verdictContact',
      channels: ['webchat', 'phone', 'phone-abroad'],
      sources: ['cancellations', 'distanceSelling'],
      confidence: 'medium',
    },
  ],
  rules: [
    {
      id: 'fourteen-days',
      stage: 'confirm-online',
      kind: 'info',
      text: 'threeIe.fourteenDays',
      sources: ['cancellations', 'distanceSelling'],
      confidence: 'high',
    },
    {
      id: 'cancellation-details',
      stage: 'gather-materials',
      kind: 'task',
      text: 'threeIe.cancellationDetails',
      sources: ['cancellations'],
      confidence: 'high',
    },
    { id: 'coverage-guarantee', stage: 'gather-materials', kind: 'info', text: 'threeIe.coverageGuarantee', sources: ['moneyBack'], confidence: 'high' },
    {
      id: 'tell-three',
      stage: 'submit-request',
      kind: 'task',
      text: 'threeIe.tellThree',
      channel: 'webchat',
      sources: ['cancellations', 'distanceSelling'],
      confidence: 'high',
    },
    { id: 'refund-time', stage: 'check-charges', kind: 'info', text: 'threeIe.refundTime', sources: ['cancellations', 'distanceSelling'], confidence: 'high' },
  ],
};
