/**
 * The languages with a folder in locales/, as BCP 47 tags, the same in the URL. en is the source.
 * Every one is built; only those complete enough are offered (lib/i18n/server.ts offeredLocales).
 */
export const LOCALES = ['en', 'zh-CN', 'ru', 'es', 'ja', 'ko', 'de', 'fr', 'pt-BR', 'ar'] as const;

/**
 * Pseudo-locales for development and tests, made from en (lib/i18n/pseudo.ts): accented and longer text,
 * and a right-to-left variant. Built only with PSEUDO_LOCALES=1, so they never reach users.
 */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;

export type Locale = (typeof LOCALES)[number] | (typeof PSEUDO_LOCALES)[number];
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
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  ru: 'Русский',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  ja: '日本語',
  ko: '한국어',
  'pt-BR': 'Português (Brasil)',
  ar: 'العربية',
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
