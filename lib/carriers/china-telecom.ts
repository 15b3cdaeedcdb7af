/**
 * China Telecom (中国电信, mainland China). Research: carriers.md §3.0 and §3.3; official-recheck.md §10 found no official
 * 189.cn page on closing a number (销户). Out-of-province closure ("forwarded, 7–15 working days") rests on 2019 news
 * reposts only: NOT confirmed, low. The roaming claim in carriers.md §3.3 comes from 9m8m.com, an SEO farm
 * (official-recheck.md §10): not encoded. No official URL, so no channels: the verdict points to China Telecom's own app,
 * the hotline on the SIM pack or a company-owned store. 一证通查 comes from a government site (carriers.md §3.0).
 */
/* Takes the Chinese rule set (lib/carriers/china.ts): its sources news2019, news2019Repost and oneCheck are cited here. */
import { GAP, type CarrierEntry } from './define';

export const chinaTelecom: CarrierEntry = {
  id: 'china-telecom',
  names: { en: 'China Telecom', ru: 'China Telecom', 'zh-CN': '中国电信' },
  country: 'CN',
  kind: 'mobile-operator',
  language: 'zh-CN',
  confidence: 'low',
  difficulty: 'unconfirmed',
  officialDomains: [],
  defaults: { boughtFrom: 'carrier-store', planType: 'pay-as-you-go', payment: 'balance', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    processingTime: { text: 'chinaTelecom.factProcessingTime', sources: ['news2019', 'news2019Repost'], confidence: 'low' },
    refundWindow: GAP,
    renewal: GAP,
    autoTopUp: GAP,
    backupCard: GAP,
    noticePeriod: GAP,
    finalBill: { text: 'chinaTelecom.factFinalBill', sources: ['news2019', 'news2019Repost'], confidence: 'low' },
  },
  sources: {},
  channels: [],
  verdicts: [
    { id: 'abroad', verdict: 'check-with-carrier', text: 'chinaTelecom.verdictAbroad', when: { answer: 'inCountry', is: 'no' }, channels: [], sources: ['news2019', 'news2019Repost'], confidence: 'low' },
    { id: 'check-with-china-telecom', verdict: 'check-with-carrier', text: 'chinaTelecom.verdict', channels: [], sources: ['news2019', 'news2019Repost'], confidence: 'low' },
  ],
  rules: [
    { id: 'id-and-password', stage: 'gather-materials', kind: 'task', text: 'chinaTelecom.idAndPassword', sources: ['news2019', 'news2019Repost'], confidence: 'low' },
    { id: 'store-visit', stage: 'submit-request', kind: 'task', text: 'chinaTelecom.storeVisit', when: { answer: 'inCountry', is: 'yes' }, sources: ['news2019', 'news2019Repost'], confidence: 'low' },
    { id: 'ask-from-abroad', stage: 'submit-request', kind: 'task', text: 'chinaTelecom.askFromAbroad', when: { answer: 'inCountry', is: 'no' }, sources: ['news2019', 'news2019Repost'], confidence: 'low' },
    { id: 'balance-settled', stage: 'track-review', kind: 'info', text: 'chinaTelecom.balanceSettled', sources: ['news2019', 'news2019Repost'], confidence: 'low' },
  ],
};
