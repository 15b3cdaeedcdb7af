/**
 * United States: California's automatic renewal law (Bus. & Prof. Code §17602, online cancellation added by AB 2811),
 * the FTC "click-to-cancel" rule only as vacated (8th Circuit, 8 July 2025), and FCC consumer complaints.
 * Research: recheck-2026-11-30.md §3, research/rights.md.
 */
import type { CountryRights } from '../engine/schema';

export const us: CountryRights = {
  country: 'US',
  sources: {
    californiaAb2811: { url: 'https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=201920200AB2811', official: true, readOn: '2026-11-30' },
    ftcRuleVacated: {
      url: 'https://natlawreview.com/article/eighth-circuit-vacates-ftcs-click-cancel-rule-days-enforcement',
      official: false,
      readOn: '2026-11-30',
    },
    fccHandling: {
      url: 'https://consumercomplaints.fcc.gov/hc/en-us/articles/202752940-How-the-FCC-Handles-Your-Complaint',
      official: true,
      readOn: '2026-11-30',
    },
  },
  rights: [
    {
      id: 'us-california-auto-renewal',
      stage: 'confirm-online',
      kind: 'info',
      text: 'rights.us.californiaAutoRenewal',
      letterBasis: 'basis.usCalifornia',
      when: { answer: 'planType', is: ['contract', 'subscription', 'not-sure'] },
      sources: ['californiaAb2811'],
      confidence: 'high',
    },
    { id: 'us-ftc-rule-vacated', stage: 'confirm-online', kind: 'info', text: 'rights.us.ftcRuleVacated', sources: ['ftcRuleVacated'], confidence: 'medium' },
  ],
  escalation: [
    {
      id: 'us-fcc-complaint',
      stage: 'track-review',
      kind: 'info',
      text: 'rights.us.fccComplaint',
      link: { url: 'https://consumercomplaints.fcc.gov/hc/en-us/articles/202752940-How-the-FCC-Handles-Your-Complaint', label: 'rights.us.fccComplaintLink' },
      sources: ['fccHandling'],
      confidence: 'high',
    },
  ],
};
