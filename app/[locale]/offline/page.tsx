import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { getT, offeredLocales } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/locales';

export async function generateMetadata({ params }: PageProps<'/[locale]/offline'>): Promise<Metadata> {
  return { title: getT((await params).locale as Locale)('offline.title'), robots: { index: false } };
}

/**
 * What the service worker shows, in the page's language, for a page that is neither reachable nor kept on the
 * phone (precached by serwist.config.mjs; never linked to).
 */
export default async function OfflinePage({ params }: PageProps<'/[locale]/offline'>) {
  const locale = (await params).locale as Locale;
  const t = getT(locale);
  return (
    <>
      <SiteHeader locale={locale} path="/offline/" siteName={t('site.name')} languagesLabel={t('site.languages')} languages={offeredLocales()} />
      <main id="main" data-offline-page>
        <h1>{t('offline.title')}</h1>
        <p className="lead">{t('offline.notKept')}</p>
        <p>{t('offline.kept')}</p>
        <p>
          <Link prefetch={false} href={`/${locale}/`}>
            {t('nav.allCarriers')}
          </Link>
        </p>
        <p>{t('offline.retry')}</p>
      </main>
    </>
  );
}
