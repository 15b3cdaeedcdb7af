import { LANGUAGE_NAMES, type Locale } from '@/lib/i18n/locales';
import { inLocale } from '@/lib/routes';

/** Links to the same page in each offered language: plain links, no JavaScript needed. The page's own language is always listed. */
export function LanguageSwitcher({ locale, path, label, languages }: { locale: Locale; path: string; label: string; languages: readonly Locale[] }) {
  const shown = languages.includes(locale) ? languages : [...languages, locale];
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {shown.map((l) =>
          l === locale ? (
            <li key={l} aria-current="true" lang={l}>
              {LANGUAGE_NAMES[l]}
            </li>
          ) : (
            <li key={l}>
              <a href={inLocale(l, path)} lang={l} hrefLang={l}>
                {LANGUAGE_NAMES[l]}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
