import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/ui/BackLink';
import { Notice } from '@/components/ui/Notice';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { KeyFacts } from '@/components/wizard/KeyFacts';
import { carrierTexts, itemLabels, keyFactsLabels, progressLabels, sharedLinkLabels, taskListLabels } from '@/components/wizard/labels';
import { SharedLinkBanner } from '@/components/wizard/SharedLinkBanner';
import { StageTaskList } from '@/components/wizard/StageTaskList';
import { CARRIERS, findCarrier } from '@/lib/carriers';
import { carrierName } from '@/lib/i18n/names';
import { getT, offeredLocales } from '@/lib/i18n/server';
import { BUILD_LOCALES, type Locale } from '@/lib/i18n/locales';

export const dynamicParams = false;

export function generateStaticParams() {
  return BUILD_LOCALES.flatMap((locale) => CARRIERS.map((c) => ({ locale, carrier: c.id })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[carrier]'>): Promise<Metadata> {
  const { locale, carrier: id } = await params;
  const carrier = findCarrier(id);
  if (!carrier) return {};
  return { title: getT(locale as Locale)('overview.title', { carrier: carrierName(carrier, locale as Locale) }) };
}

/** A carrier's overview: the five stages as a task list with their status. */
export default async function CarrierOverviewPage({ params }: PageProps<'/[locale]/[carrier]'>) {
  const { locale: localeParam, carrier: id } = await params;
  const locale = localeParam as Locale;
  const carrier = findCarrier(id);
  if (!carrier) notFound();
  const t = getT(locale);
  const name = carrierName(carrier, locale);
  const texts = carrierTexts(t, carrier, null, locale);
  return (
    <>
      <SiteHeader locale={locale} path={`/${carrier.id}/`} siteName={t('site.name')} languagesLabel={t('site.languages')} languages={offeredLocales()} />
      <BackLink href={`/${locale}/`}>{t('nav.allCarriers')}</BackLink>
      <main id="main">
        <SharedLinkBanner carrier={carrier} labels={sharedLinkLabels(t)} answersHref={`/${locale}/${carrier.id}/confirm-online/`} />
        <h1>{t('overview.title', { carrier: name })}</h1>
        <p className="lead">{t('overview.intro')}</p>
        <p className="overview-difficulty">
          {t('overview.difficulty')} <strong className={`difficulty difficulty--${carrier.difficulty}`}>{t(`difficulty.${carrier.difficulty}`)}</strong>
        </p>
        {carrier.confidence !== 'high' && <Notice title={t(`overview.confidence.${carrier.confidence}`, { carrier: name })} />}
        <h2>{t('overview.stagesHeading')}</h2>
        <StageTaskList
          carrier={carrier}
          basePath={`/${locale}/${carrier.id}/`}
          texts={texts}
          labels={taskListLabels(t)}
          progressLabels={progressLabels(t, name)}
        />
        <p className="hint">{t('progress.savedOnDevice')}</p>
        <p>
          <Link prefetch={false} href={`/${locale}/${carrier.id}/summary/`} className="link-block">
            {t('summary.link')}
          </Link>
        </p>
        <h2>{t('facts.heading', { carrier: name })}</h2>
        <KeyFacts carrier={carrier} texts={texts} labels={keyFactsLabels(t)} itemLabels={itemLabels(t, locale, carrier, null)} />
      </main>
    </>
  );
}
