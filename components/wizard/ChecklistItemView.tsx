import type { ChecklistItem } from '@/lib/engine/evaluate';
import { ChannelLink } from './ChannelLink';
import { RightActions } from './RightActions';
import { SourceList } from './SourceList';
import type { CarrierTexts, ItemLabels } from './texts';

/** What stands under an item's text: its official channel, its confidence when not high, and its sources. */
export function ItemMeta({ item, texts, labels }: { item: Pick<ChecklistItem, 'channel' | 'confidence' | 'sources'>; texts: CarrierTexts; labels: ItemLabels }) {
  return (
    <div className="item__meta">
      {item.channel && <ChannelLink channel={item.channel} label={texts[item.channel.label]} />}
      {item.confidence !== 'high' && <p className={`item__confidence item__confidence--${item.confidence}`}>{labels.confidence[item.confidence]}</p>}
      <SourceList sources={item.sources} labels={labels} />
    </div>
  );
}

/** A warning or a fact to know: shown, not ticked. */
export function NoteItem({ item, texts, labels }: { item: ChecklistItem; texts: CarrierTexts; labels: ItemLabels }) {
  return (
    <div className={`note note--${item.kind}`} data-item={item.id}>
      <p className="note__title">{item.right ? (item.right.escalation ? labels.escalation : labels.right) : item.kind === 'warning' ? labels.warning : labels.info}</p>
      <p>{texts[item.text]}</p>
      {item.right && <RightActions right={item.right} texts={texts} labels={labels} />}
      <ItemMeta item={item} texts={texts} labels={labels} />
    </div>
  );
}
