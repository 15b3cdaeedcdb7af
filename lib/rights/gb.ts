/**
 * United Kingdom: Ofcom's text-to-switch rules (since 1 July 2019) and the Ofcom-approved dispute resolution schemes.
 * Research: shared/research/recheck-2026-11-30.md §3 (read 2026-11-30) and research/rights.md (the ADR page, read 2026-11-30).
 */
import type { CountryRights } from '../engine/schema';

export const gb: CountryRights = {
  country: 'GB',
  sources: {
    ofcomPressRepost: {
      url: 'https://www.4rfv.com/VLVXBF2WC6CM/end-it-with-a-text-easy-mobile-switching-from-monday.htm',
      official: false,
      readOn: '2026-11-30',
    },
    ofcomSwitching: { url: 'https://www.ofcom.org.uk/consultations-and-statements/category-2/mobile-switching-jul16', official: true, readOn: '2026-11-30' },
    ofcomAdr: { url: 'https://www.ofcom.org.uk/phones-and-broadband/service-quality/adr-schemes', official: true, readOn: '2026-11-30' },
  },
  rights: [
    {
      id: 'gb-text-to-switch',
      stage: 'submit-request',
      kind: 'info',
      text: 'rights.gb.textToSwitch',
      sms: [
        { to: '75075', body: 'STAC', label: 'rights.gb.smsStac' },
        { to: '65075', body: 'PAC', label: 'rights.gb.smsPac' },
        { to: '85075', body: 'INFO', label: 'rights.gb.smsInfo' },
      ],
      sources: ['ofcomPressRepost', 'ofcomSwitching'],
      confidence: 'high',
    },
    {
      id: 'gb-no-notice-after-switch',
      stage: 'check-charges',
      kind: 'info',
      text: 'rights.gb.noNoticeAfterSwitch',
      sources: ['ofcomPressRepost', 'ofcomSwitching'],
      confidence: 'high',
    },
  ],
  escalation: [
    {
      id: 'gb-adr',
      stage: 'track-review',
      kind: 'info',
      text: 'rights.gb.adr',
      link: { url: 'https://www.ofcom.org.uk/phones-and-broadband/service-quality/adr-schemes', label: 'rights.gb.adrLink' },
      sources: ['ofcomAdr'],
      confidence: 'high',
    },
  ],
};
