/** For support staff (server component): a link that opens the wizard at the right carrier, language and stage, with a QR code and a message; and the case reader. */
import 'server-only';
import { BackLink } from '@/components/ui/BackLink';
import { siteHeaderLabels } from '@/components/ui/labels';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { CARRIERS } from '@/lib/carriers';
import { STAGES } from '@/lib/engine/stages';
import { LANGUAGE_NAMES } from '@/lib/i18n/locales';
import { carrierName } from '@/lib/i18n/names';
import { offeredLocales } from '@/lib/i18n/server';
import type { LocalePage } from '@/lib/page-context';
import { pagePath, pathIn } from '@/lib/routes';
import { CaseReader } from './CaseReader';
import { caseReaderLabels, linkBuilderLabels, supportMessages } from './labels';
import { LinkBuilder } from './LinkBuilder';

export function SupportPage({ locale, t }: LocalePage) {
  const offered = offeredLocales();
  return (
    <>
      <SiteHeader locale={locale} path={pathIn.support()} {...siteHeaderLabels(t, locale)} />
      <BackLink href={pagePath.home(locale)}>{t('nav.allCarriers')}</BackLink>
      <main id="main">
        <h1>{t('support.title')}</h1>
        <p className="lead">{t('support.intro')}</p>
        <noscript>
          <p className="notice notice--info">{t('support.noScript')}</p>
        </noscript>
        <LinkBuilder
          carriers={CARRIERS.map((c) => ({ id: c.id, names: Object.fromEntries(offered.map((l) => [l, carrierName(c, l)])) }))}
          languages={offered.map((l) => ({ tag: l, name: LANGUAGE_NAMES[l] }))}
          stages={STAGES.map((s) => ({ slug: s, name: t(`stages.${s}.name`) }))}
          staffLocale={locale}
          defaultLanguage={offered.includes(locale) ? locale : 'en'}
          labels={linkBuilderLabels(t)}
          messages={supportMessages([...new Set([...offered, locale])])}
        />
        <CaseReader
          carriers={CARRIERS.map((c) => ({ id: c.id, name: carrierName(c, locale) }))}
          labels={caseReaderLabels(t)}
          locale={locale}
          noScript={t('caseTransfer.readerNoScript')}
        />
      </main>
    </>
  );
}
