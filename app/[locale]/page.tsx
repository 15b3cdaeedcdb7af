import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { CarrierDirectory, type DirectoryRow } from '@/components/wizard/CarrierDirectory';
import { caseImportLabels, directoryLabels, savedCasesLabels } from '@/components/wizard/labels';
import { CaseImport } from '@/components/wizard/CaseImport';
import { SavedCases } from '@/components/wizard/SavedCases';
import { CARRIERS, GENERIC_CARRIER_ID } from '@/lib/carriers';
import { carrierName, countryName } from '@/lib/i18n/names';
import { getT, offeredLocales } from '@/lib/i18n/server';
import { LOCALES, type Locale } from '@/lib/i18n/locales';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  return { title: getT((await params).locale as Locale)('home.title') };
}

/** Find your carrier: the directory (searchable with JS, a plain list without), "I don't know" and "not listed". */
export default async function CarrierListPage({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  const t = getT(locale);
  const worldwide = t('home.worldwide');
  const rows: DirectoryRow[] = CARRIERS.filter((c) => c.id !== GENERIC_CARRIER_ID)
    .map((c) => ({
      id: c.id,
      href: `/${locale}/${c.id}/`,
      name: carrierName(c, locale),
      searchText: [c.id, ...Object.values(c.names), ...(c.country ? LOCALES.map((l) => countryName(c.country!, l)) : LOCALES.map((l) => getT(l)('home.worldwide')))].join(' '),
      country: c.country,
      countryName: c.country ? countryName(c.country, locale) : worldwide,
      difficulty: c.difficulty,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <>
      <SiteHeader locale={locale} path="/" siteName={t('site.name')} languagesLabel={t('site.languages')} languages={offeredLocales()} />
      <main id="main">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('site.tagline')}</p>
        <SavedCases carriers={CARRIERS.map((c) => ({ id: c.id, href: `/${locale}/${c.id}/`, name: carrierName(c, locale) }))} labels={savedCasesLabels(t)} locale={locale} />
        <p>{t('home.intro')}</p>
        <p>
          <Link prefetch={false} href={`/${locale}/identify/`} className="link-block">
            {t('home.identify')}
          </Link>
        </p>
        <CarrierDirectory rows={rows} labels={directoryLabels(t, locale)} locale={locale} />
        <CaseImport carriers={CARRIERS.map((c) => ({ id: c.id, href: `/${locale}/${c.id}/`, name: carrierName(c, locale) }))} labels={caseImportLabels(t)} locale={locale} noScript={t('caseTransfer.importNoScript')} />
        <h2>{t('home.notListedHeading')}</h2>
        <p>
          <Link prefetch={false} href={`/${locale}/${GENERIC_CARRIER_ID}/`} className="link-block">
            {t('home.notListed')}
          </Link>
        </p>
        <p>
          <Link prefetch={false} href={`/${locale}/support/`} className="link-block">
            {t('home.support')}
          </Link>
        </p>
      </main>
    </>
  );
}
