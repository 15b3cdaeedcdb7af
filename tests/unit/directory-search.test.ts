/** The directory's grouping and filter (lib/directory/search.ts), which the home page and CarrierDirectory use. */
import { describe, expect, it } from 'vitest';
import { filterGroups, fold, GLOBAL_GROUP, groupRows, type DirectoryRow } from '@/lib/directory/search';

const row = (id: string, name: string, words: string, difficulty: DirectoryRow['difficulty'] = 'easy'): DirectoryRow => ({
  id,
  href: `/en/${id}/`,
  name,
  search: fold(`${id} ${name} ${words}`),
  difficulty,
});
const country: Record<string, string> = { mts: 'RU', t2: 'RU', ee: 'GB', airalo: GLOBAL_GROUP, holafly: GLOBAL_GROUP };
const names: Record<string, string> = { RU: 'Russia', GB: 'United Kingdom', [GLOBAL_GROUP]: 'Worldwide travel eSIM sellers' };
const groups = groupRows(
  [
    row('mts', 'MTS', 'МТС Russia Россия', 'in-person-only'),
    row('t2', 'T2 (Tele2 Russia)', 'Tele2 Теле2 Russia 远游卡'),
    row('ee', 'EE', 'Everything Everywhere'),
    row('airalo', 'Airalo', 'Worldwide'),
    row('holafly', 'Holafly', 'Worldwide', 'medium'),
  ],
  (r) => country[r.id],
  (id) => names[id],
  'en',
);
const ids = (filter: Partial<Parameters<typeof filterGroups>[1]>) =>
  filterGroups(groups, { query: '', group: '', difficulty: '', ...filter }).flatMap((g) => g.rows.map((r) => r.id));

describe('the carrier directory', () => {
  it('groups by country, sorted by name, the worldwide sellers last, rows sorted by name', () => {
    expect(groups.map((g) => [g.id, g.rows.map((r) => r.id)])).toEqual([
      ['RU', ['mts', 't2']],
      ['GB', ['ee']],
      [GLOBAL_GROUP, ['airalo', 'holafly']],
    ]);
  });

  // Issue 16: "Worldwide" and "all countries" shared the value "", so choosing Worldwide listed everything.
  it('lists only the worldwide sellers when Worldwide is chosen, and everything for all countries', () => {
    expect(ids({ group: GLOBAL_GROUP })).toEqual(['airalo', 'holafly']);
    expect(ids({ group: '' })).toEqual(['mts', 't2', 'ee', 'airalo', 'holafly']);
    expect(GLOBAL_GROUP).not.toBe('');
  });

  it('searches names, aliases and brands in any spelling, every word of the query, with the other filters', () => {
    expect(ids({ query: 'tele2' })).toEqual(['t2']);
    expect(ids({ query: 'ТЕЛЕ2' })).toEqual(['t2']);
    expect(ids({ query: '远游卡' })).toEqual(['t2']);
    expect(ids({ query: 'russia' })).toEqual(['mts', 't2']);
    expect(ids({ query: 'russia  мтс' })).toEqual(['mts']);
    expect(ids({ query: 'russia', difficulty: 'easy' })).toEqual(['t2']);
    expect(ids({ query: 'everywhere', group: 'RU' })).toEqual([]);
  });

  it('drops groups left empty and keeps a fully matching group as it is', () => {
    const shown = filterGroups(groups, { query: 'worldwide', group: '', difficulty: '' });
    expect(shown.map((g) => g.id)).toEqual([GLOBAL_GROUP]);
    expect(shown[0]).toBe(groups[2]);
  });
});
