/**
 * Lycamobile UK (Lyca Mobile UK Limited, pay-as-you-go). Research: research/lycamobile-uk.md, pages read 2026-11-30 in
 * stored copies. Official: the prepay terms (Customer Services: 322 from a Lyca Mobile account, cs@lycamobile.co.uk;
 * Auto Top-Up through My Lycamobile) and the top-up terms (no cash refund of any remaining credit, even after the SIM
 * is deactivated or the agreement ends). How to stop a bundle's auto-renewal is only in a third-party guide (medium):
 * difficulty stays "unconfirmed". PAC/STAC text-to-switch comes from the UK rights by country.
 */
import { GAPS, source, type CarrierEntry } from './define';

export const lycamobileUk: CarrierEntry = {
  id: 'lycamobile-uk',
  country: 'GB',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'medium',
  difficulty: 'unconfirmed',
  officialDomains: ['lycamobile.co.uk'],
  defaults: { boughtFrom: 'carrier-online', planType: 'pay-as-you-go', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    renewal: { text: 'lycamobileUk.factRenewal', sources: ['autoRenewGuide'], confidence: 'medium' },
    autoTopUp: { text: 'lycamobileUk.factAutoTopUp', sources: ['topUpTerms'], confidence: 'high' },
    finalBill: { text: 'lycamobileUk.factFinalBill', sources: ['topUpTerms'], confidence: 'high' },
  },
  sources: {
    prepayTerms: source('https://prepay.lycamobile.co.uk/en/termscondition/', true, '2026-11-30'),
    topUpTerms: source('https://www.lycamobile.co.uk/en/termsconditions/top-up-services/', true, '2026-11-30'),
    autoRenewGuide: source('https://networkbuildz.com/stop-auto-renewal-on-lycamobile/', false, '2026-11-30'),
  },
  channels: [
    { id: 'email', kind: 'email', label: 'lycamobileUk.channelEmail', url: 'mailto:cs@lycamobile.co.uk', sources: ['prepayTerms'] },
    {
      id: 'top-up-terms',
      kind: 'web',
      label: 'lycamobileUk.channelTopUpTerms',
      url: 'https://www.lycamobile.co.uk/en/termsconditions/top-up-services/',
      sources: ['topUpTerms'],
    },
  ],
  verdicts: [
    {
      id: 'stop-renewal',
      verdict: 'online',
      text: 'lycamobileUk.verdictStopRenewal',
      channels: ['email'],
      sources: ['autoRenewGuide', 'prepayTerms'],
      confidence: 'medium',
    },
  ],
  rules: [
    {
      id: 'credit-not-refunded',
      stage: 'gather-materials',
      kind: 'warning',
      text: 'lycamobileUk.creditNotRefunded',
      channel: 'top-up-terms',
      sources: ['topUpTerms'],
      confidence: 'high',
    },
    {
      id: 'stop-bundle-renewal',
      stage: 'submit-request',
      kind: 'task',
      text: 'lycamobileUk.stopBundleRenewal',
      sources: ['autoRenewGuide'],
      confidence: 'medium',
    },
    {
      id: 'auto-top-up',
      stage: 'submit-request',
      kind: 'task',
      text: 'lycamobileUk.autoTopUp',
      when: { answer: 'payment', is: ['card', 'not-sure'] },
      channel: 'email',
      sources: ['topUpTerms', 'prepayTerms'],
      confidence: 'medium',
    },
    {
      id: 'customer-services',
      stage: 'submit-request',
      kind: 'info',
      text: 'lycamobileUk.customerServices',
      channel: 'email',
      sources: ['prepayTerms'],
      confidence: 'high',
    },
    { id: 'no-new-charge', stage: 'check-charges', kind: 'task', text: 'lycamobileUk.noNewCharge', sources: ['autoRenewGuide'], confidence: 'medium' },
  ],
};
