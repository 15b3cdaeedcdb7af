/**
 * Pseudo-locales made from en, for development and tests only (built with PSEUDO_LOCALES=1):
 * en-XA accents every letter and doubles the vowels (about 35% longer), so untranslated strings and
 * layouts that cannot grow show at once; ar-XB shows the text right-to-left, so direction bugs show.
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

/** Right-to-left override around each run of text, so Latin letters read right to left as Arabic would. */
function mirror(text: string): string {
  return text ? `\u202e${text}\u202c` : text;
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
  return transform(resources, variant === 'en-XA' ? accent : mirror) as T;
}
