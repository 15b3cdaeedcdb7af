import type { CitedSource } from '@/lib/engine/evaluate';
import type { ItemLabels } from './texts';

/** "Where does this come from?": each source with its kind and date; a <details>, so it opens without JavaScript. */
export function SourceList({ sources, labels }: { sources: CitedSource[]; labels: ItemLabels }) {
  return (
    <details className="sources">
      <summary>{labels.sourcesSummary}</summary>
      <ul>
        {sources.map((s) => (
          <li key={s.key}>
            <a href={s.url} rel="noreferrer" className="sources__link">
              {new URL(s.url).hostname}
            </a>{' '}
            <span className={s.official ? 'sources__kind sources__kind--official' : 'sources__kind'}>{s.official ? labels.official : labels.thirdParty}</span>
            {', '}
            {s.readOn ? labels.checkedOn[s.readOn] : labels.notRead}
          </li>
        ))}
      </ul>
    </details>
  );
}
