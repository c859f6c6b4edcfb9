import { z } from 'zod';
import { Id } from '../domain/ids';
import { INNOKYLA_SECTION_IDS, INNOKYLA_TEXT_MAX } from './sections';

/**
 * A team's own text for one toimintamalli section as portable data (what a workshop package carries; the rows of
 * `innokyla_texts`). Kept out of sections.ts, which the renderer's start chunk reads without zod.
 */
export const InnokylaTextEntry = z.object({
  id: Id,
  teamId: Id,
  ordinal: z.number().int().min(0),
  section: z.enum(INNOKYLA_SECTION_IDS),
  text: z.string().max(INNOKYLA_TEXT_MAX),
});
export type InnokylaTextEntry = z.infer<typeof InnokylaTextEntry>;
