import languagesFile from '../../locales/languages.json';

/**
 * A language tag (BCP 47), the same in the URL: one of LOCALES or PSEUDO_LOCALES. A string, because the languages
 * are data (locales/languages.json), not code; `isLocale` narrows a string from outside (a URL segment) to one.
 */
export type Locale = string;

/** The file the languages are read from, as named in error messages. */
export const LANGUAGES_FILE = 'locales/languages.json';

/**
 * The languages listed in locales/languages.json, checked: each a canonical BCP 47 tag with a name, none twice,
 * en first. A mistake fails the build naming the file and the entry. Hand-written rather than zod because this
 * module reaches the browser (the switcher, the language choice page) and a schema library would weigh more than the list.
 */
export function readLanguages(file: unknown, pseudo: readonly string[] = PSEUDO_LOCALES): { tag: string; name: string }[] {
  const list = (file as { languages?: unknown } | null)?.languages;
  if (!Array.isArray(list) || list.length === 0) throw new Error(`${LANGUAGES_FILE}: languages: expected a list of { "tag", "name" }`);
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((entry: { tag?: unknown; name?: unknown } | null, i) => {
    const at = `${LANGUAGES_FILE}: languages[${i}]`;
    const tag = entry?.tag;
    if (typeof tag !== 'string' || tag.trim() === '') return problems.push(`${at}.tag: expected a language tag such as "pt-BR"`);
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(tag)[0];
    } catch {
      // reported below
    }
    if (canonical !== tag) problems.push(`${at}.tag: "${tag}" is not a canonical BCP 47 tag${canonical ? ` (write "${canonical}")` : ''}`);
    if (pseudo.includes(tag)) problems.push(`${at}.tag: "${tag}" is a pseudo-locale, made from en for tests`);
    if (seen.has(tag)) problems.push(`${at}.tag: "${tag}" is listed twice`);
    seen.add(tag);
    if (typeof entry?.name !== 'string' || entry.name.trim() === '') problems.push(`${at}.name: expected the language's name in itself`);
  });
  if (problems.length === 0 && list[0].tag !== 'en') problems.push(`${LANGUAGES_FILE}: languages[0].tag: must be "en", the source`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return list as { tag: string; name: string }[];
}

/**
 * Pseudo-locales for development and tests, made from en (lib/i18n/pseudo.ts): accented and longer text,
 * and a right-to-left variant. Built only with PSEUDO_LOCALES=1, so they never reach users.
 */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;

const LANGUAGES = readLanguages(languagesFile);

/**
 * The languages with a folder in locales/ (locales/languages.json, in its order). en is the source.
 * Every one is built; only those complete enough are offered (lib/i18n/server.ts offeredLocales).
 */
export const LOCALES = LANGUAGES.map((l) => l.tag) as [Locale, ...Locale[]];

export const SOURCE_LOCALE: Locale = 'en';

/** The locales this build makes pages for. */
// The pseudo build (PSEUDO_LOCALES=1, for the layout tests) makes only en and the pseudo-locales: the ten real
// languages again would triple its time and test nothing more.
// The translator's preview (I18N_PREVIEW=<lang>, npm run i18n:preview) makes only that language.
export const BUILD_LOCALES: readonly Locale[] =
  process.env.PSEUDO_LOCALES === '1'
    ? ['en', ...PSEUDO_LOCALES]
    : process.env.I18N_PREVIEW && (LOCALES as readonly string[]).includes(process.env.I18N_PREVIEW)
      ? [process.env.I18N_PREVIEW as Locale]
      : LOCALES;

/** Each language's name in itself, for the switcher (an autonym reads the same in every language). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  ...Object.fromEntries(LANGUAGES.map((l) => [l.tag, l.name])),
  'en-XA': 'Ëñĝĺîšĥ (pseudo)',
  'ar-XB': 'عربي (pseudo)',
};

/** Right-to-left scripts: the page gets dir="rtl" and the logical CSS properties do the rest. */
const RTL_LANGUAGES = ['ar', 'he', 'fa', 'ur'];

export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.includes(locale.split('-')[0]) ? 'rtl' : 'ltr';
}

export function isLocale(value: string): value is Locale {
  return (BUILD_LOCALES as readonly string[]).includes(value);
}

/**
 * Where the browser remembers the language last used on the site (a language tag, nothing personal),
 * so / opens in it again: a Russian speaker with an English phone who added the site to the home screen
 * should not land in English.
 */
export const LANGUAGE_KEY = 'esim-exit:language';

/**
 * The locale among `locales` that best matches the browser's preferences (navigator.languages order),
 * comparing whole tags first and then primary languages; the first locale when nothing matches.
 * Self-contained (it uses only its parameters) so the language choice page can inline it as a script.
 */
export function bestLocaleFrom<L extends string>(preferred: readonly string[], locales: readonly L[]): L {
  for (const tag of preferred) {
    const exact = locales.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const primary = tag.split('-')[0].toLowerCase();
    const sameLanguage = locales.find((l) => l.split('-')[0].toLowerCase() === primary);
    if (sameLanguage) return sameLanguage;
  }
  return locales[0];
}
