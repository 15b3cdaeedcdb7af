import type { CitedSource } from '@/lib/engine/evaluate';
import type { ItemLabels } from './types';

/**
 * "Where does this come from?": each source with its kind and the date we read it (a source nobody read shows no date,
 * only "not read by us"); a <details>, so it opens without JavaScript.
 */
export function SourceList({ sources, labels }: { sources: CitedSource[]; labels: ItemLabels }) {
  return (
    <details className="sources">
      <summary>{labels.sourcesSummary}</summary>
      <ul>
        {sources.map((s) => (
          <li key={s.key} data-source-read={s.readOn ? 'yes' : 'no'}>
            <a href={s.url} rel="noreferrer" className="sources__link">
              {new URL(s.url).hostname}
            </a>{' '}
            <span className={s.official ? 'sources__kind sources__kind--official' : 'sources__kind'}>{s.official ? labels.official : labels.thirdParty}</span>
            {', '}
            {s.readOn ? labels.readOn[s.readOn] : labels.notRead}
            {s.readOn && labels.staleDates.includes(s.readOn) && <strong className="sources__stale"> ({labels.stale})</strong>}
          </li>
        ))}
      </ul>
    </details>
  );
}
