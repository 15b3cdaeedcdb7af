/**
 * China Telecom (中国电信, mainland China). Research: carriers.md §3.0 and §3.3; official-recheck.md §10 found no official
 * 189.cn page on closing a number (销户). Out-of-province closure ("forwarded, 7–15 working days") rests on 2019 news
 * reposts only: NOT confirmed, low. The roaming claim in carriers.md §3.3 comes from 9m8m.com, an SEO farm
 * (official-recheck.md §10): not encoded. No official URL, so no channels: the verdict points to China Telecom's own app,
 * the hotline on the SIM pack or a company-owned store. 一证通查 comes from a government site (carriers.md §3.0).
 */
/* Takes the Chinese rule set (lib/carriers/china.ts): its sources news2019, news2019Repost and oneCheck are cited here. */
import { chineseOperator, chineseOperatorFacts, chineseOperatorRules as shared, chineseVerdicts } from './china';
import { GAPS, type CarrierEntry } from './define';

export const chinaTelecom: CarrierEntry = {
  id: 'china-telecom',
  ...chineseOperator,
  confidence: 'low',
  difficulty: 'unconfirmed',
  officialDomains: [],
  facts: { ...GAPS, ...chineseOperatorFacts },
  sources: {},
  channels: [],
  verdicts: chineseVerdicts({ id: 'check-with-china-telecom', verdict: 'chinaTelecom.verdict', abroad: 'chinaTelecom.verdictAbroad' }),
  rules: [shared.idAndPassword, shared.storeVisit, shared.askFromAbroad, shared.balanceSettled],
};
