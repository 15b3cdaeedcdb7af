import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARRIERS, findCarrier } from '@/lib/carriers';
import { carrierNamespace } from '@/lib/carriers/define';
import { validateCatalogue } from '@/lib/carriers/validate';
import { CATALOGUE } from '@/lib/carriers/catalogue';
import { flatten } from '@/lib/i18n/flatten';
import { carrierName, carrierNames } from '@/lib/i18n/names';
import { LOCALES } from '@/lib/i18n/locales';
import { catalogueOptions } from '@/scripts/i18n-check.mjs';

const carriersOf = (lang: string) => flatten(JSON.parse(readFileSync(`locales/${lang}/carriers.json`, 'utf8'))) as Record<string, string>;

describe('carrier names live in the locale files', () => {
  it('gives every carrier a name in every language, from locales/<lang>/carriers.json', () => {
    for (const lang of LOCALES) {
      const texts = carriersOf(lang);
      for (const c of CARRIERS) expect(texts[`${carrierNamespace(c.id)}.name`], `${lang} ${c.id}`).toBeTruthy();
    }
    const mts = findCarrier('mts')!;
    expect(carrierName(mts, 'ru')).toBe('МТС');
    expect(carrierName(mts, 'en')).toBe('MTS');
    expect(carrierName(findCarrier('china-mobile')!, 'zh-CN')).toBe('中国移动');
    expect(carrierName(findCarrier('generic')!, 'de')).toBe('Anderer Anbieter');
    // The pseudo-locales keep the real name.
    expect(carrierName(mts, 'en-XA')).toBe('MTS');
    expect(new Set(Object.values(carrierNames(mts)))).toEqual(new Set(['MTS', 'МТС', 'MTS（俄罗斯）']));
  });

  it("lets the check accept each language's own name for the carrier (МТС for MTS)", async () => {
    const { names } = await catalogueOptions();
    expect(names.find((n) => n.term === 'MTS')?.accepted.ru).toContain('МТС');
  });

  it('fails the catalogue naming the key when en has no name for a carrier', () => {
    const enKeys = new Set(Object.keys(carriersOf('en')).filter((k) => k !== 'mts.name'));
    const { problems } = validateCatalogue(CATALOGUE, enKeys);
    expect(problems).toContainEqual(
      expect.objectContaining({ carrier: 'mts', field: 'name', message: 'its name "mts.name" is not in locales/en/carriers.json' }),
    );
  });
});
