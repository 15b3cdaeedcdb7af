import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/ui/BackLink';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { CaseSummary } from '@/components/wizard/CaseSummary';
import { CaseShare } from '@/components/wizard/CaseShare';
import { caseLabels, caseShareLabels, summaryLabels } from '@/components/wizard/labels';
import { CARRIERS, findCarrier } from '@/lib/carriers';
import { LETTER_KINDS } from '@/lib/letters/compose';
import { carrierName } from '@/lib/i18n/names';
import { getT, letterTemplate, offeredLocales } from '@/lib/i18n/server';
import { BUILD_LOCALES, type Locale } from '@/lib/i18n/locales';

export const dynamicParams = false;

export function generateStaticParams() {
  return BUILD_LOCALES.flatMap((locale) => CARRIERS.map((c) => ({ locale, carrier: c.id })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[carrier]/summary'>): Promise<Metadata> {
  const { locale, carrier: id } = await params;
  const carrier = findCarrier(id);
  if (!carrier) return {};
  return { title: getT(locale as Locale)('summary.title', { carrier: carrierName(carrier, locale as Locale) }) };
}

/** The case summary: one printable page (print CSS; "Save as PDF" works too). */
export default async function CaseSummaryPage({ params }: PageProps<'/[locale]/[carrier]/summary'>) {
  const { locale: localeParam, carrier: id } = await params;
  const locale = localeParam as Locale;
  const carrier = findCarrier(id);
  if (!carrier) notFound();
  const t = getT(locale);
  const name = carrierName(carrier, locale);
  const templates = Object.fromEntries(LETTER_KINDS.map((k) => [k, letterTemplate(carrier.language, k)]));
  return (
    <>
      <SiteHeader locale={locale} path={`/${carrier.id}/summary/`} siteName={t('site.name')} languagesLabel={t('site.languages')} languages={offeredLocales()} />
      <BackLink href={`/${locale}/${carrier.id}/`}>{t('nav.overview')}</BackLink>
      <main id="main">
        <h1>{t('summary.title', { carrier: name })}</h1>
        <p className="lead">{t('summary.intro')}</p>
        <CaseSummary carrier={carrier} carrierName={name} locale={locale} labels={summaryLabels(t)} caseLabels={caseLabels(t, locale)} templates={templates} carrierLanguage={carrier.language} />
        <CaseShare carrier={carrier} carrierName={name} locale={locale} labels={caseShareLabels(t)} noScript={t('caseTransfer.noScript')} />
      </main>
    </>
  );
}
