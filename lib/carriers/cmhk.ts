/**
 * China Mobile Hong Kong (CMHK) and its travel brands CMLink / 无忧行. Research: carriers.md §3.4 (OFFICIAL
 * hk.chinamobile.com pages) and official-recheck.md §10 (CMHK only has a notice on ending "1-Card-Multi-Number").
 * No CMHK, CMLink or 无忧行 page on cancelling, renewals or refunds was found (carriers.md §10), so the verdict is
 * "check with CMHK" at low confidence and difficulty is "hard". The hotline 2945 8888 is given on two official CMHK
 * pages (the 1-Card-Multi-Number notice "for enquiries" and the lost prepaid SIM page). The Trip.com rules are a
 * reseller's, not CMLink's (3rd-party), and are only used when the plan was bought from a reseller.
 */
import { GAP, source, type CarrierEntry } from './define';

export const cmhk: CarrierEntry = {
  id: 'cmhk',
  names: { en: 'China Mobile Hong Kong (CMHK, CMLink)', ru: 'China Mobile Hong Kong (CMHK, CMLink)', 'zh-CN': '中国移动香港（CMHK）/ CMLink / 无忧行' },
  country: 'HK',
  kind: 'mobile-operator',
  language: 'zh-CN',
  confidence: 'low',
  difficulty: 'hard',
  officialDomains: ['hk.chinamobile.com'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'yes' },
  facts: {
    processingTime: GAP,
    refundWindow: GAP,
    renewal: GAP,
    autoTopUp: GAP,
    backupCard: GAP,
    noticePeriod: GAP,
    finalBill: { text: 'cmhk.factFinalBill', sources: ['basicDataPlan'], confidence: 'high' },
  },
  sources: {
    oneCardMultiNumber: source('http://www.hk.chinamobile.com/en/pop_ups/1cmn-sms-voice-tariff.html', true),
    basicDataPlan: source('http://www.hk.chinamobile.com/en/corporate_information/Service_Plans/4GLocal_ServicePlan/4GBasicDataServicePlan.html', true),
    lostPrepaid: source('https://eshop.hk.chinamobile.com/en/corporate_information/Prepaid_SIM/prepaid_services/prepaid-services-lost-replace.html', true),
    tripcom: source('https://www.trip.com/things-to-do/detail/88328618/', false),
  },
  channels: [
    { id: 'hotline', kind: 'phone', label: 'cmhk.channelHotline', url: 'tel:+85229458888', sources: ['oneCardMultiNumber', 'lostPrepaid'] },
  ],
  verdicts: [
    { id: 'ask-the-reseller', verdict: 'check-with-carrier', text: 'cmhk.verdictReseller', when: { answer: 'boughtFrom', is: 'reseller' }, channels: [], sources: ['tripcom'], confidence: 'low' },
    { id: 'check-with-cmhk', verdict: 'check-with-carrier', text: 'cmhk.verdict', channels: ['hotline'], sources: ['oneCardMultiNumber', 'lostPrepaid'], confidence: 'low' },
  ],
  rules: [
    { id: 'old-day-pass', stage: 'confirm-online', kind: 'info', text: 'cmhk.oldDayPass', when: { answer: 'planType', is: ['subscription', 'not-sure'] }, sources: ['oneCardMultiNumber'], confidence: 'high' },
    { id: 'id-document', stage: 'gather-materials', kind: 'task', text: 'cmhk.idDocument', when: { not: { answer: 'boughtFrom', is: 'reseller' } }, sources: ['oneCardMultiNumber'], confidence: 'low' },
    { id: 'contract-term', stage: 'gather-materials', kind: 'warning', text: 'cmhk.contractTerm', when: { answer: 'planType', is: ['contract', 'not-sure'] }, sources: ['basicDataPlan'], confidence: 'high' },
    { id: 'ask-cmhk', stage: 'submit-request', kind: 'task', text: 'cmhk.askCmhk', when: { not: { answer: 'boughtFrom', is: 'reseller' } }, channel: 'hotline', sources: ['oneCardMultiNumber', 'lostPrepaid'], confidence: 'low' },
    { id: 'ask-reseller', stage: 'submit-request', kind: 'task', text: 'cmhk.askReseller', when: { answer: 'boughtFrom', is: 'reseller' }, sources: ['tripcom'], confidence: 'low' },
    { id: 'lost-sim', stage: 'check-charges', kind: 'info', text: 'cmhk.lostSim', channel: 'hotline', sources: ['lostPrepaid'], confidence: 'high' },
  ],
};
