/** A carrier's overview (server component): the five stages as a task list with their status, and the billing facts. */
import 'server-only';
import Link from 'next/link';
import { KeyFacts } from '@/components/facts/KeyFacts';
import { carrierTexts, itemLabels, keyFactsLabels } from '@/components/facts/labels';
import { progressLabels } from '@/components/progress/labels';
import { BackLink } from '@/components/ui/BackLink';
import { siteHeaderLabels } from '@/components/ui/labels';
import { Notice } from '@/components/ui/Notice';
import { SiteHeader } from '@/components/ui/SiteHeader';
import type { CarrierPage } from '@/lib/page-context';
import { pagePath, pathIn } from '@/lib/routes';
import { sharedLinkLabels, taskListLabels } from './labels';
import { SharedLinkBanner } from './SharedLinkBanner';
import { StageTaskList } from './StageTaskList';

export function OverviewPage({ locale, t, carrier, name }: CarrierPage) {
  const texts = carrierTexts(t, carrier, null, locale);
  return (
    <>
      <SiteHeader locale={locale} path={pathIn.carrier(carrier.id)} {...siteHeaderLabels(t, locale)} />
      <BackLink href={pagePath.home(locale)}>{t('nav.allCarriers')}</BackLink>
      <main id="main">
        <SharedLinkBanner carrier={carrier} labels={sharedLinkLabels(t)} answersHref={pagePath.stage(locale, carrier.id, 'confirm-online')} />
        <h1>{t('overview.title', { carrier: name })}</h1>
        <p className="lead">{t('overview.intro')}</p>
        <p className="overview-difficulty">
          {t('overview.difficulty')} <strong className={`difficulty difficulty--${carrier.difficulty}`}>{t(`difficulty.${carrier.difficulty}`)}</strong>
        </p>
        {carrier.confidence !== 'high' && <Notice title={t(`overview.confidence.${carrier.confidence}`, { carrier: name })} />}
        <h2>{t('overview.stagesHeading')}</h2>
        <StageTaskList carrier={carrier} locale={locale} texts={texts} labels={taskListLabels(t)} progressLabels={progressLabels(t, name)} />
        <p className="hint">{t('progress.savedOnDevice')}</p>
        <p>
          <Link prefetch={false} href={pagePath.summary(locale, carrier.id)} className="link-block">
            {t('summary.link')}
          </Link>
        </p>
        <h2>{t('facts.heading', { carrier: name })}</h2>
        <KeyFacts carrier={carrier} texts={texts} labels={keyFactsLabels(t)} itemLabels={itemLabels(t, locale, carrier, null)} />
      </main>
    </>
  );
}
