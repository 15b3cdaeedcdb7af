/** The languages the site ships, as BCP 47 tags, the same in the URL and in locales/. en is the source. */
export const LOCALES = ['en', 'zh-CN', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** Each language's name in itself, for the switcher (an autonym reads the same in every language). */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  ru: 'Русский',
};

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

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
