import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCodeKeys, checkLocales } from '@/scripts/i18n-check.mjs';

/** Writes a locales/ folder with the given files, e.g. { 'en/ui.json': {...} }; objects are written one key a line. */
function localesWith(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'locales-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path.split('/').slice(0, -1).join('/')), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return root;
}

const en = { greeting: 'Hello {{name}}', items_one: '{{count}} item', items_other: '{{count}} items' };

describe('the locale check', () => {
  it('passes complete translations with the plural forms each language needs', () => {
    const root = localesWith({
      'en/ui.json': en,
      'ru/ui.json': {
        greeting: 'Привет, {{name}}',
        items_one: '{{count}} вещь',
        items_few: '{{count}} вещи',
        items_many: '{{count}} вещей',
        items_other: '{{count}} вещи',
      },
      'zh-CN/ui.json': { greeting: '你好，{{name}}', items_other: '{{count}} 项' },
    });
    expect(checkLocales(root)).toMatchObject({ errors: [], warnings: [] });
  });

  it('warns, with file, line, column and key, when a badge or button is longer than its place allows (lib/i18n/lengths.ts)', () => {
    const root = localesWith({
      'en/ui.json': { status: { done: 'Completed' }, questions: { submit: 'Save and continue' } },
      // A status tag of 39 letters (limit 20); Japanese characters count double: 12 of them are 24 wide (a button allows 40).
      'fr/ui.json': { status: { done: 'Terminé et vérifié, tout est en ordre !' }, questions: { submit: 'Enregistrer' } },
      'ja/ui.json': { status: { done: '完了' }, questions: { submit: '保存して次へ進んでください。確認' } },
    });
    const { errors, lengthWarnings } = checkLocales(root);
    expect(errors).toEqual([]);
    expect(lengthWarnings).toEqual([expect.stringMatching(/fr\/ui\.json:3:5 key status\.done: 39 wide, the limit is 20 \(a status tag/)]);
    const longer = localesWith({
      'en/ui.json': { questions: { submit: 'Save and continue' } },
      'ja/ui.json': { questions: { submit: '保存して次へ進んでください。内容を確認してから次の段階へ' } },
    });
    expect(checkLocales(longer).lengthWarnings).toEqual([expect.stringMatching(/ja\/ui\.json:3:5 key questions\.submit: 56 wide, the limit is 40 \(a button/)]);
  });

  it('flags a sentence still marked TODO, in any language', () => {
    const root = localesWith({
      'en/carriers.json': { acme: { verdict: 'TODO: how to end an Acme plan', ok: 'Done' } },
      'ru/carriers.json': { acme: { ok: 'TODO перевести' } },
    });
    expect(checkLocales(root).errors).toEqual([
      expect.stringMatching(/en\/carriers\.json:\d+:\d+ key acme\.verdict: still a TODO: write the sentence/),
      expect.stringMatching(/ru\/carriers\.json:\d+:\d+ key acme\.ok: still a TODO: write the sentence/),
    ]);
  });

  it('allows a foreign phrase tagged with its language, and no other markup', () => {
    const root = localesWith({
      'en/ui.json': { ask: 'Ask to end the contract (“<ru>расторгнуть договор</ru>”).', bold: 'A <b>bold</b> claim', open: 'Press <de>jetzt kündigen' },
      'zh-CN/ui.json': { ask: '要求终止合同（“<ru>расторгнуть договор</ru>”）。' },
    });
    const { errors } = checkLocales(root);
    expect(errors).toEqual([
      expect.stringMatching(/en\/ui\.json:\d+:\d+ key bold: markup other than a foreign phrase tagged with its language like <ru>…<\/ru>: <b>/),
      expect.stringMatching(/en\/ui\.json:\d+:\d+ key open: markup other than a foreign phrase tagged with its language like <ru>…<\/ru>: <de>/),
    ]);
  });

  it('fails with one line per problem, naming file, line, column and key', () => {
    const root = localesWith({
      'en/ui.json': en,
      'ru/ui.json': { greeting: 'Привет, {{nmae}}', items_one: '{{count}} вещь', items_other: '{{count}} вещи', extra: 'лишнее' },
      'zh-CN/ui.json': { greeting: '', items_other: '{{count}} 项' },
    });
    const { errors } = checkLocales(root);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ru\/ui\.json:2:3 key greeting: uses \{\{nmae\}\} but en uses \{\{name\}\}$/),
        expect.stringMatching(/ru\/ui\.json:5:3 key extra: not in en: remove it/),
        expect.stringMatching(/ru\/ui\.json:3:3 key items: lacks the plural forms _few, _many that ru needs$/),
        expect.stringMatching(/zh-CN\/ui\.json:2:3 key greeting: is empty$/),
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('lets every plural form use {{count}}, even where en’s "_one" leaves it out, but no other new variable', () => {
    const root = localesWith({
      'en/ui.json': { found_one: 'One carrier', found_other: '{{count}} carriers' },
      'ru/ui.json': {
        found_one: '{{count}} оператор',
        found_few: '{{count}} оператора',
        found_many: '{{count}} операторов',
        found_other: '{{count}} {{what}}',
      },
    });
    expect(checkLocales(root).errors).toEqual([expect.stringMatching(/ru\/ui\.json:5:3 key found_other: uses \{\{what\}\} but en uses no variables/)]);
  });

  it('names a file that is not valid JSON with the line and column of the mistake', () => {
    const root = localesWith({ 'en/ui.json': en, 'ru/ui.json': '{\n  "greeting": "Привет",\n}' });
    expect(checkLocales(root).errors).toEqual([expect.stringMatching(/ru\/ui\.json:3:1: invalid JSON: Unexpected token/)]);
  });

  it('names a key written twice in one file', () => {
    const root = localesWith({ 'en/ui.json': { a: 'Hello' }, 'ru/ui.json': '{\n  "a": "Привет",\n  "a": "Здравствуйте"\n}' });
    expect(checkLocales(root).errors).toEqual([expect.stringMatching(/ru\/ui\.json:3:3 key a: defined twice/)]);
  });

  it('says which en key an unknown key is probably a typo of, and otherwise to remove it', () => {
    const root = localesWith({
      'en/carriers.json': { t2: { storeVisit: 'Go to a T2 store.' } },
      'ru/carriers.json': { t2: { storeVisit: 'Придите в салон T2.', storVisit: 'Придите в салон T2.', bonus: 'Бонус' } },
    });
    expect(checkLocales(root).errors).toEqual([
      expect.stringMatching(/ru\/carriers\.json:4:5 key t2\.storVisit: not in en: a typo of "t2\.storeVisit"\? Rename it, or remove it/),
      expect.stringMatching(/ru\/carriers\.json:5:5 key t2\.bonus: not in en: remove it/),
    ]);
  });

  it('reports untranslated keys as warnings counted once per key, plural forms together (the count i18n:status uses)', () => {
    const root = localesWith({ 'en/ui.json': en, 'zh-CN/ui.json': { greeting: '你好，{{name}}' } });
    expect(checkLocales(root)).toMatchObject({ errors: [], warnings: [expect.stringMatching(/zh-CN\/ui\.json key items: not translated yet/)] });
  });

  it('checks only the language asked for with `lang`', () => {
    const root = localesWith({ 'en/ui.json': { a: 'Hello' }, 'ru/ui.json': { a: '' }, 'es/ui.json': { a: '' } });
    expect(checkLocales(root, { lang: 'es' }).errors).toEqual([expect.stringMatching(/es\/ui\.json:2:3 key a: is empty/)]);
  });

  it('flags markup a translation adds that en does not have', () => {
    const root = localesWith({ 'en/ui.json': { a: 'Hello' }, 'ru/ui.json': { a: 'Привет <b>мир</b>' } });
    expect(checkLocales(root).errors).toEqual([
      expect.stringMatching(/ru\/ui\.json:2:3 key a: markup other than a foreign phrase tagged with its language like <ru>…<\/ru>: <b>/),
      expect.stringMatching(/ru\/ui\.json:2:3 key a: markup en does not have: <b>/),
    ]);
  });
});

describe('keys the code names', () => {
  it('are reported, with file and line, when en does not have them; keys built at run time are not guessed at', () => {
    const root = localesWith({ 'en/ui.json': { nav: { back: 'Back' } }, 'en/letters.json': { ui: { copy: 'Copy' } } });
    const code = mkdtempSync(join(tmpdir(), 'code-'));
    writeFileSync(join(code, 'page.tsx'), "t('nav.back');\nt('nav.forward');\nlt('ui.copy');\nlt('ui.paste');\nt(`stages.${stage}.name`);\n");
    expect(checkCodeKeys(root, [code])).toEqual([
      expect.stringMatching(/page\.tsx:2:1 key nav\.forward: used in code but missing from en\/ui\.json/),
      expect.stringMatching(/page\.tsx:4:1 key ui\.paste: used in code but missing from en\/letters\.json/),
    ]);
  });
});

describe('npm run i18n:check', () => {
  it('passes its arguments to the check itself (not to a script chained after it)', () => {
    const run = (...args: string[]) => {
      try {
        return { code: 0, out: execFileSync('npm', ['run', '--silent', 'i18n:check', '--', ...args], { encoding: 'utf8', stdio: 'pipe' }) };
      } catch (error) {
        const e = error as { status: number; stdout: string; stderr: string };
        return { code: e.status, out: e.stdout + e.stderr };
      }
    };
    expect(run('--quiet')).toEqual({ code: 0, out: '' });
    expect(run('--bogus')).toMatchObject({ code: 2, out: expect.stringMatching(/unknown argument --bogus/) });
  }, 60_000);
});
