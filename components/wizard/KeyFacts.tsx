import type { Carrier, FactId } from '@/lib/engine/schema';
import { FACT_IDS } from '@/lib/engine/terms';
import { ChannelLink } from './ChannelLink';
import { ReportLink } from './ReportLink';
import { SourceList } from './SourceList';
import type { CarrierTexts, ItemLabels } from './texts';

export interface KeyFactsLabels {
  names: Record<FactId, string>;
  gap: string;
}

/**
 * The carrier's billing facts as a GOV.UK summary list, each with its sources; a fact the research
 * did not find says so and points to the carrier's official channels. A server component: no JS.
 */
export function KeyFacts({ carrier, texts, labels, itemLabels }: { carrier: Carrier; texts: CarrierTexts; labels: KeyFactsLabels; itemLabels: ItemLabels }) {
  // Where to ask about a gap: the carrier's own first channel (a government portal cannot answer billing questions).
  const firstChannel = carrier.channels.find((c) => c.kind !== 'government-portal');
  return (
    <dl className="summary-list">
      {FACT_IDS.map((id) => {
        const fact = carrier.facts[id];
        return (
          <div key={id} className="summary-list__row" data-fact={id}>
            <dt className="summary-list__key">{labels.names[id]}</dt>
            <dd className="summary-list__value">
              {'text' in fact ? (
                <>
                  <p>{texts[fact.text]}</p>
                  {fact.confidence !== 'high' && <p className={`item__confidence item__confidence--${fact.confidence}`}>{itemLabels.confidence[fact.confidence]}</p>}
                  <SourceList sources={fact.sources.map((key) => ({ key, ...carrier.sources[key] }))} labels={itemLabels} />
                </>
              ) : (
                <>
                  <p className="summary-list__gap">{labels.gap}</p>
                  {firstChannel && <ChannelLink channel={firstChannel} label={texts[firstChannel.label]} />}
                </>
              )}
              {itemLabels.report && <ReportLink href={itemLabels.report.hrefs[`fact:${id}`]} text={itemLabels.report.link} />}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
