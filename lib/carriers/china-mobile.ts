/**
 * China Mobile (中国移动, mainland China). Research: carriers.md §3.0 and §3.1; official-recheck.md §10 found no official
 * 10086.cn page on closing a number (销户) and no official text on out-of-province closure (异地销户): the
 * "since 2019, 7–15 working days" claim is NOT confirmed, so it is given as such, at low confidence, from the 2019 news
 * reposts carriers.md §3.0 names (the SEO-farm pages official-recheck.md §10 lists, e.g. aliyunyh.com, 9m8m.com,
 * uianet.net, are never cited). No official URL, so no channels: the verdict points to China Mobile's own app,
 * the hotline on the SIM pack or a company-owned store. 一证通查 comes from a government site (carriers.md §3.0).
 * Mainland ID card requirements are for mainland citizens; for a foreign passport the research says nothing.
 */
/* Takes the Chinese rule set (lib/carriers/china.ts): its sources news2019, news2019Repost and oneCheck are cited here. */
import { chineseOperator, chineseOperatorFacts, chineseOperatorRules as shared, chineseVerdicts } from './china';
import { GAPS, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

export const chinaMobile: CarrierEntry = {
  id: 'china-mobile',
  ...chineseOperator,
  confidence: 'low',
  difficulty: 'unconfirmed',
  officialDomains: [],
  facts: {
    ...GAPS,
    ...chineseOperatorFacts,
    autoTopUp: { text: 'chinaMobile.factAutoTopUp', sources: ['roamingPacks'], confidence: 'low' },
  },
  sources: {
    roamingPacks: source('http://www.crestoralbcrm.com.cn/news/1/201401/98542/1.htm', false, READ_IN_FIRST_RESEARCH),
  },
  channels: [],
  verdicts: chineseVerdicts({ id: 'check-with-china-mobile', verdict: 'chinaMobile.verdict', abroad: 'chinaMobile.verdictAbroad' }),
  rules: [
    shared.idAndPassword,
    // Its store visit names the company-owned hall (自营厅): its own sentence.
    { ...shared.storeVisit, text: 'chinaMobile.storeVisit' },
    shared.askFromAbroad,
    {
      id: 'roaming-packs',
      stage: 'submit-request',
      kind: 'warning',
      text: 'chinaMobile.roamingPacks',
      when: { answer: 'inCountry', is: 'no' },
      sources: ['roamingPacks'],
      confidence: 'low',
    },
    shared.balanceSettled,
  ],
};
