import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES, readLanguages } from '@/lib/i18n/locales';
import { loadResources } from '@/lib/i18n/server';
import { addLanguage, nextSteps } from '@/scripts/i18n-new.mjs';
import { checkLocales } from '@/scripts/i18n-check.mjs';

let root: string;
beforeEach(() => {
  root = join(mkdtempSync(join(tmpdir(), 'i18n-new-')), 'locales');
  cpSync('locales', root, { recursive: true });
});
afterEach(() => rmSync(join(root, '..'), { recursive: true, force: true }));

const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

describe('npm run i18n:new', () => {
  it('registers the language, makes its three files with no keys, and adds a draft review', () => {
    expect(addLanguage(root, 'tr')).toMatchObject({ tag: 'tr', name: 'Türkçe' });
    expect(readLanguages(json('languages.json')).at(-1)).toEqual({ tag: 'tr', name: 'Türkçe' });
    for (const file of ['ui.json', 'carriers.json', 'letters.json']) expect(json(`tr/${file}`)).toEqual({});
    expect(json('reviews.json').tr).toEqual({ status: 'draft' });
    expect(json('reviews.json').ru).toEqual({ status: 'draft' });
  });

  it('writes the canonical tag, and takes the name given', () => {
    expect(addLanguage(root, 'PT-pt', { name: 'Português (Portugal)' })).toMatchObject({ tag: 'pt-PT', name: 'Português (Portugal)' });
    expect(existsSync(join(root, 'pt-PT', 'ui.json'))).toBe(true);
  });

  it('refuses a malformed tag, an existing language and a pseudo-locale, saying why, and changes nothing', () => {
    const before = readFileSync(join(root, 'languages.json'), 'utf8');
    expect(() => addLanguage(root, 'pt_BR!')).toThrow('"pt_BR!" is not a BCP 47 language tag');
    expect(() => addLanguage(root, 'RU')).toThrow('"ru" is already a language (locales/languages.json)');
    expect(() => addLanguage(root, 'en-XA')).toThrow('"en-XA" is a pseudo-locale tag');
    expect(() => addLanguage(root, 'fr-XB')).toThrow('is a pseudo-locale tag');
    expect(readFileSync(join(root, 'languages.json'), 'utf8')).toBe(before);
    expect(existsSync(join(root, 'pt_BR!'))).toBe(false);
  });

  it('leaves a language the build reads: loaded with nothing translated, and the check passes on it', () => {
    addLanguage(root, 'tr');
    const tags = readLanguages(json('languages.json')).map((l) => l.tag);
    expect(tags).toEqual([...LOCALES, 'tr']);
    const resources = loadResources(root, tags);
    expect(resources.tr).toEqual({ ui: {}, carriers: {}, letters: {} });
    const { errors, warnings } = checkLocales(root, { lang: 'tr' });
    expect(errors).toEqual([]);
    expect(warnings.length).toBeGreaterThan(100);
  }, 30_000);

  it('prints the next steps: the files, the check, the status, the preview, the threshold, the review', () => {
    const steps = nextSteps('tr', 'Türkçe');
    for (const part of [
      'ui.json',
      'carriers.json',
      'letters.json',
      'context.json',
      'i18n:check -- --lang tr',
      'i18n:status',
      'npm run dev',
      '/tr/',
      '90%',
      'reviews.json',
      'glossary.json',
      'hedging',
    ])
      expect(steps).toContain(part);
  });
});

describe('locales/languages.json', () => {
  it('lists the languages the site builds, en first', () => {
    expect(LOCALES[0]).toBe('en');
    expect(LOCALES).toContain('pt-BR');
  });

  it('fails naming the file and the entry when malformed', () => {
    expect(() => readLanguages({})).toThrow('locales/languages.json: languages: expected a list');
    expect(() =>
      readLanguages({
        languages: [
          { tag: 'en', name: 'English' },
          { tag: 'pt_BR', name: 'x' },
        ],
      }),
    ).toThrow('locales/languages.json: languages[1].tag: "pt_BR" is not a canonical BCP 47 tag');
    expect(() =>
      readLanguages({
        languages: [
          { tag: 'en', name: 'English' },
          { tag: 'pt-br', name: 'x' },
        ],
      }),
    ).toThrow('(write "pt-BR")');
    expect(() => readLanguages({ languages: [{ tag: 'en', name: 'English' }, { tag: 'de' }] })).toThrow('locales/languages.json: languages[1].name');
    expect(() =>
      readLanguages({
        languages: [
          { tag: 'en', name: 'English' },
          { tag: 'en', name: 'English' },
        ],
      }),
    ).toThrow('languages[1].tag: "en" is listed twice');
    expect(() => readLanguages({ languages: [{ tag: 'de', name: 'Deutsch' }] })).toThrow('languages[0].tag: must be "en"');
  });

  it('fails naming the file and the entry when a listed language has no folder, and names a broken file', () => {
    expect(() => loadResources(root, ['en', 'ru', 'tr'])).toThrow('locales/languages.json: languages[2].tag: "tr" has no folder locales/tr/');
    rmSync(join(root, 'ru', 'letters.json'));
    expect(() => loadResources(root, ['en', 'ru'])).toThrow('locales/ru/letters.json: missing');
  });
});
