/**
 * EE (UK operator). Research: carriers.md §4.3 and §9 rule 6 (official-recheck.md has no EE section).
 * Official: the agreement ends 30 days from when EE receives the request; an early termination charge applies inside
 * the minimum term; a PAC does not shorten the 30 days; everything owed must be paid.
 * The research says "via customer services" but names no route (phone, chat) and no cancel button, so the verdict is
 * "check with the carrier" at medium confidence.
 * recheck-2026-11-30.md §1 (wins): Ofcom banned charges for a notice period running after the switch date from
 * 1 July 2019, so "a PAC does not shorten the 30-day notice" is wrong today; the cited EE page is older than that rule,
 * and EE's current page is titled "Remaining Contract Charge" (minus 4%). The 30-day notice stays for leaving without a
 * switch, at medium (old page). Note: research/ee.md.
 */
import { GAPS, READ_IN_FIRST_RESEARCH, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const ee: CarrierEntry = {
  id: 'ee',
  country: 'GB',
  kind: 'mobile-operator',
  language: 'en',
  confidence: 'medium',
  difficulty: 'hard',
  officialDomains: ['ee.co.uk'],
  defaults: { boughtFrom: 'carrier-online', planType: 'contract', payment: 'direct-debit', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    processingTime: { text: 'ee.factProcessingTime', sources: ['leavingEe'], confidence: 'medium' },
    noticePeriod: { text: 'ee.factNoticePeriod', days: 30, sources: ['leavingEe', 'ofcomTextToSwitch'], confidence: 'medium' },
    finalBill: { text: 'ee.factFinalBill', sources: ['remainingContractCharge', 'leavingEe'], confidence: 'high' },
  },
  sources: {
    leavingEe: source(
      'https://ee.co.uk/help/help-new/managing-and-using-my-account/leaving-ee/early-termination-charges-explained',
      true,
      READ_IN_FIRST_RESEARCH,
    ),
    remainingContractCharge: source('https://ee.co.uk/help/profile/leaving-ee/early-termination-charges-explained', true, READ_IN_RECHECK),
    // Ofcom's press release of 1 July 2019, as reposted (recheck-2026-11-30.md §3): a repost, so not the regulator's own page.
    ofcomTextToSwitch: source('https://www.4rfv.com/VLVXBF2WC6CM/end-it-with-a-text-easy-mobile-switching-from-monday.htm', false, READ_IN_RECHECK),
  },
  channels: [
    {
      id: 'leaving-ee',
      kind: 'web',
      label: 'ee.channelLeavingEe',
      url: 'https://ee.co.uk/help/profile/leaving-ee/early-termination-charges-explained',
      sources: ['remainingContractCharge'],
    },
  ],
  verdicts: [
    {
      id: 'customer-services',
      verdict: 'check-with-carrier',
      text: 'ee.verdictCustomerServices',
      channels: ['leaving-ee'],
      sources: ['leavingEe'],
      confidence: 'medium',
    },
  ],
  rules: [
    {
      id: 'termination-charge',
      stage: 'confirm-online',
      kind: 'info',
      text: 'ee.terminationCharge',
      when: { answer: 'planType', is: ['contract', 'not-sure'] },
      sources: ['remainingContractCharge'],
      confidence: 'high',
    },
    {
      id: 'minimum-term',
      stage: 'gather-materials',
      kind: 'task',
      text: 'ee.minimumTerm',
      when: { answer: 'planType', is: ['contract', 'not-sure'] },
      sources: ['remainingContractCharge'],
      confidence: 'high',
    },
    { id: 'ask-to-leave', stage: 'submit-request', kind: 'task', text: 'ee.askToLeave', channel: 'leaving-ee', sources: ['leavingEe'], confidence: 'medium' },
    {
      id: 'pac-notice',
      stage: 'submit-request',
      kind: 'info',
      text: 'ee.pacNotice',
      when: { answer: 'hasNumber', is: ['yes', 'not-sure'] },
      sources: ['ofcomTextToSwitch'],
      confidence: 'medium',
    },
    { id: 'end-date', stage: 'track-review', kind: 'task', text: 'ee.endDate', sources: ['leavingEe', 'ofcomTextToSwitch'], confidence: 'medium' },
    {
      id: 'pay-final-bill',
      stage: 'check-charges',
      kind: 'task',
      text: 'ee.payFinalBill',
      sources: ['remainingContractCharge', 'leavingEe'],
      confidence: 'high',
    },
  ],
};
