/** Find your carrier (server component): the directory (searchable with JS, a plain list without), "I don't know" and "not listed". */
import 'server-only';
import Link from 'next/link';
import { CaseImport } from '@/components/case/CaseImport';
import { caseImportLabels } from '@/components/case/labels';
import { siteHeaderLabels } from '@/components/ui/labels';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { GENERIC_CARRIER_ID } from '@/lib/carriers';
import { carrierLinks, directoryGroups } from '@/lib/directory/rows';
import type { LocalePage } from '@/lib/page-context';
import { pagePath, pathIn } from '@/lib/routes';
import { CarrierDirectory } from './CarrierDirectory';
import { directoryLabels, savedCasesLabels } from './labels';
import { SavedCases } from './SavedCases';

export function DirectoryPage({ locale, t }: LocalePage) {
  const carriers = carrierLinks(locale);
  return (
    <>
      <SiteHeader locale={locale} path={pathIn.home()} {...siteHeaderLabels(t, locale)} />
      <main id="main">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('site.tagline')}</p>
        <SavedCases carriers={carriers} labels={savedCasesLabels(t)} locale={locale} />
        <p>{t('home.intro')}</p>
        <p>
          <Link prefetch={false} href={pagePath.identify(locale)} className="link-block">
            {t('home.identify')}
          </Link>
        </p>
        <CarrierDirectory groups={directoryGroups(locale)} labels={directoryLabels(t, locale)} locale={locale} identifyHref={pagePath.identify(locale)} />
        <CaseImport carriers={carriers} labels={caseImportLabels(t)} locale={locale} noScript={t('caseTransfer.importNoScript')} />
        <h2>{t('home.notListedHeading')}</h2>
        <p>
          <Link prefetch={false} href={pagePath.carrier(locale, GENERIC_CARRIER_ID)} className="link-block">
            {t('home.notListed')}
          </Link>
        </p>
        <p>
          <Link prefetch={false} href={pagePath.support(locale)} className="link-block">
            {t('home.support')}
          </Link>
        </p>
      </main>
    </>
  );
}
