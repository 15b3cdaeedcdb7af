import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completenessOf, nothingToTranslate, readSameMarks, untranslatedKeys } from '@/lib/i18n/completeness';
import { LOCALES } from '@/lib/i18n/locales';
import { loadCountOptions, loadResources, offeredLocales, shareTranslated } from '@/lib/i18n/server';
import { checkLocales } from '@/scripts/i18n-check.mjs';
import { statusRows } from '@/scripts/i18n-status.mjs';

const en = {
  ui: {
    'nav.back': 'Back',
    'site.name': 'eSIM Exit',
    items_one: '{{count}} item',
    items_other: '{{count}} items',
    'help.email': 'help@example.org',
    fee: '{{amount}} €',
  },
};

describe('what counts as translated', () => {
  it('counts a missing key, and a text the same as en, as not translated', () => {
    expect(untranslatedKeys(en, { ui: { 'site.name': 'eSIM Exit', items_one: '{{count}} штука', items_other: '{{count}} штук' } })).toEqual([
      'ui:nav.back',
      'ui:site.name',
      'ui:help.email',
      'ui:fee',
    ]);
  });

  it('counts a text the same as en when same.json gives the reason, or when it has nothing to translate', () => {
    const same = { ui: { 'site.name': "the site's name" } };
    const target = {
      ui: {
        'nav.back': 'Atrás',
        'site.name': 'eSIM Exit',
        items_one: '{{count}} item',
        items_other: '{{count}} ítems',
        'help.email': 'help@example.org',
        fee: '{{amount}} €',
      },
    };
    expect(untranslatedKeys(en, target, { same })).toEqual([]);
    expect(completenessOf(en, target, { same })).toBe(1);
    expect(completenessOf(en, target)).toBe(4 / 5);
  });

  it('counts a plural key once, untranslated only when every form is the same as en', () => {
    expect(
      untranslatedKeys(
        { ui: { items_one: '{{count}} item', items_other: '{{count}} items' } },
        { ui: { items_one: '{{count}} item', items_other: '{{count}} items' } },
      ),
    ).toEqual(['ui:items']);
    expect(
      untranslatedKeys(
        { ui: { items_one: '{{count}} item', items_other: '{{count}} items' } },
        { ui: { items_one: '{{count}} item', items_other: '{{count}} itens' } },
      ),
    ).toEqual([]);
  });

  it('finds nothing to translate in variables, numbers, emails, addresses, USSD codes and product names only', () => {
    expect(nothingToTranslate('{{carrier}}: 0333 003 7777')).toBe(true);
    expect(nothingToTranslate('https://example.org/x, help@example.org, *100#')).toBe(true);
    expect(nothingToTranslate('Airmoney · CMLink', ['Airmoney', 'CMLink'])).toBe(true);
    expect(nothingToTranslate('Airmoney app', ['Airmoney'])).toBe(false);
    expect(nothingToTranslate('Error:')).toBe(false);
  });

  it('names the file and key of a bad same.json entry', () => {
    const { problems } = readSameMarks({ 'ui.json': { 'nav.bak': 'typo', 'site.name': ' ' }, 'menu.json': {} }, en, 'locales/es/same.json');
    expect(problems).toEqual([
      'locales/es/same.json: ui.json key nav.bak: en has no such key',
      'locales/es/same.json: ui.json key site.name: give the reason it is the same as en',
      "locales/es/same.json: menu.json: not one of en's files (ui.json)",
    ]);
  });
});

describe('i18n:check, i18n:status and the site count the same way', () => {
  it('agree on a language with keys missing, copied from en, and marked the same', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'completeness-')), 'locales');
    try {
      cpSync('locales', root, { recursive: true });
      const ruUi = JSON.parse(readFileSync(join(root, 'ru', 'ui.json'), 'utf8'));
      const enUi = JSON.parse(readFileSync(join(root, 'en', 'ui.json'), 'utf8'));
      delete ruUi.nav;
      ruUi.site.tagline = enUi.site.tagline;
      writeFileSync(join(root, 'ru', 'ui.json'), JSON.stringify(ruUi, null, 2));
      const check = checkLocales(root, { lang: 'ru' });
      expect(check.errors).toEqual([]);
      const status = statusRows(root).rows.find((r) => r.lang === 'ru')!;
      expect(status.untranslated).toContain('ui:site.tagline');
      expect(status.untranslated).not.toContain('ui:site.name');
      expect(check.warnings).toHaveLength(status.untranslated.length);
      expect(check.warnings.join('\n')).toContain('key site.tagline: the same as en: translate it, or list it in same.json');
      const resources = loadResources(root, LOCALES);
      expect(shareTranslated(resources, loadCountOptions(root, LOCALES, resources), 'ru')).toBe(status.done);
      expect(status.done).toBeLessThan(1);
      writeFileSync(join(root, 'ru', 'same.json'), JSON.stringify({ 'ui.json': { 'site.tagline': '' } }));
      expect(checkLocales(root, { lang: 'ru' }).errors).toEqual(
        ['locales/ru/same.json: ui.json key site.tagline: give the reason it is the same as en'].map((e) => expect.stringContaining(e)),
      );
    } finally {
      rmSync(join(root, '..'), { recursive: true, force: true });
    }
  }, 30_000);

  it('offer the source and every complete language', () => {
    expect(offeredLocales()).toEqual(LOCALES);
  });

  it('count the shipped languages alike', () => {
    const resources = loadResources();
    const options = loadCountOptions();
    for (const row of statusRows('locales').rows) expect(shareTranslated(resources, options, row.lang)).toBe(row.done);
  });
});
