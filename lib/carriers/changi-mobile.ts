/**
 * Changi Mobile (Singapore no-contract mobile plans, managed in the Changi Go app). Research: research/changi-mobile.md
 * (changimobile.com/T&C/, read 2026-11-30). Official: no contract; a recurring monthly charge on the card stored in the
 * Changi Go app; nothing is refunded once sold. How to stop the plan was not found: difficulty "unconfirmed" and the
 * verdict is "check with the carrier".
 */
import { GAPS, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const changiMobile: CarrierEntry = {
  id: 'changi-mobile',
  country: 'SG',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'low',
  difficulty: 'unconfirmed',
  officialDomains: ['changimobile.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'subscription', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    refundWindow: { text: 'changiMobile.factRefundWindow', sources: ['terms'], confidence: 'high' },
    renewal: { text: 'changiMobile.factRenewal', sources: ['terms'], confidence: 'high' },
  },
  sources: {
    terms: source('https://changimobile.com/T&C/', true, READ_IN_RECHECK),
  },
  channels: [{ id: 'terms', kind: 'web', label: 'changiMobile.channelTerms', url: 'https://changimobile.com/T&C/', sources: ['terms'] }],
  verdicts: [
    { id: 'check-with-changi', verdict: 'check-with-carrier', text: 'changiMobile.verdict', channels: ['terms'], sources: ['terms'], confidence: 'low' },
  ],
  rules: [
    { id: 'no-refund', stage: 'confirm-online', kind: 'warning', text: 'changiMobile.noRefund', sources: ['terms'], confidence: 'high' },
    { id: 'monthly-charge', stage: 'confirm-online', kind: 'info', text: 'changiMobile.monthlyCharge', sources: ['terms'], confidence: 'high' },
    {
      id: 'ask-how-to-stop',
      stage: 'submit-request',
      kind: 'task',
      text: 'changiMobile.askHowToStop',
      channel: 'terms',
      sources: ['terms'],
      confidence: 'low',
    },
    { id: 'card-in-app', stage: 'check-charges', kind: 'task', text: 'changiMobile.cardInApp', sources: ['terms'], confidence: 'medium' },
  ],
};
