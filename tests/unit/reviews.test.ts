import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { readReviews, reviewOf } from '@/lib/i18n/reviews';

const complete = Object.fromEntries(LOCALES.map((l) => [l, l === 'en' ? { status: 'source' } : { status: 'draft' }]));

describe('locales/reviews.json', () => {
  it('gives every language its status; the pseudo-locales are never drafts', () => {
    expect(reviewOf('en').status).toBe('source');
    for (const locale of LOCALES.filter((l) => l !== 'en')) expect(['draft', 'reviewed']).toContain(reviewOf(locale).status);
    expect(reviewOf('ar-XB').status).toBe('source');
  });

  it('names the file and the key of a language without an entry, a review without who and when, and an unknown language', () => {
    const withoutJa = Object.fromEntries(Object.entries(complete).filter(([l]) => l !== 'ja'));
    expect(() => readReviews(withoutJa)).toThrow('locales/reviews.json: ja: missing');
    expect(() => readReviews({ ...complete, ko: { status: 'reviewed' } })).toThrow(/locales\/reviews\.json: ko: .*reviewedBy/);
    expect(() => readReviews({ ...complete, tr: { status: 'draft' } })).toThrow('locales/reviews.json: tr: not a language in locales/languages.json');
  });

  it('accepts a review with who and when', () => {
    expect(readReviews({ ...complete, ko: { status: 'reviewed', reviewedBy: 'a reviewer', reviewedOn: '2026-12-01' } }).ko).toEqual({
      status: 'reviewed',
      reviewedBy: 'a reviewer',
      reviewedOn: '2026-12-01',
    });
  });

  it('reviews a file apart from its language, and names the file and key of a bad file review', () => {
    const letters = { status: 'reviewed', reviewedBy: 'a lawyer', reviewedOn: '2026-12-01' };
    expect(readReviews({ ...complete, de: { status: 'draft', files: { 'letters.json': letters } } }).de).toEqual({
      status: 'draft',
      files: { 'letters.json': letters },
    });
    expect(() => readReviews({ ...complete, de: { status: 'draft', files: { 'letters.json': { status: 'reviewed' } } } })).toThrow(
      /locales\/reviews\.json: de: .*files.*letters\.json.*reviewedBy/,
    );
    expect(() => readReviews({ ...complete, de: { status: 'draft', files: { 'menu.json': { status: 'draft' } } } })).toThrow(
      /locales\/reviews\.json: de: .*menu\.json/,
    );
  });
});
