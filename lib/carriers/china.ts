/**
 * Sources and rules shared by the mainland Chinese operators (China Mobile, China Unicom, China Telecom). Research: carriers.md §3.0,
 * recheck-2026-11-30.md §2: out-of-area closure (异地销户) exists, confirmed by an MIIT reply reposted on a government site
 * (honghu.gov.cn); the "7–15 working days" stays single-source (2019 news), low. Note: research/china-*.md.
 * 一证通查 is a right of the country (lib/rights/cn.ts); its source stays here because the out-of-province rule cites it.
 * Sentences the operators share are written once per language under "china" in locales/<lang>/carriers.json, with
 * {{carrier}} for the operator's name; a sentence that says something of one operator only stays under its own key.
 */
import type { Fact, Rule, Verdict } from '../engine/schema';
import { abroadCheckVerdict, HOME_OPERATOR_DEFAULTS, READ_IN_RECHECK, READ_IN_FIRST_RESEARCH, source, type CarrierEntry, type RuleSet } from './define';

/** What every mainland operator's file shares: its country, kind and language, and the usual answers for its SIM. */
export const chineseOperator: Pick<CarrierEntry, 'country' | 'kind' | 'language' | 'defaults'> = {
  country: 'CN',
  kind: 'mobile-operator',
  language: 'zh-CN',
  defaults: HOME_OPERATOR_DEFAULTS,
};

export const chineseRules: RuleSet = {
  officialDomains: [],
  sources: {
    news2019: source('http://macaumonthly.net/keji/tongxin/2019-01-03/157490.html', false, READ_IN_FIRST_RESEARCH),
    news2019Repost: source('http://ossf.org.cn/xinwen/yanjiu/2019/0103/68215.html', false, READ_IN_FIRST_RESEARCH),
    miitReply: source('http://www.honghu.gov.cn/gzhd/hygq/202201/t20220104_681818.shtml', true, READ_IN_RECHECK),
    oneCheck: source('https://lhqzf.haikou.gov.cn/xxgk/zcjd1/hygq/202203/t703431.shtml', true, READ_IN_RECHECK),
  },
  channels: [],
  rules: [
    {
      id: 'china-out-of-province',
      stage: 'confirm-online',
      kind: 'info',
      text: 'china.outOfProvince',
      sources: ['miitReply', 'news2019', 'news2019Repost', 'oneCheck'],
      confidence: 'medium',
    },
  ],
};

/**
 * What the 2019 news reports say of every mainland operator, in the same words for each (`{{carrier}}` is its name):
 * each operator file lists the ones it takes, in its own order, beside its own. All rest on the 2019 reports: low.
 */
const NEWS_2019 = ['news2019', 'news2019Repost'];

export const chineseOperatorRules = {
  idAndPassword: { id: 'id-and-password', stage: 'gather-materials', kind: 'task', text: 'china.idAndPassword', sources: NEWS_2019, confidence: 'low' },
  storeVisit: {
    id: 'store-visit',
    stage: 'submit-request',
    kind: 'task',
    text: 'china.storeVisit',
    when: { answer: 'inCountry', is: 'yes' },
    sources: NEWS_2019,
    confidence: 'low',
  },
  askFromAbroad: {
    id: 'ask-from-abroad',
    stage: 'submit-request',
    kind: 'task',
    text: 'china.askFromAbroad',
    when: { answer: 'inCountry', is: 'no' },
    sources: NEWS_2019,
    confidence: 'low',
  },
  balanceSettled: { id: 'balance-settled', stage: 'track-review', kind: 'info', text: 'china.balanceSettled', sources: NEWS_2019, confidence: 'low' },
} satisfies Record<string, Rule>;

export const chineseOperatorFacts = {
  /** Out-of-province closure forwarded, decided in 7–15 working days: 2019 reports only. */
  processingTime: { text: 'china.factProcessingTime', sources: NEWS_2019, confidence: 'low' },
  finalBill: { text: 'china.factFinalBill', sources: NEWS_2019, confidence: 'low' },
} satisfies Record<string, Fact>;

/** The verdicts of an operator with no official page on closing a number: ask it, from home or abroad (its own sentences). */
export function chineseVerdicts(texts: { id: string; verdict: string; abroad: string }): Verdict[] {
  return [
    abroadCheckVerdict(texts.abroad, NEWS_2019),
    { id: texts.id, verdict: 'check-with-carrier', text: texts.verdict, channels: [], sources: NEWS_2019, confidence: 'low' },
  ];
}
