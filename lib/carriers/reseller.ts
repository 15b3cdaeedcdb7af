/**
 * Bought from a reseller (answer boughtFrom=reseller), for every carrier: the carrier deals with the contract holder, who may be
 * the seller or someone else, so the request, the balance and any proxy go through the seller, in writing.
 * Research: recheck-2026-11-30.md §6 (reasoning from the Russian 2025 rules against "grey" SIM cards registered to one person and
 * used by another) and Airalo's refund policy (refunds only for purchases made from Airalo itself). No source states the rule for
 * every carrier, so it is rated low and worded as "may". A carrier's own reseller verdict (id "ask-the-reseller": Airalo, Holafly,
 * Ubigi, CMHK) wins over the shared one (see withRuleSets).
 */
import { READ_IN_RECHECK, source, type RuleSet } from './define';

const fromReseller = { answer: 'boughtFrom', is: 'reseller' } as const;

export const resellerRules: RuleSet = {
  officialDomains: [],
  sources: {
    greySims: source('https://news.mail.ru/society/69131742/', false, READ_IN_RECHECK),
    directPurchasesOnly: source('https://px-ep-airgsm.px-prod.airalo.com/en_US/page/refund-policy', true, READ_IN_RECHECK),
  },
  channels: [],
  verdicts: [
    {
      id: 'ask-the-reseller',
      verdict: 'through-seller',
      text: 'reseller.verdict',
      when: fromReseller,
      channels: [],
      sources: ['greySims', 'directPurchasesOnly'],
      confidence: 'low',
    },
  ],
  rules: [
    {
      id: 'reseller-contract-holder',
      stage: 'confirm-online',
      kind: 'warning',
      text: 'reseller.contractHolder',
      when: fromReseller,
      sources: ['greySims', 'directPurchasesOnly'],
      confidence: 'low',
    },
    {
      id: 'reseller-keep-order',
      stage: 'gather-materials',
      kind: 'task',
      text: 'reseller.keepOrder',
      when: fromReseller,
      sources: ['directPurchasesOnly'],
      confidence: 'medium',
    },
    {
      id: 'reseller-ask-seller',
      stage: 'submit-request',
      kind: 'task',
      text: 'reseller.askSeller',
      when: fromReseller,
      sources: ['greySims', 'directPurchasesOnly'],
      confidence: 'low',
    },
    {
      id: 'reseller-written-answer',
      stage: 'track-review',
      kind: 'task',
      text: 'reseller.writtenAnswer',
      when: fromReseller,
      sources: ['greySims'],
      confidence: 'low',
    },
  ],
};
