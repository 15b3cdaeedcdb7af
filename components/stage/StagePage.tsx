/**
 * One stage of one carrier (server component): stage 1 asks the questions and gives the verdict; stages 2–5
 * are checklists, with the panels each stage adds (the case tracker and the carrier's answer on track-review,
 * the letters of submit-request and check-charges). Which fields and letters apply is engine data.
 */
import 'server-only';
import Link from 'next/link';
import { CaseTracker } from '@/components/case/CaseTracker';
import { caseLabels, replyLabels } from '@/components/case/labels';
import { ReplyTracker } from '@/components/case/ReplyTracker';
import { carrierTexts, itemLabels } from '@/components/facts/labels';
import { letterToolProps, replyLetterProps } from '@/components/letters/labels';
import { SubmitLetters } from '@/components/letters/SubmitLetters';
import { progressLabels } from '@/components/progress/labels';
import { BackLink } from '@/components/ui/BackLink';
import { siteHeaderLabels } from '@/components/ui/labels';
import { Notice } from '@/components/ui/Notice';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { caseFieldsAsked } from '@/lib/engine/case';
import { nextStage, previousStage, STAGES } from '@/lib/engine/stages';
import { lettersForStage } from '@/lib/letters/compose';
import type { StagePage as Page } from '@/lib/page-context';
import { pagePath, pathIn } from '@/lib/routes';
import { ConfirmOnline } from './ConfirmOnline';
import { checklistLabels, confirmOnlineLabels, sharedLinkLabels } from './labels';
import { SharedLinkBanner } from './SharedLinkBanner';
import { StageChecklist } from './StageChecklist';

export function StagePage({ locale, t, carrier, name, stage }: Page) {
  const previous = previousStage(stage);
  const next = nextStage(stage);
  const texts = carrierTexts(t, carrier, stage, locale);
  const items = itemLabels(t, locale, carrier, stage);
  const progress = progressLabels(t, name);
  const fields = caseFieldsAsked(stage, carrier);
  const letters = lettersForStage(carrier, stage);
  return (
    <>
      <SiteHeader locale={locale} path={pathIn.stage(carrier.id, stage)} {...siteHeaderLabels(t, locale)} />
      <BackLink href={previous ? pagePath.stage(locale, carrier.id, previous) : pagePath.carrier(locale, carrier.id)}>{t('nav.back')}</BackLink>
      <main id="main">
        <SharedLinkBanner carrier={carrier} labels={sharedLinkLabels(t)} answersHref={pagePath.stage(locale, carrier.id, 'confirm-online')} />
        <p className="caption">{t('nav.stageOf', { number: STAGES.indexOf(stage) + 1, total: STAGES.length, carrier: name })}</p>
        <h1>{t(`stages.${stage}.name`)}</h1>
        <p className="lead">{t(`stages.${stage}.intro`, { carrier: name })}</p>
        <noscript>
          <p className="notice notice--info">{t('progress.noScript')}</p>
        </noscript>
        {stage === 'confirm-online' ? (
          <ConfirmOnline
            carrier={carrier}
            texts={texts}
            itemLabels={items}
            labels={confirmOnlineLabels(t, name)}
            progressLabels={progress}
            nextHref={next ? pagePath.stage(locale, carrier.id, next) : ''}
          />
        ) : (
          <StageChecklist
            carrier={carrier}
            stage={stage}
            locale={locale}
            texts={texts}
            itemLabels={items}
            labels={checklistLabels(t, locale)}
            progressLabels={progress}
          />
        )}
        {fields.length > 0 && (
          <CaseTracker
            carrier={carrier}
            carrierName={name}
            locale={locale}
            fields={fields}
            labels={caseLabels(t, locale)}
            progressLabels={progress}
            letter={stage === 'check-charges' ? letterToolProps(t, locale, carrier, letters) : null}
          />
        )}
        {stage === 'track-review' && (
          <ReplyTracker
            carrier={carrier}
            texts={texts}
            itemLabels={items}
            labels={replyLabels(t)}
            caseLabels={caseLabels(t, locale)}
            letter={replyLetterProps(t, locale, carrier)}
          />
        )}
        {stage === 'submit-request' && <SubmitLetters carrier={carrier} tool={letterToolProps(t, locale, carrier, letters)} />}
        {(stage === 'confirm-online' || stage === 'submit-request') && (
          <Notice tone="important" title={t('safety.agentsTitle')}>
            <p>{t('safety.agents')}</p>
          </Notice>
        )}
        <nav className="stage-nav" aria-label={t('nav.stagesLabel')}>
          {next && stage !== 'confirm-online' && (
            <Link prefetch={false} className="button" href={pagePath.stage(locale, carrier.id, next)}>
              {t('nav.nextStage', { stage: t(`stages.${next}.name`) })}
            </Link>
          )}
          <Link prefetch={false} href={pagePath.carrier(locale, carrier.id)} className="stage-nav__overview">
            {t('nav.overview')}
          </Link>
        </nav>
      </main>
    </>
  );
}
