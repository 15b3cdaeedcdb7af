/**
 * Maya Mobile (travel eSIMs, maya.net). Research: carriers.md §2.7, §6, §9 rule 2 and §10.
 * No cancellation procedure or refund policy was found: the verdict is "check with the carrier" (low).
 * The one official fact is the billing order: primary payment method first, then the backup one.
 * support@maya.net comes from an acceptable-use page on a QA web app the research does not label official.
 */
import { GAPS, READ_IN_FIRST_RESEARCH, source, type CarrierEntry } from './define';

export const mayaMobile: CarrierEntry = {
  id: 'maya-mobile',
  country: null,
  kind: 'travel-esim',
  language: 'en',
  confidence: 'low',
  difficulty: 'hard',
  officialDomains: ['maya.net'],
  defaults: { boughtFrom: 'carrier-online', planType: 'one-off', payment: 'card', inCountry: 'yes', esimInstalled: 'yes', hasNumber: 'no' },
  facts: {
    ...GAPS,
    renewal: { text: 'mayaMobile.factRenewal', sources: ['paymentMethods'], confidence: 'medium' },
    autoTopUp: { text: 'mayaMobile.factAutoTopUp', sources: ['paymentMethods'], confidence: 'medium' },
    backupCard: { text: 'mayaMobile.factBackupCard', sources: ['paymentMethods'], confidence: 'high' },
  },
  sources: {
    paymentMethods: source('https://help.maya.net/hc/en-us/articles/4417500139035-Manage-Your-Payment-Methods', true, READ_IN_FIRST_RESEARCH),
    acceptableUse: source('https://qa-webapp.maya.mobile/acceptable-use-policy', false, READ_IN_FIRST_RESEARCH),
  },
  channels: [
    { id: 'email', kind: 'email', label: 'mayaMobile.channelEmail', url: 'mailto:support@maya.net', sources: ['acceptableUse'] },
    {
      id: 'payment-help',
      kind: 'web',
      label: 'mayaMobile.channelPaymentHelp',
      url: 'https://help.maya.net/hc/en-us/articles/4417500139035-Manage-Your-Payment-Methods',
      sources: ['paymentMethods'],
    },
  ],
  verdicts: [
    {
      id: 'check-with-maya',
      verdict: 'check-with-carrier',
      text: 'mayaMobile.verdict',
      channels: ['email', 'payment-help'],
      sources: ['paymentMethods', 'acceptableUse'],
      confidence: 'low',
    },
  ],
  rules: [
    { id: 'no-policy-found', stage: 'confirm-online', kind: 'info', text: 'mayaMobile.noPolicyFound', sources: ['paymentMethods'], confidence: 'low' },
    {
      id: 'list-billing',
      stage: 'gather-materials',
      kind: 'task',
      text: 'mayaMobile.listBilling',
      channel: 'payment-help',
      sources: ['paymentMethods'],
      confidence: 'medium',
    },
    {
      id: 'write-to-support',
      stage: 'submit-request',
      kind: 'task',
      text: 'mayaMobile.writeToSupport',
      channel: 'email',
      sources: ['acceptableUse', 'paymentMethods'],
      confidence: 'low',
    },
    { id: 'backup-card', stage: 'submit-request', kind: 'warning', text: 'mayaMobile.backupCard', sources: ['paymentMethods'], confidence: 'high' },
    {
      id: 'no-processing-time',
      stage: 'track-review',
      kind: 'info',
      text: 'mayaMobile.noProcessingTime',
      channel: 'email',
      sources: ['acceptableUse'],
      confidence: 'low',
    },
    { id: 'both-cards', stage: 'check-charges', kind: 'task', text: 'mayaMobile.bothCards', sources: ['paymentMethods'], confidence: 'high' },
  ],
};
