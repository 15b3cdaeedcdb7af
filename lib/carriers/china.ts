/**
 * Sources shared by the mainland Chinese operators (China Mobile, China Unicom, China Telecom). Research: carriers.md §3.0.
 * 一证通查 is a right of the country now (lib/rights/cn.ts); its source stays here because the operators' own rules cite it.
 */
import { source, type RuleSet } from './define';

export const chineseRules: RuleSet = {
  officialDomains: [],
  sources: {
    news2019: source('http://macaumonthly.net/keji/tongxin/2019-01-03/157490.html', false),
    news2019Repost: source('http://ossf.org.cn/xinwen/yanjiu/2019/0103/68215.html', false),
    oneCheck: source('https://lhqzf.haikou.gov.cn/xxgk/zcjd1/hygq/202203/t703431.shtml', true),
  },
  channels: [],
  rules: [],
};
