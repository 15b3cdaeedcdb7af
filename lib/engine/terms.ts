/**
 * The engine's vocabularies as plain constants (no zod), so components can list them without
 * importing the schema. schema.ts builds its enums from these.
 */

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const CARRIER_KINDS = ['mobile-operator', 'travel-esim', 'reseller', 'generic'] as const;
export const CHANNEL_KINDS = ['app', 'web', 'chat', 'email', 'phone', 'store', 'proxy', 'government-portal'] as const;
/** through-seller: the plan was bought from a reseller, so the request goes through the seller (lib/carriers/reseller.ts). */
export const VERDICTS = ['online', 'phone', 'in-person', 'proxy', 'through-seller', 'check-with-carrier'] as const;
export const RULE_KINDS = ['task', 'warning', 'info'] as const;
/**
 * How hard ending the plan is, as the directory shows it. `in-person-only` needs an official source saying so;
 * `unconfirmed` is for carriers where only third-party pages describe the procedure (recheck-2026-11-30.md §2);
 * unknown only where nothing is known (the generic carrier).
 */
export const DIFFICULTIES = ['easy', 'medium', 'hard', 'in-person-only', 'unconfirmed', 'unknown'] as const;
/** The billing facts every carrier entry states, or marks as a gap ("check with the carrier"). */
export const FACT_IDS = ['processingTime', 'refundWindow', 'renewal', 'autoTopUp', 'backupCard', 'noticePeriod', 'finalBill'] as const;
/** A case reference as carriers print them ("12345", "SR-2026-001", "№ 45/7"); never a name or a number of the traveler's. */
export const REFERENCE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ./#№-]{0,63}$/u;
/** A support case reference in a share link: letters, digits and dashes, 1–32 long (never a name or a number of the customer's). */
export const SUPPORT_REF = /^[A-Za-z0-9-]{1,32}$/;

/** The version of the progress record a device keeps (lib/progress): fields are only ever added within it. */
export const PROGRESS_VERSION = 1;

/** The guide for a carrier we do not list: what holds everywhere, and "check with the carrier". */
export const GENERIC_CARRIER_ID = 'generic';
