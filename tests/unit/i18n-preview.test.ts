/** The translator's preview (npm run i18n:preview): English fallbacks marked at build time, then outlined with their key and lang="en". */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markFallback, previewPage } from '@/lib/i18n/preview';
import { finishPreview } from '../../scripts/i18n-preview.mjs';

describe('a preview page', () => {
  const page = (body: string, head = '') =>
    `<!DOCTYPE html><html lang="ja"><head><title>${head}</title></head><body>${body}<script>self.__next_f.push([1,"x"])</script><script src="/_next/a.js" async=""></script></body></html>`;

  it('outlines each English sentence in <mark lang="en"> labelled with its key, and lists the keys', () => {
    const { html, keys } = previewPage(page(`<p>${markFallback('ui:nav.back', 'Back')}</p><p>翻訳済み</p>`));
    expect(html).toContain('<p><mark class="i18n-fallback" lang="en" dir="ltr" data-key="ui:nav.back">Back</mark></p><p>翻訳済み</p>');
    expect(keys).toEqual(['ui:nav.back']);
    expect(html).toContain('<link rel="stylesheet" href="/i18n-preview.css"></head>');
  });

  it('a sentence inserted into another keeps both marks, nested', () => {
    const inner = markFallback('carriers:t2.name', 'T2');
    const { html, keys } = previewPage(page(`<h1>${markFallback('ui:nav.stageOf', `${inner}: stage 1 of 5`)}</h1>`));
    expect(html).toContain(
      '<h1><mark class="i18n-fallback" lang="en" dir="ltr" data-key="ui:nav.stageOf"><mark class="i18n-fallback" lang="en" dir="ltr" data-key="carriers:t2.name">T2</mark>: stage 1 of 5</mark></h1>',
    );
    expect(keys.sort()).toEqual(['carriers:t2.name', 'ui:nav.stageOf']);
  });

  it('drops the marks where markup cannot go: attributes, the title, textareas and options', () => {
    const { html, keys } = previewPage(
      page(
        `<button aria-label="${markFallback('ui:a', 'Close')}">x</button><textarea>${markFallback('ui:b', 'Hello')}</textarea><select><option>${markFallback('ui:c', 'One')}</option></select>`,
        markFallback('ui:d', 'Title'),
      ),
    );
    expect(html).toContain('<button aria-label="Close">x</button><textarea>Hello</textarea><select><option>One</option></select>');
    expect(html).toContain('<title>Title</title>');
    expect(html).not.toMatch(/[\uE000-\uE002]/);
    expect(keys.sort()).toEqual(['ui:b', 'ui:c', 'ui:d']);
  });

  it('removes the scripts: the page is read as it is without JavaScript (hydrating would redraw it without the marks)', () => {
    const { html } = previewPage(page('<p>x</p>'));
    expect(html).not.toContain('<script');
  });
});

describe('the preview build marks the English sentences it shows for missing translations', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('only in the language being previewed, and only sentences that fall back', async () => {
    vi.stubEnv('I18N_PREVIEW', 'ja');
    const { getT } = await import('@/lib/i18n/server');
    const ja = getT('ja');
    expect(ja('nav.stageOf', { carrier: 'T2', number: 1, total: 5 })).not.toMatch(/[\uE000-\uE002]/);
    expect(ja('nav.stageOf', { lng: 'en', carrier: 'T2', number: 1, total: 5 })).toBe(markFallback('ui:nav.stageOf', 'T2: stage 1 of 5'));
    expect(getT('de')('nav.stageOf', { lng: 'en', carrier: 'T2', number: 1, total: 5 })).toBe('T2: stage 1 of 5');
  });
});

describe('npm run i18n:preview, after its build', () => {
  it('rewrites every page, writes the stylesheet, and names the untranslated keys no page shows as it loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preview-'));
    try {
      const root = join(dir, 'locales');
      cpSync('locales', root, { recursive: true });
      const ja = JSON.parse(readFileSync(join(root, 'ja', 'ui.json'), 'utf8'));
      delete ja.nav.stageOf;
      delete ja.nav.back;
      writeFileSync(join(root, 'ja', 'ui.json'), JSON.stringify(ja));
      const out = join(dir, 'out-preview');
      mkdirSync(join(out, 'ja'), { recursive: true });
      writeFileSync(join(out, 'ja', 'index.html'), `<html><head></head><body><p>${markFallback('ui:nav.stageOf', 'T2: stage 1 of 5')}</p></body></html>`);
      const { untranslated, notShown } = finishPreview(out, 'ja', root);
      expect(untranslated.sort()).toEqual(['ui:nav.back', 'ui:nav.stageOf']);
      expect(notShown).toEqual(['ui:nav.back']);
      expect(readFileSync(join(out, 'ja', 'index.html'), 'utf8')).toContain('<mark class="i18n-fallback" lang="en" dir="ltr" data-key="ui:nav.stageOf">');
      expect(existsSync(join(out, 'i18n-preview.css'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
