/**
 * The European Union (every member state, see lib/engine/markets.ts): the online withdrawal function of Directive (EU)
 * 2023/2673 (new Art. 11a of Directive 2011/83/EU, applies from 19 June 2026) and the refund of prepaid credit when
 * switching (EECC Art. 106(6), secondary source only). Research: recheck-2026-11-30.md §3.
 */
import type { CountryRights } from '../engine/schema';

export const eu: CountryRights = {
  country: 'EU',
  sources: {
    directive20232673: { url: 'http://data.europa.eu/eli/dir/2023/2673/oj', official: true, readOn: '2026-11-30' },
    withdrawalButtonGuide: {
      url: 'https://cm.twobirds.com/en/insights/2023/global/a-new-mandatory-withdrawal-button-is-on-the-horizon',
      official: false,
      readOn: '2026-11-30',
    },
    switchingCredit: {
      url: 'https://www.cullen-international.com/news/2023/05/New-benchmark-on-procedures-for-switching-internet-access-services.html',
      official: false,
      readOn: '2026-11-30',
    },
  },
  rights: [
    {
      id: 'eu-withdrawal-function',
      stage: 'confirm-online',
      kind: 'info',
      text: 'rights.eu.withdrawalFunction',
      letterBasis: 'basis.euWithdrawal',
      when: { answer: 'boughtFrom', is: ['carrier-online', 'not-sure'] },
      sources: ['directive20232673', 'withdrawalButtonGuide'],
      confidence: 'high',
    },
    {
      id: 'eu-prepaid-credit',
      stage: 'check-charges',
      kind: 'info',
      text: 'rights.eu.prepaidCredit',
      when: { answer: 'planType', is: ['pay-as-you-go', 'not-sure'] },
      sources: ['switchingCredit'],
      confidence: 'medium',
    },
  ],
  escalation: [],
};
