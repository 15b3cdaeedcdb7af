/**
 * GigSky (travel eSIMs, US). Research: carriers.md §2.8, §9 rule 3 and §10.
 * Official: no monthly fee and no automatic renewal. The refund policy was not found, so the verdict
 * sends the traveler to GigSky Support (check with the carrier, low).
 */
import { GAPS, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

export const gigsky: CarrierEntry = {
  id: 'gigsky',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['gigsky.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    renewal: { text: 'gigsky.factRenewal', sources: ['noSuspend'], confidence: 'high' },
  },
  sources: {
    noSuspend: source(
      'https://support.gigsky.com/hc/en-us/articles/206239477-Can-I-suspend-my-service-and-reactivate-it-at-a-later-date',
      true,
      READ_IN_FIRST_RESEARCH,
    ),
    expiring: source(
      'https://support.gigsky.com/hc/en-us/articles/360011685633-How-do-I-know-when-my-data-plan-is-getting-close-to-expiring',
      true,
      READ_IN_FIRST_RESEARCH,
    ),
  },
  channels: [{ id: 'support', kind: 'web', label: 'gigsky.channelSupport', url: 'https://support.gigsky.com/hc/en-us', sources: ['expiring'] }],
  verdicts: [
    {
      id: 'check-with-gigsky',
      verdict: 'check-with-carrier',
      text: 'gigsky.verdict',
      channels: ['support'],
      sources: ['noSuspend', 'expiring'],
      confidence: 'low',
    },
  ],
  rules: [
    { id: 'no-renewal', stage: 'confirm-online', kind: 'info', text: 'gigsky.noRenewal', sources: ['noSuspend'], confidence: 'high' },
    { id: 'activation-deadline', stage: 'confirm-online', kind: 'info', text: 'gigsky.activationDeadline', sources: ['noSuspend'], confidence: 'high' },
    { id: 'no-refund-policy', stage: 'confirm-online', kind: 'info', text: 'gigsky.noRefundPolicy', sources: ['noSuspend'], confidence: 'low' },
    { id: 'top-up-expiry', stage: 'confirm-online', kind: 'info', text: 'gigsky.topUpExpiry', sources: ['expiring'], confidence: 'high' },
    { id: 'ask-support', stage: 'submit-request', kind: 'task', text: 'gigsky.askSupport', channel: 'support', sources: ['expiring'], confidence: 'low' },
  ],
};
