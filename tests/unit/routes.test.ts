/** lib/routes.ts lists every fixed route segment that a carrier id could collide with: checked against app/ and public/. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_PAGES, RESERVED_SEGMENTS, ROOT_FOLDERS } from '@/lib/routes';

/** Folders that are a URL segment: not dynamic ([x]), not a route group ((x)), not private (_x). */
const segments = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !/^[[(_]/.test(e.name))
    .map((e) => e.name)
    .sort();

describe('reserved route segments', () => {
  it('are exactly the pages under app/[locale]', () => {
    expect(segments('app/[locale]')).toEqual([...LOCALE_PAGES].sort());
  });

  it('include every folder at the site root (app/ and public/)', () => {
    expect([...segments('app'), ...segments('public')].sort()).toEqual([...ROOT_FOLDERS].sort());
  });

  it('include data, where the open data lives', () => {
    expect(RESERVED_SEGMENTS).toContain('data');
  });
});
