/**
 * Pseudo-locales made from en, for development and tests only (built with PSEUDO_LOCALES=1):
 * en-XA accents every letter and doubles the vowels (about 35% longer), so untranslated strings and
 * layouts that cannot grow show at once; ar-XB writes the words in Arabic letters and keeps what a translator keeps
 * (names, codes, numbers, phone numbers, emails, menu paths: every word with a capital letter or a digit), so it mixes
 * right-to-left and left-to-right text as a real Arabic translation does and shows the same direction bugs. (Reversing
 * every string with an override character, as it did before, hid them: the override flattens everything inside it.)
 * {{variables}} are left untouched.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'åƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]]),
);
const VOWELS = new Set([...'aeiouAEIOU']);
// {{variables}} and the language tags of foreign phrases (lib/i18n/phrases.ts) are code, not text.
const VARIABLE = /(\{\{[^}]+\}\}|<\/?[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*>)/;

function accent(text: string): string {
  return [...text].map((c) => (VOWELS.has(c) ? ACCENTED[c] + ACCENTED[c].toLowerCase() : (ACCENTED[c] ?? c))).join('');
}

const ARABIC: Record<string, string> = Object.fromEntries([...'abcdefghijklmnopqrstuvwxyz'].map((c, i) => [c, [...'ابكديفغهيجكلمنوبقرستوفوكيز'][i]]));
const ARABIC_PUNCTUATION: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };

/** Lower-case words in Arabic letters and Arabic punctuation; names, codes and numbers kept as a translator keeps them. */
function arabize(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => (/[A-Z\d@]|^(?:https?:|www\.)/.test(word) ? word : [...word].map((c) => ARABIC[c] ?? ARABIC_PUNCTUATION[c] ?? c).join('')))
    .join('');
}

function transform(value: unknown, each: (text: string) => string): unknown {
  if (typeof value === 'string')
    return value
      .split(VARIABLE)
      .map((part) => (VARIABLE.test(part) ? part : each(part)))
      .join('');
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, transform(v, each)]));
  return value;
}

/** The pseudo-locale version of a whole locale namespace. */
export function pseudoLocalize<T>(resources: T, variant: 'en-XA' | 'ar-XB'): T {
  return transform(resources, variant === 'en-XA' ? accent : arabize) as T;
}
