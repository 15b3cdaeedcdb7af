/**
 * Mainland China: 一证通查 (every number registered to one ID), moved here from the Chinese rule set so it is written
 * once for the country. No escalation body: the MIIT complaint centre (电信用户申诉受理中心, 12300) was found only on
 * third-party pages (research/rights.md). Research: recheck-2026-11-30.md §3.
 */
import type { CountryRights } from '../engine/schema';

export const cn: CountryRights = {
  country: 'CN',
  sources: {
    oneCheck: { url: 'https://lhqzf.haikou.gov.cn/xxgk/zcjd1/hygq/202203/t703431.shtml', official: true, readOn: '2026-11-30' },
  },
  rights: [{ id: 'cn-one-check', stage: 'check-charges', kind: 'info', text: 'rights.cn.oneCheck', sources: ['oneCheck'], confidence: 'high' }],
  escalation: [],
};
