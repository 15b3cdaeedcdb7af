/**
 * Digital Republic (Swiss data SIM and eSIM subscriptions). Research: research/digital-republic.md
 * (support.digitalrepublic.ch article 33000229641, read 2026-11-30). Official: pause or cancel the automatic renewal at
 * any time in the online account ("cockpit"), at no cost; deleting the account for good takes a support ticket.
 * The page is read in English; German pages were not found, so letters are in English for now.
 */
import { GAPS, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const digitalRepublic: CarrierEntry = {
  id: 'digital-republic',
  country: 'CH',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'high',
  difficulty: 'easy',
  officialDomains: ['digitalrepublic.ch'],
  defaults: { boughtFrom: 'carrier-online', planType: 'subscription', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    renewal: { text: 'digitalRepublic.factRenewal', sources: ['cockpit'], confidence: 'high' },
    finalBill: { text: 'digitalRepublic.factFinalBill', sources: ['cockpit'], confidence: 'high' },
  },
  sources: {
    cockpit: source(
      'https://support.digitalrepublic.ch/en/support/solutions/articles/33000229641-how-can-i-manage-deactivate-or-pause-my-subscription-in-the-cockpit-',
      true,
      READ_IN_RECHECK,
    ),
  },
  channels: [
    {
      id: 'cockpit-help',
      kind: 'web',
      label: 'digitalRepublic.channelCockpitHelp',
      url: 'https://support.digitalrepublic.ch/en/support/solutions/articles/33000229641-how-can-i-manage-deactivate-or-pause-my-subscription-in-the-cockpit-',
      sources: ['cockpit'],
    },
  ],
  verdicts: [{ id: 'online', verdict: 'online', text: 'digitalRepublic.verdictOnline', channels: ['cockpit-help'], sources: ['cockpit'], confidence: 'high' }],
  rules: [
    {
      id: 'renewal-is-the-subscription',
      stage: 'confirm-online',
      kind: 'info',
      text: 'digitalRepublic.renewalIsTheSubscription',
      sources: ['cockpit'],
      confidence: 'high',
    },
    {
      id: 'turn-off-renewal',
      stage: 'submit-request',
      kind: 'task',
      text: 'digitalRepublic.turnOffRenewal',
      channel: 'cockpit-help',
      sources: ['cockpit'],
      confidence: 'high',
    },
    {
      id: 'delete-account',
      stage: 'submit-request',
      kind: 'info',
      text: 'digitalRepublic.deleteAccount',
      channel: 'cockpit-help',
      sources: ['cockpit'],
      confidence: 'high',
    },
    {
      id: 'check-setting',
      stage: 'track-review',
      kind: 'task',
      text: 'digitalRepublic.checkSetting',
      channel: 'cockpit-help',
      sources: ['cockpit'],
      confidence: 'medium',
    },
    { id: 'no-further-charge', stage: 'check-charges', kind: 'task', text: 'digitalRepublic.noFurtherCharge', sources: ['cockpit'], confidence: 'medium' },
  ],
};
