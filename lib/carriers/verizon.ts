/**
 * Verizon (US operator). Research: research/verizon.md, page read 2026-11-30 in a stored copy.
 * Official: "How to disconnect a mobile line or cancel your mobile phone account" (My Verizon disconnect page or chat,
 * or Customer Service; who may cancel and what to have ready; device balance on the final bill; porting closes the
 * account by itself, new numbers do not; accounts under 30 days go by the Return Policy).
 */
import { GAPS, source, type CarrierEntry } from './define';

export const verizon: CarrierEntry = {
  id: 'verizon',
  country: 'US',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'high',
  difficulty: 'medium',
  officialDomains: ['verizon.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'contract', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    finalBill: { text: 'verizon.factFinalBill', sources: ['disconnect'], confidence: 'high' },
  },
  sources: {
    disconnect: source('https://www.verizon.com/support/disconnect-cancel-mobile/', true, '2026-11-30'),
  },
  channels: [
    {
      id: 'disconnect',
      kind: 'web',
      label: 'verizon.channelDisconnect',
      url: 'https://www.verizon.com/support/disconnect-cancel-mobile/',
      sources: ['disconnect'],
    },
  ],
  verdicts: [
    { id: 'online-or-phone', verdict: 'online', text: 'verizon.verdictOnlineOrPhone', channels: ['disconnect'], sources: ['disconnect'], confidence: 'high' },
  ],
  rules: [
    { id: 'owner-details', stage: 'gather-materials', kind: 'task', text: 'verizon.ownerDetails', sources: ['disconnect'], confidence: 'high' },
    { id: 'device-balance', stage: 'gather-materials', kind: 'task', text: 'verizon.deviceBalance', sources: ['disconnect'], confidence: 'high' },
    { id: 'new-account', stage: 'gather-materials', kind: 'info', text: 'verizon.newAccount', sources: ['disconnect'], confidence: 'high' },
    {
      id: 'port-first',
      stage: 'submit-request',
      kind: 'warning',
      text: 'verizon.portFirst',
      when: { answer: 'hasNumber', is: ['yes', 'not-sure'] },
      channel: 'disconnect',
      sources: ['disconnect'],
      confidence: 'high',
    },
    {
      id: 'disconnect-online',
      stage: 'submit-request',
      kind: 'task',
      text: 'verizon.disconnectOnline',
      channel: 'disconnect',
      sources: ['disconnect'],
      confidence: 'high',
    },
    { id: 'new-numbers-close', stage: 'track-review', kind: 'warning', text: 'verizon.newNumbersClose', sources: ['disconnect'], confidence: 'high' },
    { id: 'final-bill', stage: 'check-charges', kind: 'task', text: 'verizon.finalBill', sources: ['disconnect'], confidence: 'high' },
  ],
};
