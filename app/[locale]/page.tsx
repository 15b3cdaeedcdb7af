import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { CarrierDirectory } from '@/components/wizard/CarrierDirectory';
import { directoryLabels, savedCasesLabels } from '@/components/wizard/labels';
import { caseImportLabels } from '@/components/wizard/labels';
import { CaseImport } from '@/components/wizard/CaseImport';
import { SavedCases } from '@/components/wizard/SavedCases';
import { ALIASES, CARRIERS, GENERIC_CARRIER_ID, findCarrier } from '@/lib/carriers';
import { searchWordsOf } from '@/lib/carriers/validate';
import { fold, GLOBAL_GROUP, groupRows } from '@/lib/directory/search';
import { pagePath } from '@/lib/routes';
import { carrierName, countryName } from '@/lib/i18n/names';
import { getT, offeredLocales } from '@/lib/i18n/server';
import { LOCALES, type Locale } from '@/lib/i18n/locales';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const t = getT((await params).locale as Locale);
  // The layout's "%s · eSIM Exit" template does not reach a page in its own segment: written out here.
  return { title: { absolute: `${t('home.title')} · ${t('site.name')}` } };
}

/** Find your carrier: the directory (searchable with JS, a plain list without), "I don't know" and "not listed". */
export default async function CarrierListPage({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  const t = getT(locale);
  const rows = CARRIERS.filter((c) => c.id !== GENERIC_CARRIER_ID).map((c) => ({
    id: c.id,
    href: pagePath.carrier(locale, c.id),
    name: carrierName(c, locale),
    // Searchable in every language: names, aliases and brands (locales/aliases.json), and the country's names.
    search: fold([c.id, ...Object.values(c.names), ...searchWordsOf(c, ALIASES), ...LOCALES.map((l) => (c.country ? countryName(c.country, l) : getT(l)('directory.globalGroup')))].join(' ')),
    difficulty: c.difficulty,
  }));
  const groupOf = (id: string) => findCarrier(id)?.country ?? GLOBAL_GROUP;
  const groups = groupRows(rows, (r) => groupOf(r.id), (group) => (group === GLOBAL_GROUP ? t('directory.globalGroup') : countryName(group, locale)), locale);
  return (
    <>
      <SiteHeader locale={locale} path="/" siteName={t('site.name')} languagesLabel={t('site.languages')} languages={offeredLocales()} />
      <main id="main">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('site.tagline')}</p>
        <SavedCases carriers={CARRIERS.map((c) => ({ id: c.id, href: pagePath.carrier(locale, c.id), name: carrierName(c, locale) }))} labels={savedCasesLabels(t)} locale={locale} />
        <p>{t('home.intro')}</p>
        <p>
          <Link prefetch={false} href={pagePath.identify(locale)} className="link-block">
            {t('home.identify')}
          </Link>
        </p>
        <CarrierDirectory groups={groups} labels={directoryLabels(t, locale)} locale={locale} identifyHref={pagePath.identify(locale)} />
        <CaseImport carriers={CARRIERS.map((c) => ({ id: c.id, href: pagePath.carrier(locale, c.id), name: carrierName(c, locale) }))} labels={caseImportLabels(t)} locale={locale} noScript={t('caseTransfer.importNoScript')} />
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
