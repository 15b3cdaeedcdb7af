import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from '@/components/ui/BackLink';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { IdentifyForm } from '@/components/wizard/IdentifyForm';
import { identifyLabels } from '@/components/wizard/labels';
import { CARRIERS, GENERIC_CARRIER_ID } from '@/lib/carriers';
import { carrierName } from '@/lib/i18n/names';
import { getT, offeredLocales } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/locales';

export async function generateMetadata({ params }: PageProps<'/[locale]/identify'>): Promise<Metadata> {
  return { title: getT((await params).locale as Locale)('identify.title') };
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
      </main>
    </>
  );
}
