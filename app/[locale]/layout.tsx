import type { Metadata, Viewport } from 'next';
import { OfflineSupport } from '@/components/ui/OfflineSupport';
import { RouteFocus, SkipLink } from '@/components/ui/RouteFocus';
import { getT } from '@/lib/i18n/server';
import { BUILD_LOCALES, LANGUAGE_KEY, textDirection, type Locale } from '@/lib/i18n/locales';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return BUILD_LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const t = getT((await params).locale as Locale);
  return { title: { template: `%s · ${t('site.name')}`, default: t('site.name') }, description: t('site.tagline') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b0c0c' };

/** Root layout of every page in a language: sets <html lang> to the page's locale. */
export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  const t = getT(locale);
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <head>
        {/* GOV.UK's js-enabled pattern: controls that need JavaScript are in the HTML from the start (no layout shift)
            and shown only when it runs. It also remembers this page's language for the language choice at /.
            The CSP allows this script by its hash (scripts/security-headers.mjs). */}
        <script dangerouslySetInnerHTML={{ __html: `document.documentElement.classList.add('js-enabled');try{localStorage.setItem(${JSON.stringify(LANGUAGE_KEY)},${JSON.stringify(locale)})}catch(e){}` }} />
      </head>
      <body>
        <SkipLink>{t('site.skipLink')}</SkipLink>
        <div className="page">{children}</div>
        <RouteFocus />
        <OfflineSupport />
        <footer className="site-footer">
          <p>{t('site.privacy')}</p>
        </footer>
      </body>
    </html>
  );
}
