import { z } from 'zod';
import { Id } from '../../domain/ids';
import { HEADER_LANGUAGES } from '../../export/headers';
import { m } from '../method';

/** Most findings one check returns (the total is always given); the dialog lists them, the export masks all. */
export const MAX_LISTED_FINDINGS = 200;

/** One piece of personal data found before an export: what, where, and a masked excerpt (never the data itself). */
export const PersonalDataFindingOut = z.object({
  kind: z.enum(['hetu', 'phone', 'email']),
  team: z.string().nullable(),
  board: z.string().nullable(),
  /** Where in the workshop, e.g. `boards[2].doc.notes[0].text`. */
  path: z.string(),
  excerpt: z.string(),
});
export type PersonalDataFindingOut = z.infer<typeof PersonalDataFindingOut>;

/** Which teams a workbook holds: one team (the team workbook) or, with null, every team of the workshop (the round). */
const Scope = { workshopId: Id, teamId: Id.nullable() };

export const excelMethods = {
  /** Personal identity codes, phone numbers and e-mail addresses in what the workbook would hold. */
  'excel.checkPersonalData': m(z.object(Scope), z.object({ total: z.number().int(), findings: z.array(PersonalDataFindingOut).max(MAX_LISTED_FINDINGS) })),
  /**
   * Writes the team or round workbook (cover sheet Tietoja first) with headers in `lang`. Refuses with
   * `excel.errors.personalData` when personal data is found and `maskPersonalData` is false; masking changes only
   * the exported copy. Progress is reported as `export.progress` events carrying `jobId`.
   */
  'excel.exportWorkbook': m(
    z.object({ ...Scope, lang: z.enum(HEADER_LANGUAGES), maskPersonalData: z.boolean(), jobId: z.string().min(1).max(64) }),
    z.object({ token: z.string(), fileName: z.string(), bytes: z.number().int() }),
  ),
};
