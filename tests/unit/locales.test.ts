import { describe, expect, it } from 'vitest';
import { bestLocaleFrom, LOCALES } from '@/lib/i18n/locales';
import { catalogueOptions, checkLocales } from '@/scripts/i18n-check.mjs';

describe('choosing a language from the browser’s preferences', () => {
  it('takes the first preference we ship, by whole tag or by language', () => {
    expect(bestLocaleFrom(['ru-RU', 'en'], LOCALES)).toBe('ru');
    expect(bestLocaleFrom(['zh-CN'], LOCALES)).toBe('zh-CN');
    expect(bestLocaleFrom(['zh-Hans-CN', 'en'], LOCALES)).toBe('zh-CN');
    expect(bestLocaleFrom(['tr-TR', 'ru'], LOCALES)).toBe('ru');
    expect(bestLocaleFrom(['de-AT', 'ru'], LOCALES)).toBe('de');
    expect(bestLocaleFrom(['EN-gb'], LOCALES)).toBe('en');
  });

  it('falls back to English when nothing matches or nothing is given', () => {
    expect(bestLocaleFrom(['tr', 'uk'], LOCALES)).toBe('en');
    expect(bestLocaleFrom([], LOCALES)).toBe('en');
  });

  it('still works as the inline script the language choice page runs (only its parameters, no imports)', () => {
    const script = new Function(`return (${bestLocaleFrom.toString()})(['ru-RU'], ${JSON.stringify(LOCALES)});`);
    expect(script()).toBe('ru');
  });
});

describe('the shipped locale files', () => {
  it('pass the locale check, facts compared with en, with nothing left untranslated', async () => {
    expect(checkLocales('locales', await catalogueOptions())).toMatchObject({ errors: [], warnings: [] });
  }, 30_000);
});
