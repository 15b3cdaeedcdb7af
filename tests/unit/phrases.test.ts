import { describe, expect, it } from 'vitest';
import { phrases, plainText } from '@/lib/i18n/phrases';

describe('foreign phrases in a sentence', () => {
  it('splits a sentence into plain runs and phrases tagged with their language', () => {
    expect(phrases('Ask for “<ru>расторгнуть договор</ru>” or <zh-CN>销户</zh-CN>.')).toEqual([
      { text: 'Ask for “' },
      { text: 'расторгнуть договор', lang: 'ru' },
      { text: '” or ' },
      { text: '销户', lang: 'zh-CN' },
      { text: '.' },
    ]);
  });

  it('leaves a sentence without tags whole, and an unclosed tag as text', () => {
    expect(phrases('Nothing foreign here.')).toEqual([{ text: 'Nothing foreign here.' }]);
    expect(phrases('Press <de>jetzt kündigen')).toEqual([{ text: 'Press <de>jetzt kündigen' }]);
  });

  it('gives the plain text for titles and files', () => {
    expect(plainText('Click “<de>Verträge hier kündigen</de>”.')).toBe('Click “Verträge hier kündigen”.');
  });
});
