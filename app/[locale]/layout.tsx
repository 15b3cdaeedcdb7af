import type { Metadata, Viewport } from 'next';
import { OfflineSupport } from '@/components/ui/OfflineSupport';
import { RouteFocus, SkipLink } from '@/components/ui/RouteFocus';
import { LANGUAGE_KEY, textDirection } from '@/lib/i18n/locales';
import { localePage, staticParams } from '@/lib/page-context';
import '../globals.css';

export const dynamicParams = false;

export const generateStaticParams = staticParams.locales;

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { t } = await localePage(params);
  return { title: { template: `%s · ${t('site.name')}`, default: t('site.name') }, description: t('site.tagline') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b0c0c' };

/** Root layout of every page in a language: sets <html lang> to the page's locale. */
export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale, t } = await localePage(params);
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <head>
        {/* GOV.UK's js-enabled pattern: controls that need JavaScript are in the HTML from the start (no layout shift)
            and shown only when it runs. It also remembers this page's language for the language choice at /.
            The CSP allows this script by its hash (scripts/security-headers.mjs). */}
        <script
          dangerouslySetInnerHTML={{
            __html: `document.documentElement.classList.add('js-enabled');try{localStorage.setItem(${JSON.stringify(LANGUAGE_KEY)},${JSON.stringify(locale)})}catch(e){}`,
          }}
        />
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
