import type { ChecklistItem } from '@/lib/engine/evaluate';
import { ChannelLink } from './ChannelLink';
import { RightActions } from './RightActions';
import { ReportLink } from '../facts/ReportLink';
import { SourceList } from '../facts/SourceList';
import type { CarrierTexts, ItemLabels } from '../facts/types';

/** What stands under an item's text: its official channel, its confidence when not high, its sources, and a link to report a problem with it (`reportKey`). */
export function ItemMeta({
  item,
  texts,
  labels,
  reportKey,
}: {
  item: Pick<ChecklistItem, 'channel' | 'confidence' | 'sources'>;
  texts: CarrierTexts;
  labels: ItemLabels;
  reportKey?: string;
}) {
  return (
    <div className="item__meta">
      {item.channel && <ChannelLink channel={item.channel} label={texts[item.channel.label]} />}
      {item.confidence !== 'high' && <p className={`item__confidence item__confidence--${item.confidence}`}>{labels.confidence[item.confidence]}</p>}
      <SourceList sources={item.sources} labels={labels} />
      {labels.report && reportKey && <ReportLink href={labels.report.hrefs[reportKey]} text={labels.report.link} />}
    </div>
  );
}

/** A warning or a fact to know: shown, not ticked. */
export function NoteItem({ item, texts, labels }: { item: ChecklistItem; texts: CarrierTexts; labels: ItemLabels }) {
  return (
    <div className={`note note--${item.kind}`} data-item={item.id}>
      <p className="note__title">
        {item.right ? (item.right.escalation ? labels.escalation : labels.right) : item.kind === 'warning' ? labels.warning : labels.info}
      </p>
      <p>{texts[item.text]}</p>
      {item.right && <RightActions right={item.right} texts={texts} labels={labels} />}
      <ItemMeta item={item} texts={texts} labels={labels} reportKey={`${item.right ? 'right' : 'rule'}:${item.id}`} />
    </div>
  );
}
