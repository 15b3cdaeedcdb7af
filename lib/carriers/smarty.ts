/**
 * SMARTY (UK SIM-only network, smarty.co.uk). Research: research/smarty.md, two help-centre articles read in stored
 * copies on 2026-11-30. Official: plans auto-renew and you stop them by turning off auto-renew in the dashboard or app;
 * an inactive account is closed after 220 days with an email 40 days before; after switching away, left-over credit can
 * be refunded on request within 90 days. PAC/STAC text-to-switch comes from the UK rights (lib/rights/gb.ts) by country.
 */
import { GAPS, source, type CarrierEntry } from './define';

export const smarty: CarrierEntry = {
  id: 'smarty',
  country: 'GB',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'high',
  difficulty: 'easy',
  officialDomains: ['smarty.co.uk'],
  defaults: { boughtFrom: 'carrier-online', planType: 'subscription', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    refundWindow: { text: 'smarty.factRefundWindow', days: 90, sources: ['rightToRefund'], confidence: 'high' },
    renewal: { text: 'smarty.factRenewal', sources: ['pausePlan'], confidence: 'high' },
  },
  sources: {
    pausePlan: source('https://help.smarty.co.uk/en/articles/952720-how-do-i-pause-my-plan', true, '2026-11-30'),
    pausePlanSteps: source('https://community.smarty.co.uk/t5/help-videos/how-do-i-pause-my-plan/ba-p/26579', true, '2026-11-30'),
    rightToRefund: source('https://help.smarty.co.uk/en/articles/7022336-leaving-smarty-right-to-refund', true, '2026-11-30'),
  },
  channels: [
    {
      id: 'pause-plan',
      kind: 'web',
      label: 'smarty.channelPausePlan',
      url: 'https://help.smarty.co.uk/en/articles/952720-how-do-i-pause-my-plan',
      sources: ['pausePlan'],
    },
    {
      id: 'right-to-refund',
      kind: 'web',
      label: 'smarty.channelRightToRefund',
      url: 'https://help.smarty.co.uk/en/articles/7022336-leaving-smarty-right-to-refund',
      sources: ['rightToRefund'],
    },
  ],
  verdicts: [
    {
      id: 'online',
      verdict: 'online',
      text: 'smarty.verdictOnline',
      channels: ['pause-plan', 'right-to-refund'],
      sources: ['pausePlan', 'rightToRefund'],
      confidence: 'high',
    },
  ],
  rules: [
    {
      id: 'turn-off-auto-renew',
      stage: 'submit-request',
      kind: 'task',
      text: 'smarty.turnOffAutoRenew',
      channel: 'pause-plan',
      sources: ['pausePlan', 'pausePlanSteps'],
      confidence: 'high',
    },
    { id: 'group-owner', stage: 'gather-materials', kind: 'info', text: 'smarty.groupOwner', sources: ['pausePlan', 'rightToRefund'], confidence: 'high' },
    { id: 'account-closure', stage: 'track-review', kind: 'info', text: 'smarty.accountClosure', sources: ['pausePlan'], confidence: 'high' },
    {
      id: 'refund-after-switch',
      stage: 'check-charges',
      kind: 'task',
      text: 'smarty.refundAfterSwitch',
      channel: 'right-to-refund',
      sources: ['rightToRefund'],
      confidence: 'high',
    },
  ],
};
