import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContext, CONTEXT_FILE, LETTER_KINDS } from '@/scripts/i18n-context.mjs';

const context = await buildContext();
const en = (ns: string) => JSON.parse(readFileSync(`locales/en/${ns}.json`, 'utf8')) as Record<string, unknown>;

describe('translator context (locales/context.json, issue 16 item 4)', () => {
  it('is what the script writes, and the same on every run', async () => {
    expect(`${JSON.stringify(context, null, 2)}\n`).toBe(readFileSync(CONTEXT_FILE, 'utf8'));
    expect(await buildContext()).toEqual(context);
  });

  it('gives the page addresses of every key a page shows, with one concrete address', () => {
    expect(context['carriers:t2.idDocument']).toMatchObject({ pages: ['/{lang}/t2/gather-materials/'], example: '/en/t2/gather-materials/', carriers: 't2' });
    expect(context['ui:identify.submit']).toMatchObject({ pages: ['/{lang}/identify/'], example: '/en/identify/' });
    expect(context['ui:verdict.headingWith'].example).toBe('/en/t2/confirm-online/');
    expect(context['letters:cancellation.subject'].pages).toContain('/{lang}/{carrier}/{stage}/');
    // Only a key no page uses yet may lack an address.
    expect(Object.keys(context).filter((k) => !context[k].pages && context[k].where.length > 0)).toEqual([]);
  });

  it('says how keys combine, limits badges and buttons, and flags what is kept as written', () => {
    expect(context['ui:verdict.kinds.in-person'].combines).toMatch(/\{\{verdict\}\} into verdict\.headingWith/);
    expect(context['ui:status.done']).toMatchObject({ maxLength: 20 });
    expect(context['ui:questions.submit']).toMatchObject({ maxLength: 40 });
    expect(context['ui:site.name']).toMatchObject({ doNotTranslate: true });
    expect(context['carriers:common.deleteEsim'].doNotTranslate).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Delete eSIM \(an in-app menu label/)]),
    );
    const tagged = Object.entries(context).find(([key]) => key.startsWith('carriers:') && JSON.stringify(context[key].doNotTranslate ?? '').includes('<ru>'));
    expect(tagged, 'a carrier text with a tagged Russian phrase').toBeDefined();
  });

  it('gives every letter kind its purpose and register', () => {
    for (const kind of Object.keys(en('letters'))) expect(LETTER_KINDS[kind], kind).toBeDefined();
    expect(context['letters:powerOfAttorney.title'].letter?.register).toMatch(/legal/);
    expect(context['letters:callScript.title'].letter?.register).toMatch(/spoken/);
    expect(context['letters:cancellation.subject'].letter?.register).toMatch(/formal/);
  });
});
