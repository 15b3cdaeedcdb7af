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
import { GAP, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

export const chinaMobile: CarrierEntry = {
  id: 'china-mobile',
  names: { en: 'China Mobile', ru: 'China Mobile', 'zh-CN': '中国移动' },
  country: 'CN',
  kind: 'mobile-operator',
  language: 'zh-CN',
  confidence: 'low',
  difficulty: 'unconfirmed',
  officialDomains: [],
  defaults: { boughtFrom: 'carrier-store', planType: 'pay-as-you-go', payment: 'balance', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    processingTime: { text: 'chinaMobile.factProcessingTime', sources: ['news2019', 'news2019Repost'], confidence: 'low' },
    refundWindow: GAP,
    renewal: GAP,
    autoTopUp: { text: 'chinaMobile.factAutoTopUp', sources: ['roamingPacks'], confidence: 'low' },
    backupCard: GAP,
    noticePeriod: GAP,
    finalBill: { text: 'chinaMobile.factFinalBill', sources: ['news2019', 'news2019Repost'], confidence: 'low' },
  },
  sources: {
    roamingPacks: source('http://www.crestoralbcrm.com.cn/news/1/201401/98542/1.htm', false, READ_IN_FIRST_RESEARCH),
  },
  channels: [],
  verdicts: [
    { id: 'abroad', verdict: 'check-with-carrier', text: 'chinaMobile.verdictAbroad', when: { answer: 'inCountry', is: 'no' }, channels: [], sources: ['news2019', 'news2019Repost'], confidence: 'low' },
    { id: 'check-with-china-mobile', verdict: 'check-with-carrier', text: 'chinaMobile.verdict', channels: [], sources: ['news2019', 'news2019Repost'], confidence: 'low' },
  ],
  rules: [
    { id: 'id-and-password', stage: 'gather-materials', kind: 'task', text: 'chinaMobile.idAndPassword', sources: ['news2019', 'news2019Repost'], confidence: 'low' },
    { id: 'store-visit', stage: 'submit-request', kind: 'task', text: 'chinaMobile.storeVisit', when: { answer: 'inCountry', is: 'yes' }, sources: ['news2019', 'news2019Repost'], confidence: 'low' },
    { id: 'ask-from-abroad', stage: 'submit-request', kind: 'task', text: 'chinaMobile.askFromAbroad', when: { answer: 'inCountry', is: 'no' }, sources: ['news2019', 'news2019Repost'], confidence: 'low' },
    { id: 'roaming-packs', stage: 'submit-request', kind: 'warning', text: 'chinaMobile.roamingPacks', when: { answer: 'inCountry', is: 'no' }, sources: ['roamingPacks'], confidence: 'low' },
    { id: 'balance-settled', stage: 'track-review', kind: 'info', text: 'chinaMobile.balanceSettled', sources: ['news2019', 'news2019Repost'], confidence: 'low' },
  ],
};
