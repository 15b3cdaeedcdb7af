import type { SmsAction } from '../engine/schema';

/**
 * The sms: link that opens the messaging app with the keyword filled in. RFC 5724 writes `sms:75075?body=STAC`,
 * which Android follows; iOS 8 and later read the body only after "&" (`sms:75075&body=STAC`). `?&body=` satisfies
 * both: Android parses a query whose first parameter is empty, iOS finds "&body=". Where neither works, the number
 * and keyword stay readable beside the link.
 */
export function smsHref(action: Pick<SmsAction, 'to' | 'body'>): string {
  return `sms:${action.to}?&body=${encodeURIComponent(action.body)}`;
}
