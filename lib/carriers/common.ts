/** Rules that hold for every carrier: how eSIMs, sign-in codes and card disputes work. */
import { READ_IN_RECHECK, READ_IN_FIRST_RESEARCH, source, type RuleSet } from './define';

export const commonRules: RuleSet = {
  officialDomains: [],
  sources: {
    iosDeleteDialog: source('https://esimdb.com/blog/how-to-delete-esim-from-iphone', false, READ_IN_FIRST_RESEARCH),
    deletingIsNotCancelling: source('https://pixelation.org/how-to-delete-esim-iphone-what-most-people-get-wrong-about-removing-cellular-plans-zq3', false, READ_IN_FIRST_RESEARCH),
    airaloKeepInstalled: source('https://www.airalo.com/help/using-managing-esims/can-i-use-my-existing-esim-again', true, READ_IN_RECHECK),
    sellersTurnOff: source('https://www.esimtours.com/help/articles/how-to-delete-esim', false, READ_IN_FIRST_RESEARCH),
    smsCodesAbroad: source('https://www.dasum.com/22544.html', false, READ_IN_FIRST_RESEARCH),
    appStoreBilling: source('https://dodonestory.com/?p=2923', false, READ_IN_FIRST_RESEARCH),
    delayedRoaming: source('https://learn.reachmobile.com/en/my-trip-ended-two-months-ago-but-i-am-still-receiving-international-roaming-paygo-or-pay-as-you-go-charges-for-voice-and-sms.-why', false, READ_IN_FIRST_RESEARCH),
    disputeTimelines: source('https://docs.chargeflow.io/docs/reference/concepts/network-timelines', false, READ_IN_FIRST_RESEARCH),
    disputeFirstCancel: source('https://docs.stripe.com/issuing/purchases/disputes.md', false, READ_IN_FIRST_RESEARCH),
    cancelledRecurring: source('https://chargeback.com/reason-code/mastercard-reason-code-4841/', false, READ_IN_FIRST_RESEARCH),
    // Phone menus: no stored Apple, Google or Samsung help page was found, so the steps are general guidance that says
    // menus differ; these two pages (a seller's and an operator's help) list them. Read through the search tool.
    airaloRemoveEsim: source('https://www.airalo.com/fil/help/using-managing-esims/ZSEEHBT5HW6F/how-can-i-remove-an-esim-from-my-ios-device/SKNTP8LSLK5R', false, READ_IN_RECHECK),
    phoneMenus: source('https://help.communityfibre.co.uk/troubleshooting/community-fibre-esim-explained/how-do-i-remove-the-esim-from-my-phone-after-ive-used-it', false, READ_IN_RECHECK),
    recycledNumbers: source('https://krebsonsecurity.com/2021/05/recycle-your-phone-sure-but-maybe-not-your-number/', false, READ_IN_RECHECK),
  },
  channels: [],
  rules: [
    { id: 'common-keep-esim', stage: 'confirm-online', kind: 'warning', text: 'common.keepEsim', when: { answer: 'esimInstalled', is: 'yes' }, sources: ['iosDeleteDialog', 'airaloKeepInstalled', 'sellersTurnOff'], confidence: 'medium' },
    { id: 'common-esim-deleted', stage: 'confirm-online', kind: 'info', text: 'common.esimDeleted', when: { answer: 'esimInstalled', is: 'no' }, sources: ['iosDeleteDialog', 'deletingIsNotCancelling'], confidence: 'medium' },
    { id: 'common-move-codes', stage: 'gather-materials', kind: 'task', text: 'common.moveCodes', when: { answer: 'hasNumber', is: ['yes', 'not-sure'] }, sources: ['smsCodesAbroad'], confidence: 'medium' },
    { id: 'common-app-store', stage: 'gather-materials', kind: 'task', text: 'common.appStore', when: { answer: 'payment', is: 'app-store' }, sources: ['appStoreBilling'], confidence: 'low' },
    // The seed article's first tip: what lives on the phone stays; what belongs to the number may not.
    { id: 'common-back-up', stage: 'gather-materials', kind: 'task', text: 'common.backUp', sources: ['iosDeleteDialog', 'deletingIsNotCancelling'], confidence: 'medium' },
    { id: 'common-save-evidence', stage: 'gather-materials', kind: 'task', text: 'common.saveEvidence', sources: ['disputeFirstCancel'], confidence: 'medium' },
    { id: 'common-keep-esim-until-done', stage: 'submit-request', kind: 'warning', text: 'common.keepEsimUntilDone', when: { answer: 'esimInstalled', is: 'yes' }, sources: ['iosDeleteDialog', 'airaloKeepInstalled'], confidence: 'medium' },
    { id: 'common-keep-confirmation', stage: 'submit-request', kind: 'task', text: 'common.keepConfirmation', sources: ['cancelledRecurring', 'disputeFirstCancel'], confidence: 'medium' },
    { id: 'common-note-reference', stage: 'track-review', kind: 'task', text: 'common.noteReference', sources: ['disputeFirstCancel'], confidence: 'medium' },
    { id: 'common-chase', stage: 'track-review', kind: 'task', text: 'common.chase', sources: ['disputeFirstCancel'], confidence: 'medium' },
    { id: 'common-watch-statements', stage: 'check-charges', kind: 'task', text: 'common.watchStatements', sources: ['delayedRoaming'], confidence: 'medium' },
    // The last stage ends on the phone: save what proves the case, then remove the profile, which waits for the carrier's confirmation.
    { id: 'common-number-gone', stage: 'check-charges', kind: 'task', text: 'common.numberGone', when: { answer: 'hasNumber', is: ['yes', 'not-sure'] }, sources: ['smsCodesAbroad'], confidence: 'medium' },
    { id: 'common-recycled-numbers', stage: 'check-charges', kind: 'warning', text: 'common.recycledNumbers', when: { answer: 'hasNumber', is: ['yes', 'not-sure'] }, sources: ['recycledNumbers'], confidence: 'medium' },
    { id: 'common-save-before-delete', stage: 'check-charges', kind: 'task', text: 'common.saveBeforeDelete', when: { answer: 'esimInstalled', is: 'yes' }, sources: ['iosDeleteDialog', 'airaloKeepInstalled', 'disputeFirstCancel'], confidence: 'medium' },
    { id: 'common-delete-esim', stage: 'check-charges', kind: 'task', text: 'common.deleteEsim', when: { answer: 'esimInstalled', is: 'yes' }, lockedUntilConfirmed: true, sources: ['iosDeleteDialog', 'deletingIsNotCancelling', 'airaloRemoveEsim', 'phoneMenus'], confidence: 'medium' },
    { id: 'common-dispute', stage: 'check-charges', kind: 'task', text: 'common.dispute', when: { not: { answer: 'payment', is: 'balance' } }, sources: ['disputeFirstCancel', 'disputeTimelines', 'cancelledRecurring'], confidence: 'medium' },
  ],
};
