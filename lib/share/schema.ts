/** The shared state as a zod schema: what the link builder may put in a link, and what the codec's tests check decoding against. */
import { z } from 'zod';
import { AnswersSchema } from '../engine/schema';
import { SUPPORT_REF } from '../engine/terms';

export const SharedStateSchema = z.strictObject({
  answers: AnswersSchema,
  ref: z.string().regex(SUPPORT_REF).optional(),
});
