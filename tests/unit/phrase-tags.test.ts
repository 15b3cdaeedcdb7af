import { describe, expect, it } from 'vitest';
import { tagPhrases, untaggedPhrases } from '@/lib/i18n/phrase-tags';

describe('tagging the carrier’s own words', () => {
  it('tags Russian and Chinese runs in another language, German phrases from the list, and leaves the language’s own text alone', () => {
    expect(tagPhrases('Ask to «расторгнуть договор» or use 一证通查; press Verträge hier kündigen.', 'en', ['Verträge hier kündigen'])).toBe(
      'Ask to «<ru>расторгнуть договор</ru>» or use <zh-CN>一证通查</zh-CN>; press <de>Verträge hier kündigen</de>.',
    );
    expect(tagPhrases('Попросите «расторгнуть договор» через 一证通查.', 'ru')).toBe('Попросите «расторгнуть договор» через <zh-CN>一证通查</zh-CN>.');
    expect(tagPhrases('请说“расторгнуть договор”。', 'zh-CN')).toBe('请说“<ru>расторгнуть договор</ru>”。');
  });

  it('is idempotent and reports nothing once tagged', () => {
    const once = tagPhrases('Use 一证通查 and «расторгнуть договор».', 'es');
    expect(tagPhrases(once, 'es')).toBe(once);
    expect(untaggedPhrases(once, 'es')).toEqual([]);
    expect(untaggedPhrases('Use 一证通查.', 'en')).toEqual([{ text: '一证通查', lang: 'zh-CN' }]);
    // Kanji are Japanese's own script: only the Russian run is foreign here.
    expect(untaggedPhrases('返金を申請し、«расторгнуть договор» と伝えてください。', 'ja')).toEqual([{ text: 'расторгнуть договор', lang: 'ru' }]);
  });
});
