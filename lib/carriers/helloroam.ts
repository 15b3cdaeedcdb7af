/**
 * HelloRoam (travel eSIMs). Research: research/helloroam.md (helloroam.com refund pages, read 2026-11-30).
 * Official, but HelloRoam's own pages disagree on the window: regional pages "Last Updated October 2023" say cancellation
 * within 14 days of purchase; the January 2025 page says within 6 months; the January 2026 Chinese page gives no window.
 * All agree: an eSIM not activated is refunded in full; used or expired packs are not. The window is therefore medium.
 */
import { GAPS, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const helloroam: CarrierEntry = {
  id: 'helloroam',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'medium',
  difficulty: 'medium',
  officialDomains: ['helloroam.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    processingTime: { text: 'helloroam.factProcessingTime', sources: ['refund2025', 'refundZh2026', 'refundSg2023'], confidence: 'high' },
    refundWindow: { text: 'helloroam.factRefundWindow', days: 14, sources: ['refundSg2023', 'refund2025'], confidence: 'medium' },
  },
  sources: {
    refundSg2023: source('https://www.helloroam.com/en-SG/refund', true, READ_IN_RECHECK),
    refund2025: source('https://www.helloroam.com/refund', true, READ_IN_RECHECK),
    refundZh2026: source('https://www.helloroam.com/zh-CN/tuikuan', true, READ_IN_RECHECK),
  },
  channels: [{ id: 'refund-page', kind: 'web', label: 'helloroam.channelRefundPage', url: 'https://www.helloroam.com/refund', sources: ['refund2025'] }],
  verdicts: [
    {
      id: 'online',
      verdict: 'online',
      text: 'helloroam.verdictOnline',
      channels: ['refund-page'],
      sources: ['refund2025', 'refundZh2026', 'refundSg2023'],
      confidence: 'high',
    },
  ],
  rules: [
    {
      id: 'not-activated',
      stage: 'confirm-online',
      kind: 'warning',
      text: 'helloroam.notActivated',
      sources: ['refund2025', 'refundZh2026'],
      confidence: 'high',
    },
    {
      id: 'window-differs',
      stage: 'confirm-online',
      kind: 'info',
      text: 'helloroam.windowDiffers',
      sources: ['refundSg2023', 'refund2025'],
      confidence: 'medium',
    },
    { id: 'order-email', stage: 'gather-materials', kind: 'task', text: 'helloroam.orderEmail', sources: ['refundZh2026', 'refundSg2023'], confidence: 'high' },
    {
      id: 'email-or-chat',
      stage: 'submit-request',
      kind: 'task',
      text: 'helloroam.emailOrChat',
      channel: 'refund-page',
      sources: ['refund2025', 'refundZh2026'],
      confidence: 'high',
    },
    { id: 'review-time', stage: 'track-review', kind: 'info', text: 'helloroam.reviewTime', sources: ['refund2025', 'refundZh2026'], confidence: 'high' },
    {
      id: 'back-to-card',
      stage: 'check-charges',
      kind: 'task',
      text: 'helloroam.backToCard',
      sources: ['refund2025', 'refundZh2026', 'refundSg2023'],
      confidence: 'high',
    },
  ],
};
