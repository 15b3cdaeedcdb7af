import { factVariants } from '@/lib/engine/facts';
import type { Carrier, FactId, FactVariant } from '@/lib/engine/schema';
import { latestDate } from '@/lib/engine/dates';
import { FACT_IDS } from '@/lib/engine/terms';
import { ChannelLink } from '../stage/ChannelLink';
import { ReportLink } from './ReportLink';
import { SourceList } from './SourceList';
import type { CarrierTexts, ItemLabels } from './types';

export interface KeyFactsLabels {
  names: Record<FactId, string>;
  gap: string;
  /** Shown under a fact whose most recently read source was read more than 12 months before the build. */
  stale: string;
}

/**
 * The carrier's billing facts as a GOV.UK summary list, each with its sources; a fact the research
 * did not find says so and points to the carrier's official channels. A fact that depends on the plan shows
 * each variant (its sentence names the plan it is for); the traveler's own deadlines use the one for their answers.
 * A server component: no JS.
 */
export function KeyFacts({ carrier, texts, labels, itemLabels }: { carrier: Carrier; texts: CarrierTexts; labels: KeyFactsLabels; itemLabels: ItemLabels }) {
  // Where to ask about a gap: the carrier's own first channel (a government portal cannot answer billing questions).
  const firstChannel = carrier.channels.find((c) => c.kind !== 'government-portal');
  const variant = (v: FactVariant, i: number) => {
    if ('gap' in v) {
      return (
        <div key={i} className="summary-list__variant">
          <p className="summary-list__gap">{labels.gap}</p>
          {firstChannel && <ChannelLink channel={firstChannel} label={texts[firstChannel.label]} />}
        </div>
      );
    }
    const sources = v.sources.map((key) => ({ key, ...carrier.sources[key] }));
    const lastRead = latestDate(sources.map((s) => s.readOn));
    return (
      <div key={i} className="summary-list__variant">
        <p>{texts[v.text]}</p>
        {v.confidence !== 'high' && <p className={`item__confidence item__confidence--${v.confidence}`}>{itemLabels.confidence[v.confidence]}</p>}
        {lastRead !== null && itemLabels.staleDates.includes(lastRead) && (
          <p className="item__confidence item__confidence--stale" data-fact-stale>
            {labels.stale}
          </p>
        )}
        <SourceList sources={sources} labels={itemLabels} />
      </div>
    );
  };
  return (
    <dl className="summary-list">
      {FACT_IDS.map((id) => (
        <div key={id} className="summary-list__row" data-fact={id}>
          <dt className="summary-list__key">{labels.names[id]}</dt>
          <dd className="summary-list__value">
            {factVariants(carrier.facts[id]).map(variant)}
            {itemLabels.report && <ReportLink href={itemLabels.report.hrefs[`fact:${id}`]} text={itemLabels.report.link} />}
          </dd>
        </div>
      ))}
    </dl>
  );
}
