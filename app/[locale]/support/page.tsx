import type { Metadata } from 'next';
import { BackLink } from '@/components/ui/BackLink';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { LinkBuilder } from '@/components/support/LinkBuilder';
import { CaseReader } from '@/components/support/CaseReader';
import { caseReaderLabels, linkBuilderLabels } from '@/components/wizard/labels';
import { CARRIERS } from '@/lib/carriers';
import { STAGES } from '@/lib/engine/stages';
import { carrierName } from '@/lib/i18n/names';
import { getT, offeredLocales } from '@/lib/i18n/server';
import { LANGUAGE_NAMES, type Locale } from '@/lib/i18n/locales';

export async function generateMetadata({ params }: PageProps<'/[locale]/support'>): Promise<Metadata> {
  return { title: getT((await params).locale as Locale)('support.title') };
}

/** For support staff: a link that opens the wizard at the right carrier, language and stage, with a QR code and a message. */
export default async function SupportPage({ params }: PageProps<'/[locale]/support'>) {
  const locale = (await params).locale as Locale;
  const t = getT(locale);
  const offered = offeredLocales();
  const messages = Object.fromEntries(
    [...new Set([...offered, locale])].map((l) => {
      const tl = getT(l);
      const keep = (key: string, variable: string) => tl(key, { [variable]: `{{${variable}}}` });
      return [l, { greeting: keep('support.message.greeting', 'carrier'), link: keep('support.message.link', 'link'), reference: keep('support.message.reference', 'ref'), check: tl('support.message.check') }];
    }),
  );
  return (
    <>
      <SiteHeader locale={locale} path="/support/" siteName={t('site.name')} languagesLabel={t('site.languages')} languages={offeredLocales()} />
      <BackLink href={`/${locale}/`}>{t('nav.allCarriers')}</BackLink>
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
          messages={messages}
        />
        <CaseReader carriers={CARRIERS.map((c) => ({ id: c.id, name: carrierName(c, locale) }))} labels={caseReaderLabels(t)} locale={locale} noScript={t('caseTransfer.readerNoScript')} />
      </main>
    </>
  );
}
