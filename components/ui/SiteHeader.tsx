import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { LanguageSwitcher } from './LanguageSwitcher';
import { pagePath } from '@/lib/routes';

/** The site name (a link to the carrier list) and the language switcher for the current page. */
export function SiteHeader({
  locale,
  path,
  siteName,
  languagesLabel,
  languages,
}: {
  locale: Locale;
  path: string;
  siteName: string;
  languagesLabel: string;
  languages: readonly Locale[];
}) {
  return (
    <header className="site-header">
      <Link prefetch={false} href={pagePath.home(locale)} className="site-header__name">
        {siteName}
      </Link>
      <LanguageSwitcher locale={locale} path={path} label={languagesLabel} languages={languages} />
    </header>
  );
}
