import { z } from 'zod';
import { Id } from '../../domain/ids';
import { LANGUAGES } from '../../domain/vocab';
import { m } from '../method';
import { COMPLETENESS, INNOKYLA_SECTION_IDS, INNOKYLA_TEXT_MAX } from '../../innokyla/sections';

const DraftSection = z.object({
  id: z.enum(INNOKYLA_SECTION_IDS),
  heading: z.string(),
  completeness: z.enum(COMPLETENESS),
  paragraphs: z.array(z.string()),
  items: z.array(z.string()),
  sources: z.array(z.string()),
  guide: z.string(),
  teamText: z.string(),
  pictures: z.array(z.object({ boardId: Id, caption: z.string() })),
});

export const ToimintamalliDraftSchema = z.object({
  teamId: Id,
  teamName: z.string(),
  title: z.string(),
  sections: z.array(DraftSection),
});

export const innokylaMethods = {
  /**
   * The team's Innokylä toimintamalli drafted from its data now (in the app's language unless `lang`), every
   * section with its generated text, sources, completeness mark and the team's own text.
   */
  'innokyla.draft': m(
    z.object({ workshopId: Id, teamId: Id, lang: z.enum(LANGUAGES).optional() }),
    ToimintamalliDraftSchema,
  ),
  /** The team's own text for one section (undoable; saves of one field edit share `coalesce`). */
  'innokyla.setText': m(
    z.object({
      workshopId: Id,
      teamId: Id,
      section: z.enum(INNOKYLA_SECTION_IDS),
      text: z.string().max(INNOKYLA_TEXT_MAX),
      coalesce: z.string().min(1).max(200).optional(),
    }),
    z.object({}),
  ),
  /**
   * The toimintamalli as a Word document (.docx) written as an export for `files.save`: headings, paragraphs and
   * the board pictures at print size with captions. Personal data in what the document shows refuses the export
   * with `innokyla.errors.personalData` (params `count`) unless `maskPersonalData`.
   */
  'innokyla.exportDocx': m(
    z.object({ workshopId: Id, teamId: Id, maskPersonalData: z.boolean().optional() }),
    // The shape of contract.ts's ExportedFile (that module imports this one, so it cannot be imported back here).
    z.object({ token: z.string(), fileName: z.string(), bytes: z.number().int() }),
  ),
} as const;
