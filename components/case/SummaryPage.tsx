/** The case summary (server component): one printable page (print CSS; "Save as PDF" works too), and the case to take elsewhere. */
import 'server-only';
import { BackLink } from '@/components/ui/BackLink';
import { siteHeaderLabels } from '@/components/ui/labels';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { carrierName } from '@/lib/i18n/names';
import { letterTemplate } from '@/lib/i18n/server';
import { LETTER_KINDS } from '@/lib/letters/compose';
import type { CarrierPage } from '@/lib/page-context';
import { pagePath, pathIn } from '@/lib/routes';
import { CaseShare } from './CaseShare';
import { CaseSummary } from './CaseSummary';
import { caseLabels, caseShareLabels, summaryLabels } from './labels';

export function SummaryPage({ locale, t, carrier, name }: CarrierPage) {
  const templates = Object.fromEntries(LETTER_KINDS.map((k) => [k, letterTemplate(carrier.language, k)]));
  return (
    <>
      <SiteHeader locale={locale} path={pathIn.summary(carrier.id)} {...siteHeaderLabels(t, locale)} />
      <BackLink href={pagePath.carrier(locale, carrier.id)}>{t('nav.overview')}</BackLink>
      <main id="main">
        <h1>{t('summary.title', { carrier: name })}</h1>
        <p className="lead">{t('summary.intro')}</p>
        <CaseSummary
          carrier={carrier}
          carrierName={name}
          carrierOwnName={carrierName(carrier, carrier.language)}
          locale={locale}
          labels={summaryLabels(t)}
          caseLabels={caseLabels(t, locale)}
          templates={templates}
          carrierLanguage={carrier.language}
        />
        <CaseShare carrier={carrier} carrierName={name} locale={locale} labels={caseShareLabels(t)} noScript={t('caseTransfer.noScript')} />
      </main>
    </>
  );
}
