/**
 * The carrier directory's grouping and search, pure (no React): the home page groups the rows at build time, the
 * directory component filters them as the traveler types, and scripts/bench-directory.ts measures the filter.
 */
import type { Difficulty } from '../engine/schema';

/** The group of carriers without a country: worldwide travel-eSIM sellers. A value of its own, never "" (that is "all"). */
export const GLOBAL_GROUP = 'global';

export interface DirectoryRow {
  id: string;
  href: string;
  name: string;
  /** Every name, alias and brand the carrier goes by in every language, its country's names and the country's
   *  search words, already folded (see fold): the browser folds only the query. */
  search: string;
  difficulty: Difficulty;
}

export interface DirectoryGroup {
  /** ISO 3166-1 code, or GLOBAL_GROUP. */
  id: string;
  name: string;
  rows: DirectoryRow[];
}

export interface DirectoryFilter {
  query: string;
  /** A group id, or "" for all. */
  group: string;
  /** A difficulty, or "" for any. */
  difficulty: string;
}

/** Folds case and the ё/е, width and accent differences a traveler's keyboard may introduce. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replaceAll('ё', 'е');
}

/** The groups (in order) with only the rows that match every word of the query; groups left empty are dropped. */
export function filterGroups(groups: readonly DirectoryGroup[], filter: DirectoryFilter): DirectoryGroup[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  const result: DirectoryGroup[] = [];
  for (const group of groups) {
    if (filter.group && group.id !== filter.group) continue;
    const rows = group.rows.filter((r) => (!filter.difficulty || r.difficulty === filter.difficulty) && words.every((w) => r.search.includes(w)));
    if (rows.length > 0) result.push(rows.length === group.rows.length ? group : { ...group, rows });
  }
  return result;
}

/**
 * Groups rows by country: countries sorted by their name in `locale`, the worldwide sellers last; rows sorted by name.
 * `groupOf` gives a row's group id, `groupName` its shown name.
 */
export function groupRows<R extends DirectoryRow>(
  rows: readonly R[],
  groupOf: (row: R) => string,
  groupName: (id: string) => string,
  locale: string,
): DirectoryGroup[] {
  const byGroup = new Map<string, R[]>();
  for (const row of rows) byGroup.set(groupOf(row), [...(byGroup.get(groupOf(row)) ?? []), row]);
  const collator = new Intl.Collator(locale);
  return [...byGroup.entries()]
    .map(([id, members]) => ({ id, name: groupName(id), rows: [...members].sort((a, b) => collator.compare(a.name, b.name)) }))
    .sort((a, b) => Number(a.id === GLOBAL_GROUP) - Number(b.id === GLOBAL_GROUP) || collator.compare(a.name, b.name));
}
