'use client';
import Link from 'next/link';
import { useId, useState } from 'react';
import type { Difficulty } from '@/lib/engine/schema';
import { DIFFICULTIES } from '@/lib/engine/terms';
import { filterGroups, type DirectoryGroup } from '@/lib/directory/search';
import { pluralize, type PluralForms } from '@/lib/i18n/plural';

export interface DirectoryLabels {
  search: string;
  searchHint: string;
  country: string;
  anyCountry: string;
  difficulty: string;
  anyDifficulty: string;
  difficulties: Record<Difficulty, string>;
  results: PluralForms;
  noResults: string;
  filtersHeading: string;
  identifyHint: string;
}

/**
 * The carrier directory, grouped by country (worldwide sellers last): the full grouped list is in the HTML (that is
 * what readers without JavaScript get); with JavaScript a search box and two filters narrow it down (lib/directory/search.ts).
 */
export function CarrierDirectory({
  groups,
  labels,
  locale,
  identifyHref,
}: {
  groups: DirectoryGroup[];
  labels: DirectoryLabels;
  locale: string;
  identifyHref: string;
}) {
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState('');
  const [difficulty, setDifficulty] = useState('');
  const ids = useId();

  const shown = filterGroups(groups, { query, group, difficulty });
  const count = shown.reduce((sum, g) => sum + g.rows.length, 0);
  // Easiest first, in the order the schema lists them, not in the order carriers happen to come.
  const difficulties = DIFFICULTIES.filter((d) => groups.some((g) => g.rows.some((r) => r.difficulty === d)));

  return (
    <>
      {/* In the HTML from the start (no layout shift), shown only with JavaScript: without it the page is a plain list. */}
      <div className="directory-filters js-only" role="search" aria-label={labels.filtersHeading}>
        <div className="form-group">
          <label className="label" htmlFor={`${ids}-q`}>
            {labels.search}
          </label>
          <p className="hint" id={`${ids}-q-hint`}>
            {labels.searchHint}
          </p>
          <input
            className="input"
            id={`${ids}-q`}
            type="search"
            value={query}
            aria-describedby={`${ids}-q-hint`}
            onChange={(e) => setQuery(e.currentTarget.value)}
            autoComplete="off"
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor={`${ids}-country`}>
            {labels.country}
          </label>
          <select className="select" id={`${ids}-country`} value={group} onChange={(e) => setGroup(e.currentTarget.value)}>
            <option value="">{labels.anyCountry}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor={`${ids}-difficulty`}>
            {labels.difficulty}
          </label>
          <select className="select" id={`${ids}-difficulty`} value={difficulty} onChange={(e) => setDifficulty(e.currentTarget.value)}>
            <option value="">{labels.anyDifficulty}</option>
            {difficulties.map((d) => (
              <option key={d} value={d}>
                {labels.difficulties[d]}
              </option>
            ))}
          </select>
        </div>
        <p className="directory-count" role="status">
          {count === 0 ? labels.noResults : pluralize(labels.results, count, locale)}
        </p>
        {/* A search that finds several carriers (or none) may be a traveler who does not know which is theirs. */}
        {query.trim() !== '' && count !== 1 && (
          <p className="directory-identify">
            <Link prefetch={false} href={identifyHref} className="link-block" data-directory-identify>
              {labels.identifyHint}
            </Link>
          </p>
        )}
      </div>
      {shown.map((g) => (
        <section key={g.id} className="carrier-group" data-group={g.id} aria-labelledby={`${ids}-g-${g.id}`}>
          <h2 className="carrier-group__heading" id={`${ids}-g-${g.id}`}>
            {g.name}
          </h2>
          <ul className="carrier-list">
            {g.rows.map((r) => (
              <li key={r.id} data-carrier={r.id}>
                <Link prefetch={false} href={r.href} className="carrier-list__link">
                  {r.name}
                </Link>
                <span className={`difficulty difficulty--${r.difficulty}`}>{labels.difficulties[r.difficulty]}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
