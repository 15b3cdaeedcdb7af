/**
 * Who has reviewed each language (locales/reviews.json). A draft was written without review by a native speaker:
 * its pages say so and link to the English page. Read with zod at build time; a language without an entry, or a
 * review without who and when, fails the build naming the file and the key. An entry may review its files one by one
 * (`files: { "letters.json": { status, reviewedBy, reviewedOn } }`); `npm run i18n:status` shows them.
 */
import { z } from 'zod';
import reviewsFile from '../../locales/reviews.json';
import { LOCALES, PSEUDO_LOCALES, type Locale } from './locales';

const Reviewed = { status: z.literal('reviewed'), reviewedBy: z.string().trim().min(1), reviewedOn: z.iso.date() };
/** A file may be reviewed apart from the rest of its language (the letters by a lawyer who reads it, say). */
const FileReviewSchema = z.discriminatedUnion('status', [z.strictObject({ status: z.literal('draft') }), z.strictObject(Reviewed)]);
const FilesSchema = z.partialRecord(z.enum(['ui.json', 'carriers.json', 'letters.json']), FileReviewSchema).optional();
const ReviewSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('source') }),
  z.strictObject({ status: z.literal('draft'), files: FilesSchema }),
  z.strictObject({ ...Reviewed, files: FilesSchema }),
]);
export type Review = z.infer<typeof ReviewSchema>;

/** The reviews of every language in `file` (locales/reviews.json), or an error naming each problem by file and key. */
export function readReviews(file: Record<string, unknown>): Record<string, Review> {
  const entries = Object.fromEntries(Object.entries(file).filter(([key]) => key !== '$comment'));
  const out: Record<string, Review> = {};
  const problems: string[] = [];
  for (const locale of LOCALES) {
    const parsed = ReviewSchema.safeParse(entries[locale]);
    if (parsed.success) out[locale] = parsed.data;
    else
      problems.push(
        `locales/reviews.json: ${locale}: ${entries[locale] === undefined ? 'missing: add { "status": "draft" } or a review' : z.prettifyError(parsed.error).replaceAll('\n', ' ')}`,
      );
  }
  for (const key of Object.keys(entries))
    if (!(LOCALES as readonly string[]).includes(key)) problems.push(`locales/reviews.json: ${key}: not a language in locales/languages.json`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return out;
}

const REVIEWS = readReviews(reviewsFile);

/** The review of `locale`; the pseudo-locales are made from the source and are never shown to travelers. */
export function reviewOf(locale: Locale): Review {
  return (PSEUDO_LOCALES as readonly string[]).includes(locale) ? { status: 'source' } : REVIEWS[locale];
}
