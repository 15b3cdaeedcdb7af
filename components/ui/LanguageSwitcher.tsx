import { LANGUAGE_NAMES, LOCALES, type Locale } from '@/lib/i18n/locales';

/** Links to the same page in each other language: plain links, no JavaScript needed. */
export function LanguageSwitcher({ locale, path, label }: { locale: Locale; path: string; label: string }) {
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {LOCALES.map((l) =>
          l === locale ? (
            <li key={l} aria-current="true" lang={l}>
              {LANGUAGE_NAMES[l]}
            </li>
          ) : (
            <li key={l}>
              <a href={`/${l}${path}`} lang={l} hrefLang={l}>
                {LANGUAGE_NAMES[l]}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
