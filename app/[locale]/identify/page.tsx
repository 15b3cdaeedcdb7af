import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from '@/components/ui/BackLink';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { IdentifyForm } from '@/components/wizard/IdentifyForm';
import { identifyLabels } from '@/components/wizard/labels';
import { CARRIERS, GENERIC_CARRIER_ID } from '@/lib/carriers';
import { knownIccidPrefixes } from '@/lib/identify/prefixes';
import { carrierName } from '@/lib/i18n/names';
import { getT, offeredLocales } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/locales';

export async function generateMetadata({ params }: PageProps<'/[locale]/identify'>): Promise<Metadata> {
  return { title: getT((await params).locale as Locale)('identify.title') };
}

/**
 * How to read an ICCID by eye, with the prefixes we know as a plain table: all there is without JavaScript
 * (the form needs it), and a way to check the answer with it.
 */
function ReadTheNumber({ locale, carriers }: { locale: Locale; carriers: { id: string; name: string }[] }) {
  const t = getT(locale);
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const source = { override: t('identify.issuerSource.override'), 'itu-list': t('identify.issuerSource.ituList') };
  return (
    <section className="read-number" aria-labelledby="read-number-heading" data-read-number>
      <h2 id="read-number-heading">{t('identify.read.heading')}</h2>
      <p>{t('identify.read.howTo')}</p>
      <div className="table-scroll">
        <table className="table">
          <caption className="table__caption">{t('identify.read.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('identify.read.prefix')}</th>
              <th scope="col">{t('identify.read.issuer')}</th>
              <th scope="col">{t('identify.read.country')}</th>
              <th scope="col">{t('identify.read.confidence')}</th>
            </tr>
          </thead>
          <tbody>
            {knownIccidPrefixes().map((row) => {
              const guide = row.carrierId ? carriers.find((c) => c.id === row.carrierId) : undefined;
              return (
                <tr key={row.prefix} data-prefix={row.prefix}>
                  <td className="table__number" translate="no">
                    {row.prefix}
                  </td>
                  <td>
                    {guide ? (
                      <Link prefetch={false} href={`/${locale}/${guide.id}/`}>
                        {guide.name}
                      </Link>
                    ) : (
                      row.issuer
                    )}
                    <span className="hint"> ({source[row.source]})</span>
                  </td>
                  <td>{row.country ? (regions.of(row.country) ?? row.country) : ''}</td>
                  <td>{t(`identify.read.confidenceLevels.${row.confidence}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>{t('identify.read.notListed')}</p>
    </section>
  );
}

/** "Which carrier is this?" from an ICCID, an EID or a phone number, worked out in the browser. */
export default async function IdentifyPage({ params }: PageProps<'/[locale]/identify'>) {
  const locale = (await params).locale as Locale;
  const t = getT(locale);
  const carriers = CARRIERS.filter((c) => c.id !== GENERIC_CARRIER_ID).map((c) => ({ id: c.id, name: carrierName(c, locale), country: c.country }));
  return (
    <>
      <SiteHeader locale={locale} path="/identify/" siteName={t('site.name')} languagesLabel={t('site.languages')} languages={offeredLocales()} />
      <BackLink href={`/${locale}/`}>{t('nav.allCarriers')}</BackLink>
      <main id="main">
        <h1>{t('identify.title')}</h1>
        <p className="lead">{t('identify.intro')}</p>
        <p>{t('identify.whereToFind')}</p>
        <p className="hint">{t('identify.privacy')}</p>
        <noscript>
          <p className="notice notice--info">
            {t('identify.noScript')}{' '}
            <Link prefetch={false} href={`/${locale}/`}>{t('notFound.allCarriers')}</Link>
          </p>
        </noscript>
        <IdentifyForm carriers={carriers} labels={identifyLabels(t, locale)} locale={locale} />
        <ReadTheNumber locale={locale} carriers={carriers} />
      </main>
    </>
  );
}
