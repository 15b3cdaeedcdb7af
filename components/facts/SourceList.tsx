import { Fragment } from 'react';
import type { CitedSource } from '@/lib/engine/evaluate';
import type { ItemLabels } from './types';

/**
 * "Where does this come from?": each source with its kind and the date we read it (a source nobody read shows no date,
 * only "not read by us"); a <details>, so it opens without JavaScript.
 */
/** A sentence with its {{slots}} replaced by elements, in the order the language writes them. */
function fill(template: string, slots: Record<string, React.ReactNode>): React.ReactNode[] {
  return template.split(/\{\{(\w+)\}\}/).map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{slots[part]}</Fragment> : part));
}

export function SourceList({ sources, labels }: { sources: CitedSource[]; labels: ItemLabels }) {
  return (
    <details className="sources">
      <summary>{labels.sourcesSummary}</summary>
      <ul>
        {sources.map((s) => (
          <li key={s.key} data-source-read={s.readOn ? 'yes' : 'no'}>
            {fill(s.readOn && labels.staleDates.includes(s.readOn) ? labels.sourceEntryStale : labels.sourceEntry, {
              site: (
                <a href={s.url} rel="noreferrer" className="sources__link">
                  {new URL(s.url).hostname}
                </a>
              ),
              kind: (
                <span className={s.official ? 'sources__kind sources__kind--official' : 'sources__kind'}>
                  {s.official ? labels.official : labels.thirdParty}
                </span>
              ),
              read: s.readOn ? labels.readOn[s.readOn] : labels.notRead,
              stale: <strong className="sources__stale">{labels.stale}</strong>,
            })}
          </li>
        ))}
      </ul>
    </details>
  );
}
