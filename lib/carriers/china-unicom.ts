/**
 * China Unicom (中国联通, mainland China). Research: carriers.md §3.0 and §3.2; official-recheck.md §10 found no official
 * 10010.com page on closing a number (销户). Out-of-province closure rests on 2019 news reposts only: NOT confirmed, low.
 * The proxy-with-authorisation-letter (委托书) rule and the "prepaid numbers lapse 120 days after the last top-up" rule
 * come only from uianet.net, which official-recheck.md §10 lists as an SEO farm: they are not encoded (the prepaid lapse is a gap).
 * No official URL, so no channels: the verdict points to Unicom's own app, the hotline on the SIM pack or a company-owned store.
 * 一证通查 comes from a government site (carriers.md §3.0). recheck-2026-11-30.md §2: no official source says "in person only"
 * (difficulty "unconfirmed"); 异地销户 exists (MIIT reply): the shared rule china-out-of-province says so. Note: research/china-unicom.md.
 */
/* Takes the Chinese rule set (lib/carriers/china.ts): its sources news2019, news2019Repost and oneCheck are cited here. */
import { chineseOperator, chineseOperatorFacts, chineseOperatorRules as shared, chineseVerdicts } from './china';
import { GAPS, type CarrierEntry } from './define';

export const chinaUnicom: CarrierEntry = {
  id: 'china-unicom',
  ...chineseOperator,
  confidence: 'low',
  difficulty: 'unconfirmed',
  officialDomains: [],
  // The 2019 reports' processing time was never given for Unicom: a gap.
  facts: { ...GAPS, finalBill: chineseOperatorFacts.finalBill },
  sources: {},
  channels: [],
  verdicts: chineseVerdicts({ id: 'check-with-china-unicom', verdict: 'chinaUnicom.verdict', abroad: 'chinaUnicom.verdictAbroad' }),
  rules: [shared.idAndPassword, shared.storeVisit, shared.askFromAbroad, shared.balanceSettled],
};
