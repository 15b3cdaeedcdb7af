/**
 * Hong Kong: OFCA's industry code on contract renewal, and OFCA's Customer Complaint Settlement Scheme (CCSS) for
 * billing disputes. Research: recheck-2026-11-30.md §3, research/rights.md.
 */
import type { CountryRights } from '../engine/schema';

export const hk: CountryRights = {
  country: 'HK',
  sources: {
    ofcaTermination: {
      url: 'https://www.ofca.gov.hk/en/consumer_focus/education_corner/guide/general/termination/index_t.html',
      official: true,
      readOn: '2026-11-30',
    },
    ofcaCcss: { url: 'https://ofca.gov.hk/en/consumer_focus/fixed_telecom/ccss/how_to_apply/index.html', official: true, readOn: '2026-11-30' },
  },
  rights: [
    {
      id: 'hk-no-auto-renewal',
      stage: 'check-charges',
      kind: 'info',
      text: 'rights.hk.noAutoRenewal',
      when: { answer: 'planType', is: ['contract', 'subscription', 'not-sure'] },
      sources: ['ofcaTermination'],
      confidence: 'high',
    },
  ],
  escalation: [
    {
      id: 'hk-ccss',
      stage: 'track-review',
      kind: 'info',
      text: 'rights.hk.ccss',
      link: { url: 'https://ofca.gov.hk/en/consumer_focus/fixed_telecom/ccss/how_to_apply/index.html', label: 'rights.hk.ccssLink' },
      sources: ['ofcaCcss'],
      confidence: 'high',
    },
  ],
};
