/**
 * For anyone whose carrier is not listed. It knows no carrier facts, so it only says what holds
 * everywhere and sends the traveler to their carrier's own channels.
 */
import { GAPS, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

export const generic: CarrierEntry = {
  id: 'generic',
  country: null,
  kind: 'generic',
  language: 'en',
  confidence: 'low',
  difficulty: 'unknown',
  officialDomains: [],
  defaults: { boughtFrom: 'not-sure', planType: 'not-sure', payment: 'not-sure', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'not-sure' },
  facts: GAPS,
  sources: {
    contactYourCarrier: source('https://esimdb.com/blog/how-to-delete-esim-from-iphone', false, READ_IN_FIRST_RESEARCH),
    cancelTheContract: source(
      'https://www.antwort.net/a/technologie/tarif-mit-esim-kuendigen--schritt-fuer-schritt-erklaert.html',
      false,
      READ_IN_FIRST_RESEARCH,
    ),
  },
  channels: [],
  verdicts: [
    { id: 'check-with-your-carrier', verdict: 'check-with-carrier', text: 'generic.verdict', channels: [], sources: ['contactYourCarrier'], confidence: 'low' },
  ],
  rules: [
    {
      id: 'find-account-details',
      stage: 'gather-materials',
      kind: 'task',
      text: 'generic.findAccountDetails',
      sources: ['cancelTheContract'],
      confidence: 'low',
    },
    {
      id: 'ask-to-end-the-plan',
      stage: 'submit-request',
      kind: 'task',
      text: 'generic.askToEndThePlan',
      sources: ['cancelTheContract', 'contactYourCarrier'],
      confidence: 'low',
    },
  ],
};
