import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { CARRIERS, GENERIC_CARRIER_ID } from '@/lib/carriers';
import { carrierName, countryName } from '@/lib/i18n/names';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/locales';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  return { title: getT((await params).locale as Locale)('home.title') };
}

/** Find your carrier: the listed carriers by kind, and a way on for everyone else. */
export default async function CarrierListPage({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  const t = getT(locale);
  const listed = CARRIERS.filter((c) => c.id !== GENERIC_CARRIER_ID);
  const kinds = [...new Set(listed.map((c) => c.kind))];
  return (
    <>
      <SiteHeader locale={locale} path="/" siteName={t('site.name')} languagesLabel={t('site.languages')} />
      <main id="main">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('site.tagline')}</p>
        <p>{t('home.intro')}</p>
        {kinds.map((kind) => (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{t(`home.kinds.${kind}`)}</h2>
            <ul className="carrier-list">
              {listed
                .filter((c) => c.kind === kind)
                .map((c) => (
                  <li key={c.id}>
                    <Link href={`/${locale}/${c.id}/`} className="carrier-list__link">
                      {carrierName(c, locale)}
                    </Link>
                    <span className="carrier-list__country">{c.country ? countryName(c.country, locale) : t('home.worldwide')}</span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
        <h2>{t('home.notListedHeading')}</h2>
        <p>
          <Link href={`/${locale}/${GENERIC_CARRIER_ID}/`} className="link-block">
            {t('home.notListed')}
          </Link>
        </p>
      </main>
    </>
  );
}
