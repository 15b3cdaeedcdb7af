/**
 * Deutsche Telekom (German operator). Research: carriers.md §4.4, §8 (cancellation friction in Germany) and §9 rule 6
 * (official-recheck.md has no Telekom section). The telekom.de page itself was NOT found (carriers.md §10): every source
 * here is third-party, so there are no official domains and no channels. The verdict rests on the law (§312k BGB,
 * cancellation button since 1 July 2022) as third-party sites report it: medium confidence.
 * yourfone.de is yourfone's own page, not Telekom's: it is cited only as an example of a "Kündigungsvormerkung" and
 * marked official: false here.
 * recheck-2026-11-30.md §2: §312k BGB requires "Verträge hier kündigen" or a corresponding unambiguous wording: the
 * texts say the label may differ. Note: research/deutsche-telekom.md.
 */
import { GAPS, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

export const deutscheTelekom: CarrierEntry = {
  id: 'deutsche-telekom',
  country: 'DE',
  kind: 'mobile-operator',
  language: 'de',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: [],
  defaults: { boughtFrom: 'carrier-online', planType: 'contract', payment: 'direct-debit', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    refundWindow: { text: 'deutscheTelekom.factRefundWindow', days: 14, sources: ['telekomGuide'], confidence: 'medium' },
    renewal: { text: 'deutscheTelekom.factRenewal', sources: ['telekomGuide'], confidence: 'medium' },
    noticePeriod: { text: 'deutscheTelekom.factNoticePeriod', sources: ['telekomGuide'], confidence: 'low' },
  },
  sources: {
    buttonRollout: source(
      'https://www.teltarif.de/kuendigungsbutton-umsetzung-telekom-vodafone-o2-1und1-drillisch-mobilcom-debitel/news/88608.html',
      false,
      READ_IN_FIRST_RESEARCH,
    ),
    buttonTraps: source('https://www.teltarif.de/kuendigungsbutton-richtig-anwenden-fallen-vermeiden/news/88662.html', false, READ_IN_FIRST_RESEARCH),
    buttonLaw: source('https://www.inside-digital.de/news/vertrag-kuendigen-das-aendert-sich-ab-1-juli-fuer-dich', false, READ_IN_FIRST_RESEARCH),
    buttonCourt: source(
      'https://www.advokit.de/verbraucherschutz-im-internet-kuendigung-von-mobilfunkvertraegen-ueber-online-plattformen-rechtssicher-gestalten',
      false,
      READ_IN_FIRST_RESEARCH,
    ),
    telekomGuide: source('https://www.mobitalk.de/telekom-handyvertrag-kuendigen/', false, READ_IN_FIRST_RESEARCH),
    yourfoneExample: source('https://www.yourfone.de/faq/vertrag/kuendigung', false, READ_IN_FIRST_RESEARCH),
  },
  channels: [],
  verdicts: [
    {
      id: 'cancellation-button',
      verdict: 'online',
      text: 'deutscheTelekom.verdictOnline',
      channels: [],
      sources: ['buttonLaw', 'buttonRollout'],
      confidence: 'medium',
    },
  ],
  rules: [
    {
      id: 'pre-registration-trap',
      stage: 'confirm-online',
      kind: 'warning',
      text: 'deutscheTelekom.preRegistrationTrap',
      sources: ['buttonTraps', 'yourfoneExample'],
      confidence: 'medium',
    },
    {
      id: 'withdrawal',
      stage: 'confirm-online',
      kind: 'info',
      text: 'deutscheTelekom.withdrawal',
      when: { answer: 'planType', is: ['contract', 'not-sure'] },
      sources: ['telekomGuide'],
      confidence: 'medium',
    },
    { id: 'contract-details', stage: 'gather-materials', kind: 'task', text: 'deutscheTelekom.contractDetails', sources: ['telekomGuide'], confidence: 'low' },
    {
      id: 'term-end',
      stage: 'gather-materials',
      kind: 'task',
      text: 'deutscheTelekom.termEnd',
      when: { answer: 'planType', is: ['contract', 'not-sure'] },
      sources: ['telekomGuide'],
      confidence: 'low',
    },
    {
      id: 'use-button',
      stage: 'submit-request',
      kind: 'task',
      text: 'deutscheTelekom.useButton',
      sources: ['buttonLaw', 'buttonRollout'],
      confidence: 'medium',
    },
    {
      id: 'button-must-be-visible',
      stage: 'submit-request',
      kind: 'info',
      text: 'deutscheTelekom.buttonMustBeVisible',
      sources: ['buttonCourt'],
      confidence: 'medium',
    },
    {
      id: 'letter-alternative',
      stage: 'submit-request',
      kind: 'info',
      text: 'deutscheTelekom.letterAlternative',
      sources: ['telekomGuide'],
      confidence: 'low',
    },
    {
      id: 'real-cancellation',
      stage: 'track-review',
      kind: 'task',
      text: 'deutscheTelekom.realCancellation',
      sources: ['buttonTraps', 'yourfoneExample'],
      confidence: 'medium',
    },
    { id: 'charges-stop', stage: 'check-charges', kind: 'task', text: 'deutscheTelekom.chargesStop', sources: ['telekomGuide'], confidence: 'medium' },
  ],
};
