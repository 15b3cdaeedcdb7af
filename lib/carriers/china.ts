/**
 * Sources and rules shared by the mainland Chinese operators (China Mobile, China Unicom, China Telecom). Research: carriers.md §3.0,
 * recheck-2026-11-30.md §2: out-of-area closure (异地销户) exists, confirmed by an MIIT reply reposted on a government site
 * (honghu.gov.cn); the "7–15 working days" stays single-source (2019 news), low. Note: research/china-*.md.
 * 一证通查 is a right of the country (lib/rights/cn.ts); its source stays here because the out-of-province rule cites it.
 */
import { READ_IN_RECHECK, READ_IN_FIRST_RESEARCH, source, type RuleSet } from './define';

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
    { id: 'china-out-of-province', stage: 'confirm-online', kind: 'info', text: 'china.outOfProvince', sources: ['miitReply', 'news2019', 'news2019Repost', 'oneCheck'], confidence: 'medium' },
  ],
};
