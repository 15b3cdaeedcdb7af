import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { itemLabels } from '@/components/facts/labels';
import { confirmOnlineLabels } from '@/components/stage/labels';
import { findCarrier } from '@/lib/carriers';
import { oneLanguage, sentence } from '@/lib/i18n/labels';
import { getT, RESOURCES } from '@/lib/i18n/server';

/** JSX text joining two expressions, one of them translated, with only punctuation between. */
const GLUED_JSX = /\{[^{}]*\b(?:labels|texts|t)\b[^{}]*\}[ \t]*[:：,、·–—][ \t]*\{(?!\s*\w+\??:)/;

/** Source files a traveler's sentences are built in (tests aside). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('no sentence glued from keys in code (issue 16: "回答: only in person")', () => {
  it('finds no translated label joined to another value by punctuation in components/ or lib/', () => {
    // {labels.heading}: {labels.kind} in JSX, or `${labels.x}: ${y}` in a template literal: write one key with {{variables}}.
    // (Not "({ labels }: { labels: Labels })", a component's typed props.)
    const jsx = GLUED_JSX;
    const template = /\$\{[^}]*\b(?:labels|texts|t\()[^}]*\}[ \t]*[:：,、·–—][ \t]*\$\{/;
    const glued = ['components', 'lib'].flatMap((dir) =>
      sourceFiles(dir).flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (jsx.test(line) || template.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      ),
    );
    expect(glued).toEqual([]);
  });

  it('catches the reported one: the glued heading of stage 1 as it was written', () => {
    expect(GLUED_JSX.test('          {labels.verdictHeading}: {labels.verdictKinds[verdict.verdict]}')).toBe(true);
  });

  it('writes the verdict heading from one key, with the language’s own punctuation', () => {
    expect(confirmOnlineLabels(getT('ja'), 'X').verdictHeadings['in-person']).toBe('回答：店頭のみ');
    expect(confirmOnlineLabels(getT('zh-CN'), 'X').verdictHeadings['in-person']).toBe('结论：只能本人到场办理');
    expect(confirmOnlineLabels(getT('fr'), 'X').verdictHeadings.phone).toMatch(/^Réponse : /);
    expect(confirmOnlineLabels(getT('en'), 'X').verdictHeadings['in-person']).toBe('Answer: only in person');
  });

  it('falls back to English for the whole sentence when a piece is not translated, never half and half', () => {
    const ja = structuredClone(RESOURCES.ja.ui) as { verdict: { kinds: Record<string, string> } };
    delete ja.verdict.kinds['in-person'];
    const instance = createInstance();
    void instance.init({
      lng: 'ja',
      fallbackLng: 'en',
      resources: { en: { ui: RESOURCES.en.ui }, ja: { ui: ja } },
      defaultNS: 'ui',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    expect(sentence(instance.t, 'verdict.headingWith', { verdict: 'verdict.kinds.in-person' })).toBe('Answer: only in person');
    expect(sentence(instance.t, 'verdict.headingWith', { verdict: 'verdict.kinds.phone' })).toBe('回答：電話のみ');
  });

  it('writes a source’s line (site, kind, date read) from one key, in one language', () => {
    const t2 = findCarrier('t2')!;
    expect(itemLabels(getT('ja'), 'ja', t2, null).sourceEntry).toBe('{{site}} {{kind}}、{{read}}');
    expect(itemLabels(getT('zh-CN'), 'zh-CN', t2, null).sourceEntryStale).toBe('{{site}} {{kind}}，{{read}}（{{stale}}）');
    expect(oneLanguage(getT('ja'), ['sources.entry', 'sources.official'])).toEqual({});
    expect(oneLanguage(getT('ja'), ['sources.entry', 'sources.noSuchKey'])).toEqual({ lng: 'en' });
  });
});
