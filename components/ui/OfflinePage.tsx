/**
 * What the service worker shows (server component), in the page's language, for a page that is neither reachable
 * nor kept on the phone (precached by the worker; never linked to).
 */
import 'server-only';
import Link from 'next/link';
import type { LocalePage } from '@/lib/page-context';
import { pagePath, pathIn } from '@/lib/routes';
import { siteHeaderLabels } from './labels';
import { SiteHeader } from './SiteHeader';

export function OfflinePage({ locale, t }: LocalePage) {
  return (
    <>
      <SiteHeader locale={locale} path={pathIn.offline()} {...siteHeaderLabels(t, locale)} />
      <main id="main" data-offline-page>
        <h1>{t('offline.title')}</h1>
        <p className="lead">{t('offline.notKept')}</p>
        <p>{t('offline.kept')}</p>
        <p>
          <Link prefetch={false} href={pagePath.home(locale)}>
            {t('nav.allCarriers')}
          </Link>
        </p>
        <p>{t('offline.retry')}</p>
      </main>
    </>
  );
}
