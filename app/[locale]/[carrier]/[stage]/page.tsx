import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/ui/BackLink';
import { Notice } from '@/components/ui/Notice';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { SubmitLetters } from '@/components/letters/SubmitLetters';
import { ConfirmOnline } from '@/components/wizard/ConfirmOnline';
import { CaseTracker } from '@/components/wizard/CaseTracker';
import { carrierTexts, caseLabels, checklistLabels, confirmOnlineLabels, itemLabels, letterToolProps, progressLabels, replyLabels, replyLetterProps, sharedLinkLabels } from '@/components/wizard/labels';
import { ReplyTracker } from '@/components/wizard/ReplyTracker';
import { SharedLinkBanner } from '@/components/wizard/SharedLinkBanner';
import { StageChecklist } from '@/components/wizard/StageChecklist';
import { CARRIERS, findCarrier } from '@/lib/carriers';
import { isStage, nextStage, previousStage, STAGES } from '@/lib/engine/stages';
import { lettersForVerdict } from '@/lib/letters/compose';
import { factAlwaysHasPeriod } from '@/lib/engine/facts';
import { carrierName } from '@/lib/i18n/names';
import { getT, offeredLocales } from '@/lib/i18n/server';
import { BUILD_LOCALES, type Locale } from '@/lib/i18n/locales';

export const dynamicParams = false;

export function generateStaticParams() {
  return BUILD_LOCALES.flatMap((locale) => CARRIERS.flatMap((c) => STAGES.map((stage) => ({ locale, carrier: c.id, stage }))));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[carrier]/[stage]'>): Promise<Metadata> {
  const { locale, carrier: id, stage } = await params;
  const carrier = findCarrier(id);
  if (!carrier || !isStage(stage)) return {};
  const t = getT(locale as Locale);
  return { title: `${t(`stages.${stage}.name`)} · ${carrierName(carrier, locale as Locale)}` };
}

/** One stage of one carrier: stage 1 asks the questions and gives the verdict; stages 2–5 are checklists. */
export default async function StagePage({ params }: PageProps<'/[locale]/[carrier]/[stage]'>) {
  const { locale: localeParam, carrier: id, stage } = await params;
  const locale = localeParam as Locale;
  const carrier = findCarrier(id);
  if (!carrier || !isStage(stage)) notFound();
  const t = getT(locale);
  const name = carrierName(carrier, locale);
  const base = `/${locale}/${carrier.id}/`;
  const previous = previousStage(stage);
  const next = nextStage(stage);
  const number = STAGES.indexOf(stage) + 1;
  const texts = carrierTexts(t, carrier, stage, locale);
  return (
    <>
      <SiteHeader locale={locale} path={`/${carrier.id}/${stage}/`} siteName={t('site.name')} languagesLabel={t('site.languages')} languages={offeredLocales()} />
      <BackLink href={previous ? `${base}${previous}/` : base}>{t('nav.back')}</BackLink>
      <main id="main">
        <SharedLinkBanner carrier={carrier} labels={sharedLinkLabels(t)} answersHref={`${base}confirm-online/`} />
        <p className="caption">{t('nav.stageOf', { number, total: STAGES.length, carrier: name })}</p>
        <h1>{t(`stages.${stage}.name`)}</h1>
        <p className="lead">{t(`stages.${stage}.intro`, { carrier: name })}</p>
        <noscript>
          <p className="notice notice--info">{t('progress.noScript')}</p>
        </noscript>
        {stage === 'confirm-online' ? (
          <ConfirmOnline
            carrier={carrier}
            texts={texts}
            itemLabels={itemLabels(t, locale, carrier, stage)}
            labels={confirmOnlineLabels(t, name)}
            progressLabels={progressLabels(t, name)}
            nextHref={`${base}${next}/`}
          />
        ) : (
          <StageChecklist
            carrier={carrier}
            stage={stage}
            locale={locale}
            texts={texts}
            itemLabels={itemLabels(t, locale, carrier, stage)}
            labels={checklistLabels(t, locale)}
            progressLabels={progressLabels(t, name)}
          />
        )}
        {stage === 'track-review' && (
          <CaseTracker
            carrier={carrier}
            carrierName={name}
            locale={locale}
            fields={['purchasedOn', 'renewsOn', 'submittedOn', ...(factAlwaysHasPeriod(carrier.facts.processingTime) ? [] : (['expectedBy'] as const)), 'reference']}
            labels={caseLabels(t, locale)}
            progressLabels={progressLabels(t, name)}
            letter={null}
          />
        )}
        {stage === 'track-review' && (
          <ReplyTracker carrier={carrier} texts={texts} itemLabels={itemLabels(t, locale, carrier, stage)} labels={replyLabels(t)} caseLabels={caseLabels(t, locale)} letter={replyLetterProps(t, locale, carrier)} />
        )}
        {stage === 'check-charges' && (
          <CaseTracker
            carrier={carrier}
            carrierName={name}
            locale={locale}
            fields={['chargedOn']}
            labels={caseLabels(t, locale)}
            progressLabels={progressLabels(t, name)}
            letter={letterToolProps(t, locale, carrier, ['dispute'])}
          />
        )}
        {stage === 'submit-request' && <SubmitLetters carrier={carrier} tool={letterToolProps(t, locale, carrier, [...new Set(carrier.verdicts.flatMap((v) => lettersForVerdict(v.verdict)))])} />}
        {(stage === 'confirm-online' || stage === 'submit-request') && (
          <Notice tone="important" title={t('safety.agentsTitle')}>
            <p>{t('safety.agents')}</p>
          </Notice>
        )}
        <nav className="stage-nav" aria-label={t('nav.stagesLabel')}>
          {next && stage !== 'confirm-online' && (
            <Link prefetch={false} className="button" href={`${base}${next}/`}>
              {t('nav.nextStage', { stage: t(`stages.${next}.name`) })}
            </Link>
          )}
          <Link prefetch={false} href={base} className="stage-nav__overview">
            {t('nav.overview')}
          </Link>
        </nav>
      </main>
    </>
  );
}
