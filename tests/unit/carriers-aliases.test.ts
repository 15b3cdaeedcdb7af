/**
 * Bad input in the directory's search words (locales/aliases.json) and in carrier ids: each fails the build naming
 * the file and the field. Also the alias mechanism itself: data alone makes a word find a carrier or a country's carriers.
 */
import { describe, expect, it } from 'vitest';
import { ALIASES, CARRIERS } from '@/lib/carriers';
import { t2 } from '@/lib/carriers/t2';
import { russianRules } from '@/lib/carriers/russia';
import { formatProblem, searchWordsOf, validateAliases, validateCatalogue } from '@/lib/carriers/validate';
import { fold } from '@/lib/directory/search';
import { flatten } from '@/lib/i18n/flatten';
import { RESERVED_SEGMENTS } from '@/lib/routes';
import aliasesFile from '@/locales/aliases.json';
import enCarriers from '@/locales/en/carriers.json';
import { carrierNames } from '@/lib/i18n/names';

const FILE = 'locales/aliases.json';
const messages = (raw: unknown) => validateAliases(FILE, raw, CARRIERS, carrierNames).map(formatProblem);

describe('search words (locales/aliases.json)', () => {
  it('passes the shipped file', () => {
    expect(messages(aliasesFile)).toEqual([]);
  });

  it('names a word listed twice for one carrier, and a word that repeats one of its names', () => {
    expect(messages({ carriers: { t2: { en: ['Tele2'], ru: ['tele2', 'Т2 (Tele2)'] } }, countries: {} })).toEqual([
      'locales/aliases.json: t2: carriers.t2.ru.0: duplicate alias "tele2": already locales/aliases.json carriers.t2.en.0',
      'locales/aliases.json: t2: carriers.t2.ru.1: duplicate alias "Т2 (Tele2)": already the ru name of t2',
    ]);
  });

  it('names a word that would find two carriers: another carrier’s name or another carrier’s word', () => {
    expect(messages({ carriers: { t2: { en: ['МТС'] }, mts: { en: ['Tele2'] }, beeline: { ru: ['tele2'] } }, countries: {} })).toEqual([
      'locales/aliases.json: t2: carriers.t2.en.0: alias "МТС" would find two: carrier t2 and carrier mts (the ru name of mts); keep it in one place',
      'locales/aliases.json: beeline: carriers.beeline.ru.0: alias "tele2" would find two: carrier beeline and carrier mts (locales/aliases.json carriers.mts.en.0); keep it in one place',
    ]);
  });

  it('names a country word that is also a carrier’s word, an unknown carrier id, a country with no carrier and a bad shape', () => {
    expect(
      messages({ carriers: { t2: { en: ['Tele2'] }, 'no-such': { en: ['x'] } }, countries: { RU: { 'zh-CN': ['tele2'] }, FR: { en: ['France SIM'] } } }),
    ).toEqual([
      'locales/aliases.json: no-such: carriers.no-such: no carrier has the id "no-such" (lib/carriers/catalogue.ts)',
      'locales/aliases.json: RU: countries.RU.zh-CN.0: alias "tele2" would find two: country RU and carrier t2 (locales/aliases.json carriers.t2.en.0); keep it in one place',
      'locales/aliases.json: FR: countries.FR: no carrier is in "FR": a country\u2019s words must find at least one carrier'.replace('\u2019', "'"),
    ]);
    expect(messages({ carriers: { t2: { english: ['Tele2'] } }, countries: {} })).toEqual([
      'locales/aliases.json: t2: carriers.t2.english: must be a language tag like "en", "zh-CN" or "pt-BR"',
    ]);
    expect(messages({ carriers: { t2: { en: [' '] } }, countries: {} })).toEqual(['locales/aliases.json: t2: carriers.t2.en.0: must not be empty']);
  });

  it('makes a country’s words find every carrier of that country, and a carrier’s words only that carrier (data only)', () => {
    // The shape "seed" uses for the Chinese words travelers give Russian SIM cards.
    const aliases = { carriers: { t2: { en: ['Tele2'] } }, countries: { RU: { 'zh-CN': ['远游卡', '俄罗斯电话卡'] } } };
    expect(messages(aliases)).toEqual([]);
    const finds = (word: string) => CARRIERS.filter((c) => fold(searchWordsOf(c, aliases).join(' ')).includes(fold(word))).map((c) => c.id);
    expect(finds('远游卡').sort()).toEqual(
      CARRIERS.filter((c) => c.country === 'RU')
        .map((c) => c.id)
        .sort(),
    );
    expect(finds('TELE2')).toEqual(['t2']);
  });

  it('the shipped words are what the directory searches', () => {
    expect(
      searchWordsOf(
        CARRIERS.find((c) => c.id === 't2')!,
        ALIASES,
      ),
    ).toContain('Tele2');
  });
});

describe('carrier ids and reserved route segments', () => {
  const EN = new Set(Object.keys(flatten(enCarriers)));
  it.each(RESERVED_SEGMENTS.filter((s) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s)))('refuses a carrier with the id "%s", naming file and field', (segment) => {
    const { problems } = validateCatalogue([['lib/carriers/bad.ts', { ...t2, id: segment }, [russianRules]]], new Set([...EN, `${segment}.name`]));
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^lib/carriers/bad\\.ts: ${segment}: id: "${segment}" is a reserved route segment \\(lib/routes\\.ts: `)),
    ]);
  });
});
