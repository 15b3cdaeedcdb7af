/**
 * Vodafone Germany (Vodafone GmbH). Research: research/vodafone-de.md, pages read 2026-11-30 in stored copies.
 * Official: vodafone.de "Alles zur Kündigung" (cancel each contract on its own; the "Verträge hier kündigen" link;
 * sections on withdrawing a cancellation and on the Kündigungsbestätigung). The path in MeinVodafone and the notice
 * period come from third-party pages (medium). §312k BGB and EU withdrawal come from the rights by country.
 * Letters: the schema's languages are en, zh-CN and ru, so German carriers write in English for now.
 */
import { GAPS, source, type CarrierEntry } from './define';

export const vodafoneDe: CarrierEntry = {
  id: 'vodafone-de',
  country: 'DE',
  kind: 'mobile-operator',
  language: 'de',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['vodafone.de'],
  defaults: { boughtFrom: 'carrier-online', planType: 'contract', payment: 'direct-debit', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    renewal: { text: 'vodafoneDe.factRenewal', sources: ['noticeGuide'], confidence: 'medium' },
    noticePeriod: { text: 'vodafoneDe.factNoticePeriod', sources: ['noticeGuide'], confidence: 'medium' },
  },
  sources: {
    kuendigung: source('https://www.vodafone.de/hilfe/kuendigung.html', true, '2026-11-30'),
    portalGuide: source('https://www.sparhandy.de/kuendigen/vodafone/', false, '2026-11-30'),
    noticeGuide: source('https://www.rtv.de/?p=12896', false, '2026-11-30'),
  },
  channels: [
    { id: 'kuendigung', kind: 'web', label: 'vodafoneDe.channelKuendigung', url: 'https://www.vodafone.de/hilfe/kuendigung.html', sources: ['kuendigung'] },
  ],
  verdicts: [{ id: 'online', verdict: 'online', text: 'vodafoneDe.verdictOnline', channels: ['kuendigung'], sources: ['kuendigung'], confidence: 'high' }],
  rules: [
    { id: 'each-contract', stage: 'gather-materials', kind: 'task', text: 'vodafoneDe.eachContract', sources: ['kuendigung'], confidence: 'high' },
    {
      id: 'term-end',
      stage: 'gather-materials',
      kind: 'info',
      text: 'vodafoneDe.termEnd',
      when: { answer: 'planType', is: ['contract', 'not-sure'] },
      sources: ['noticeGuide'],
      confidence: 'medium',
    },
    {
      id: 'cancel-link',
      stage: 'submit-request',
      kind: 'task',
      text: 'vodafoneDe.cancelLink',
      channel: 'kuendigung',
      sources: ['kuendigung'],
      confidence: 'high',
    },
    { id: 'portal-path', stage: 'submit-request', kind: 'info', text: 'vodafoneDe.portalPath', sources: ['portalGuide'], confidence: 'medium' },
    {
      id: 'confirmation',
      stage: 'track-review',
      kind: 'task',
      text: 'vodafoneDe.confirmation',
      channel: 'kuendigung',
      sources: ['kuendigung'],
      confidence: 'high',
    },
  ],
};
