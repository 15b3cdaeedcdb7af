/**
 * Telstra (Australian mobile operator). Research: research/telstra.md. Only older Telstra pages were found in stored
 * copies: two CrowdSupport knowledge-base notices (2019, 2021: month-to-month plans cancel at any time without
 * cancellation fees, handset repayments are still due, call 13 22 00) and the Pre-Paid SMS alerts page. How to cancel
 * today (channel, notice, final bill) was not found, so the verdict says to check by phone and the difficulty is
 * unconfirmed.
 */
import { GAPS, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const telstra: CarrierEntry = {
  id: 'telstra',
  country: 'AU',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'low',
  difficulty: 'unconfirmed',
  officialDomains: ['telstra.com.au'],
  defaults: { boughtFrom: 'carrier-online', planType: 'subscription', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    renewal: { text: 'telstra.factRenewal', sources: ['plansNotice2021', 'plansNotice2019'], confidence: 'medium' },
    autoTopUp: { text: 'telstra.factAutoTopUp', sources: ['prepaidAlerts'], confidence: 'medium' },
    finalBill: { text: 'telstra.factFinalBill', sources: ['plansNotice2021'], confidence: 'medium' },
  },
  sources: {
    plansNotice2021: source('https://crowdsupport.telstra.com.au/t5/services-kb/changes-to-your-extra-small-mobile-plan/ta-p/917976', true, READ_IN_RECHECK),
    plansNotice2019: source('https://crowdsupport.telstra.com.au/t5/Services-KB/Changes-to-some-of-our-Mobile-Plans/ta-p/826330', true, READ_IN_RECHECK),
    prepaidAlerts: source('https://www.telstra.com.au/support/mobiles-devices/sms-alerts-pre-paid', true, READ_IN_RECHECK),
  },
  channels: [
    { id: 'phone', kind: 'phone', label: 'telstra.channelPhone', url: 'tel:132200', sources: ['plansNotice2019'] },
    {
      id: 'my-telstra',
      kind: 'web',
      label: 'telstra.channelMyTelstra',
      url: 'https://www.telstra.com.au/support/mobiles-devices/sms-alerts-pre-paid',
      sources: ['prepaidAlerts'],
    },
  ],
  verdicts: [
    {
      id: 'check-by-phone',
      verdict: 'check-with-carrier',
      text: 'telstra.verdictCheck',
      channels: ['phone'],
      sources: ['plansNotice2021', 'plansNotice2019'],
      confidence: 'low',
    },
  ],
  rules: [
    {
      id: 'no-cancellation-fee',
      stage: 'confirm-online',
      kind: 'info',
      text: 'telstra.noCancellationFee',
      when: { answer: 'planType', is: 'subscription' },
      sources: ['plansNotice2021', 'plansNotice2019'],
      confidence: 'medium',
    },
    {
      id: 'prepaid-expiry',
      stage: 'confirm-online',
      kind: 'info',
      text: 'telstra.prepaidExpiry',
      when: { answer: 'planType', is: 'pay-as-you-go' },
      sources: ['prepaidAlerts'],
      confidence: 'medium',
    },
    { id: 'account-details', stage: 'gather-materials', kind: 'task', text: 'telstra.accountDetails', sources: ['plansNotice2021'], confidence: 'low' },
    { id: 'call', stage: 'submit-request', kind: 'task', text: 'telstra.call', channel: 'phone', sources: ['plansNotice2019'], confidence: 'low' },
    { id: 'handset-payout', stage: 'check-charges', kind: 'warning', text: 'telstra.handsetPayout', sources: ['plansNotice2021'], confidence: 'medium' },
    {
      id: 'automatic-recharges',
      stage: 'check-charges',
      kind: 'info',
      text: 'telstra.automaticRecharges',
      when: { answer: 'planType', is: 'pay-as-you-go' },
      channel: 'my-telstra',
      sources: ['prepaidAlerts'],
      confidence: 'medium',
    },
  ],
};
