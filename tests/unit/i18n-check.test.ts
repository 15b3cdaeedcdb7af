import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCodeKeys, checkLocales } from '@/scripts/i18n-check.mjs';

/** Writes a locales/ folder with the given files, e.g. { 'en/ui.json': {...} }. */
function localesWith(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'locales-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path.split('/')[0]), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

const en = { greeting: 'Hello {{name}}', items_one: '{{count}} item', items_other: '{{count}} items' };

describe('the locale check', () => {
  it('passes complete translations with the plural forms each language needs', () => {
    const root = localesWith({
      'en/ui.json': en,
      'ru/ui.json': { greeting: 'Привет, {{name}}', items_one: '{{count}} вещь', items_few: '{{count}} вещи', items_many: '{{count}} вещей', items_other: '{{count}} вещи' },
      'zh-CN/ui.json': { greeting: '你好，{{name}}', items_other: '{{count}} 项' },
    });
    expect(checkLocales(root)).toEqual({ errors: [], warnings: [] });
  });

  it('allows a foreign phrase tagged with its language, and no other markup', () => {
    const root = localesWith({
      'en/ui.json': { ask: 'Ask to end the contract (“<ru>расторгнуть договор</ru>”).', bold: 'A <b>bold</b> claim', open: 'Press <de>jetzt kündigen' },
      'zh-CN/ui.json': { ask: '要求终止合同（“<ru>расторгнуть договор</ru>”）。' },
    });
    const { errors } = checkLocales(root);
    expect(errors).toEqual([
      expect.stringMatching(/en\/ui\.json: "bold" has markup other than a foreign phrase tagged with its language like <ru>…<\/ru>: <b>/),
      expect.stringMatching(/en\/ui\.json: "open" has markup other than a foreign phrase tagged with its language like <ru>…<\/ru>: <de>/),
    ]);
  });

  it('fails with one line per problem, naming file and key', () => {
    const root = localesWith({
      'en/ui.json': en,
      'ru/ui.json': { greeting: 'Привет, {{nmae}}', items_one: '{{count}} вещь', items_other: '{{count}} вещи', extra: 'лишнее' },
      'zh-CN/ui.json': { greeting: '', items_other: '{{count}} 项' },
    });
    const { errors } = checkLocales(root);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ru\/ui\.json: "greeting" uses \{\{nmae\}\} but en uses \{\{name\}\}/),
        expect.stringMatching(/ru\/ui\.json: "extra" is not in en\/ui\.json/),
        expect.stringMatching(/ru\/ui\.json: "items" lacks the plural forms _few, _many that ru needs/),
        expect.stringMatching(/zh-CN\/ui\.json: "greeting" is empty/),
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('lets every plural form use {{count}}, even where en’s "_one" leaves it out, but no other new variable', () => {
    const root = localesWith({
      'en/ui.json': { found_one: 'One carrier', found_other: '{{count}} carriers' },
      'ru/ui.json': { found_one: '{{count}} оператор', found_few: '{{count}} оператора', found_many: '{{count}} операторов', found_other: '{{count}} {{what}}' },
    });
    expect(checkLocales(root).errors).toEqual([expect.stringMatching(/ru\/ui\.json: "found_other" uses \{\{what\}\} but en uses no variables/)]);
  });

  it('names a file that is not valid JSON', () => {
    const root = localesWith({ 'en/ui.json': en, 'ru/ui.json': '{ "greeting": "Привет", }' });
    expect(checkLocales(root).errors).toEqual([expect.stringMatching(/ru\/ui\.json: invalid JSON/)]);
  });

  it('reports, without failing, keys a translation has not done yet (the app falls back to en)', () => {
    const root = localesWith({ 'en/ui.json': en, 'zh-CN/ui.json': { items_other: '{{count}} 项' } });
    expect(checkLocales(root)).toEqual({ errors: [], warnings: [expect.stringMatching(/zh-CN\/ui\.json: "greeting" is not translated yet/)] });
  });
});

describe('keys the code names', () => {
  it('are reported, with file and line, when en does not have them; keys built at run time are not guessed at', () => {
    const root = localesWith({ 'en/ui.json': { nav: { back: 'Back' } }, 'en/letters.json': { ui: { copy: 'Copy' } } });
    const code = mkdtempSync(join(tmpdir(), 'code-'));
    writeFileSync(join(code, 'page.tsx'), "t('nav.back');\nt('nav.forward');\nlt('ui.copy');\nlt('ui.paste');\nt(`stages.${stage}.name`);\n");
    expect(checkCodeKeys(root, [code])).toEqual([
      expect.stringMatching(/page\.tsx:2: "nav\.forward" is used in code but missing from en\/ui\.json/),
      expect.stringMatching(/page\.tsx:4: "ui\.paste" is used in code but missing from en\/letters\.json/),
    ]);
  });

  it('flags markup a translation adds that en does not have', () => {
    const root = localesWith({ 'en/ui.json': { a: 'Hello' }, 'ru/ui.json': { a: 'Привет, <de>Welt</de>' } });
    expect(checkLocales(root).errors).toEqual([expect.stringMatching(/ru\/ui\.json: "a" has markup en does not have: <de>/)]);
  });
});
