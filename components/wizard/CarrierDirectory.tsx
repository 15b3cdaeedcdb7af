'use client';
import Link from 'next/link';
import { useId, useState } from 'react';
import type { Difficulty } from '@/lib/engine/schema';
import { pluralize, type PluralForms } from './texts';

export interface DirectoryRow {
  id: string;
  href: string;
  name: string;
  /** Every name the carrier goes by, in every language, its country's name and the words travelers use for its SIM cards. */
  searchText: string;
  country: string | null;
  countryName: string;
  difficulty: Difficulty;
}

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
  /** The link to identify, offered beside every search (a traveler searching by what they call the SIM may not know the carrier). */
  identify: string;
}

/** Folds case and the ё/е, width and accent differences a traveler's keyboard may introduce. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replaceAll('ё', 'е');
}

/**
 * The carrier directory: the full list is in the HTML (that is what readers without JavaScript get);
 * with JavaScript a search box and two filters narrow it down.
 */
export function CarrierDirectory({ rows, labels, locale, identifyHref }: { rows: DirectoryRow[]; labels: DirectoryLabels; locale: string; identifyHref: string }) {
  const [query, setQuery] = useState('');
  const [country, setCountry] = useState('');
  const [difficulty, setDifficulty] = useState('');
  const ids = useId();

  const words = fold(query).split(/\s+/).filter(Boolean);
  const shown = rows.filter(
    (r) =>
      (!country || (r.country ?? '') === country) &&
      (!difficulty || r.difficulty === difficulty) &&
      words.every((w) => fold(r.searchText).includes(w)),
  );
  const countries = [...new Map(rows.map((r) => [r.country ?? '', r.countryName])).entries()].sort((a, b) => a[1].localeCompare(b[1], locale));
  const difficulties = [...new Set(rows.map((r) => r.difficulty))];

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
            <input className="input" id={`${ids}-q`} type="search" value={query} aria-describedby={`${ids}-q-hint`} onChange={(e) => setQuery(e.currentTarget.value)} autoComplete="off" />
          </div>
          <div className="form-group">
            <label className="label" htmlFor={`${ids}-country`}>
              {labels.country}
            </label>
            <select className="select" id={`${ids}-country`} value={country} onChange={(e) => setCountry(e.currentTarget.value)}>
              <option value="">{labels.anyCountry}</option>
              {countries.map(([code, name]) => (
                <option key={code || 'worldwide'} value={code}>
                  {name}
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
            {shown.length === 0 ? labels.noResults : pluralize(labels.results, shown.length, locale)}
          </p>
          {words.length > 0 && (
            <p>
              <Link prefetch={false} href={identifyHref} className="link-block" data-directory-identify>
                {labels.identify}
              </Link>
            </p>
          )}
      </div>
      <ul className="carrier-list">
        {shown.map((r) => (
          <li key={r.id} data-carrier={r.id}>
            <Link prefetch={false} href={r.href} className="carrier-list__link">
              {r.name}
            </Link>
            <span className="carrier-list__country">{r.countryName}</span>
            <span className={`difficulty difficulty--${r.difficulty}`}>{labels.difficulties[r.difficulty]}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
