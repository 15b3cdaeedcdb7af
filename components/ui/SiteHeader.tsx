import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { LanguageSwitcher } from './LanguageSwitcher';
import { inLocale, pagePath } from '@/lib/routes';

/** The site name (a link to the carrier list), the language switcher for the current page, and the note on a draft translation. */
export function SiteHeader({
  locale,
  path,
  siteName,
  languagesLabel,
  languages,
  draft,
}: {
  locale: Locale;
  path: string;
  siteName: string;
  languagesLabel: string;
  languages: readonly Locale[];
  /** For a draft translation: the note, and the link to the same page in English. */
  draft: { note: string; english: string } | null;
}) {
  return (
    <header className="site-header">
      <Link prefetch={false} href={pagePath.home(locale)} className="site-header__name">
        {siteName}
      </Link>
      <LanguageSwitcher locale={locale} path={path} label={languagesLabel} languages={languages} />
      {draft && (
        <p className="draft-note" data-draft-note>
          {draft.note}{' '}
          <a href={inLocale('en', path)} hrefLang="en">
            {draft.english}
          </a>
        </p>
      )}
    </header>
  );
}
