/**
 * Three UK (UK operator, Hutchison 3G UK). Research: research/three-uk.md, pages read 2026-11-30 in stored copies.
 * Official: the "Cancel your contract" page (30 days' notice, the early cancellation fee formula, what to have ready)
 * and the end-of-contract notification FAQ (notified 10 to 40 days before the minimum term ends; after it, leaving costs
 * no cancellation fee). PAC/STAC text-to-switch comes from the UK rights (lib/rights/gb.ts) by country.
 */
import { GAPS, source, type CarrierEntry } from './define';

export const threeUk: CarrierEntry = {
  id: 'three-uk',
  country: 'GB',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'high',
  difficulty: 'medium',
  officialDomains: ['three.co.uk'],
  defaults: { boughtFrom: 'carrier-online', planType: 'contract', payment: 'direct-debit', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    renewal: { text: 'threeUk.factRenewal', sources: ['endOfContract'], confidence: 'high' },
    noticePeriod: { text: 'threeUk.factNoticePeriod', days: 30, sources: ['cancelContract'], confidence: 'high' },
  },
  sources: {
    cancelContract: source('https://www.three.co.uk/support/cancel-contract', true, '2026-11-30'),
    endOfContract: source('https://www.three.co.uk/support/customer-communications/contract-notifications/eocfaq', true, '2026-11-30'),
  },
  channels: [
    {
      id: 'cancel-contract',
      kind: 'web',
      label: 'threeUk.channelCancelContract',
      url: 'https://www.three.co.uk/support/cancel-contract',
      sources: ['cancelContract'],
    },
  ],
  verdicts: [
    { id: 'contact-three', verdict: 'phone', text: 'threeUk.verdictContact', channels: ['cancel-contract'], sources: ['cancelContract'], confidence: 'high' },
  ],
  rules: [
    { id: 'have-details', stage: 'gather-materials', kind: 'task', text: 'threeUk.haveDetails', sources: ['cancelContract'], confidence: 'high' },
    {
      id: 'cancellation-fee',
      stage: 'gather-materials',
      kind: 'info',
      text: 'threeUk.cancellationFee',
      when: { answer: 'planType', is: ['contract', 'not-sure'] },
      sources: ['cancelContract'],
      confidence: 'high',
    },
    {
      id: 'end-of-contract',
      stage: 'gather-materials',
      kind: 'info',
      text: 'threeUk.endOfContract',
      when: { answer: 'planType', is: ['contract', 'not-sure'] },
      sources: ['endOfContract'],
      confidence: 'high',
    },
    {
      id: 'contact-to-cancel',
      stage: 'submit-request',
      kind: 'task',
      text: 'threeUk.contactToCancel',
      channel: 'cancel-contract',
      sources: ['cancelContract'],
      confidence: 'high',
    },
    { id: 'notice', stage: 'track-review', kind: 'task', text: 'threeUk.notice', sources: ['cancelContract'], confidence: 'high' },
  ],
};
