/**
 * China Mobile Hong Kong (CMHK). Research: carriers.md §3.4 (OFFICIAL hk.chinamobile.com pages), official-recheck.md §10
 * (CMHK only has a notice on ending "1-Card-Multi-Number") and recheck-2026-11-30.md §1 (wins):
 * - CMHK's contact page lists (852) 12580 as the 24-hour hotline; 2945 8888 appears on the lost/replace and after-sales
 *   pages, so it is offered for those only.
 * - CMLink belongs to China Mobile International, a different company: CMHK's channels are not presented as CMLink's,
 *   and the entry no longer carries the CMLink / 无忧行 names.
 * - The "30-day Day Pass" and "the mainland number ends when the pass expires" are in no source: removed.
 * No CMHK page on cancelling, renewals or refunds was found (carriers.md §10), so the verdict is "check with CMHK" at low
 * confidence and difficulty is "hard". The Trip.com rules are a reseller's (3rd-party), used only for reseller purchases.
 * Note: research/cmhk.md.
 */
import { GAPS, READ_IN_FIRST_RESEARCH, READ_IN_RECHECK, source, type CarrierEntry } from './define';

export const cmhk: CarrierEntry = {
  id: 'cmhk',
  country: 'HK',
  kind: 'mobile-operator',
  language: 'zh-CN',
  confidence: 'low',
  difficulty: 'hard',
  officialDomains: ['hk.chinamobile.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    ...GAPS,
    finalBill: { text: 'cmhk.factFinalBill', sources: ['basicDataPlan'], confidence: 'high' },
  },
  sources: {
    oneCardMultiNumber: source('http://www.hk.chinamobile.com/en/pop_ups/1cmn-sms-voice-tariff.html', true, READ_IN_FIRST_RESEARCH),
    basicDataPlan: source(
      'http://www.hk.chinamobile.com/en/corporate_information/Service_Plans/4GLocal_ServicePlan/4GBasicDataServicePlan.html',
      true,
      READ_IN_FIRST_RESEARCH,
    ),
    lostPrepaid: source(
      'https://eshop.hk.chinamobile.com/en/corporate_information/Prepaid_SIM/prepaid_services/prepaid-services-lost-replace.html',
      true,
      READ_IN_FIRST_RESEARCH,
    ),
    contactUs: source('https://eshop.hk.chinamobile.com/en/about_us/contact_us/index.html', true, READ_IN_RECHECK),
    tripcom: source('https://www.trip.com/things-to-do/detail/88328618/', false, READ_IN_FIRST_RESEARCH),
  },
  channels: [
    { id: 'hotline', kind: 'phone', label: 'cmhk.channelHotline', url: 'tel:+85212580', sources: ['contactUs'] },
    { id: 'after-sales', kind: 'phone', label: 'cmhk.channelAfterSales', url: 'tel:+85229458888', sources: ['lostPrepaid'] },
  ],
  verdicts: [
    {
      id: 'ask-the-reseller',
      verdict: 'through-seller',
      text: 'cmhk.verdictReseller',
      when: { answer: 'boughtFrom', is: 'reseller' },
      channels: [],
      sources: ['tripcom'],
      confidence: 'low',
    },
    { id: 'check-with-cmhk', verdict: 'check-with-carrier', text: 'cmhk.verdict', channels: ['hotline'], sources: ['contactUs'], confidence: 'low' },
  ],
  rules: [
    {
      id: 'id-document',
      stage: 'gather-materials',
      kind: 'task',
      text: 'cmhk.idDocument',
      when: { not: { answer: 'boughtFrom', is: 'reseller' } },
      sources: ['oneCardMultiNumber'],
      confidence: 'low',
    },
    {
      id: 'contract-term',
      stage: 'gather-materials',
      kind: 'warning',
      text: 'cmhk.contractTerm',
      when: { answer: 'planType', is: ['contract', 'not-sure'] },
      sources: ['basicDataPlan'],
      confidence: 'high',
    },
    {
      id: 'ask-cmhk',
      stage: 'submit-request',
      kind: 'task',
      text: 'cmhk.askCmhk',
      when: { not: { answer: 'boughtFrom', is: 'reseller' } },
      channel: 'hotline',
      sources: ['contactUs'],
      confidence: 'low',
    },
    {
      id: 'ask-reseller',
      stage: 'submit-request',
      kind: 'task',
      text: 'cmhk.askReseller',
      when: { answer: 'boughtFrom', is: 'reseller' },
      sources: ['tripcom'],
      confidence: 'low',
    },
    { id: 'lost-sim', stage: 'check-charges', kind: 'info', text: 'cmhk.lostSim', channel: 'after-sales', sources: ['lostPrepaid'], confidence: 'high' },
  ],
};
