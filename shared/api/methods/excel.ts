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

/** CSV field separators: `;` (the default, as Finnish and Swedish Excel expect) or `,` on request. */
export const CSV_SEPARATORS = [';', ','] as const;
export type CsvSeparatorIn = (typeof CSV_SEPARATORS)[number];

/** A finished export waiting in the exports folder (the shape of contract.ts's ExportedFile). */
const ExportedFileOut = z.object({ token: z.string(), fileName: z.string(), bytes: z.number().int() });

export const excelMethods = {
  /** Personal identity codes, phone numbers and e-mail addresses in what the workbook would hold. */
  'excel.checkPersonalData': m(
    z.object(Scope),
    z.object({ total: z.number().int(), findings: z.array(PersonalDataFindingOut).max(MAX_LISTED_FINDINGS) }),
  ),
  /**
   * Writes the team or round workbook (cover sheet Tietoja first) with headers in `lang`. Refuses with
   * `excel.errors.personalData` when personal data is found and `maskPersonalData` is false; masking changes only
   * the exported copy. Progress is reported as `export.progress` events carrying `jobId`.
   */
  'excel.exportWorkbook': m(
    z.object({
      ...Scope,
      lang: z.enum(HEADER_LANGUAGES),
      maskPersonalData: z.boolean(),
      jobId: z.string().min(1).max(64),
    }),
    ExportedFileOut,
  ),
  /** The sheets of the team or round workbook (their names as in the workbook, in order, with their data rows), for the CSV sheet picker. */
  'excel.sheets': m(
    z.object(Scope),
    z.object({ sheets: z.array(z.object({ name: z.string(), rows: z.number().int() })) }),
  ),
  /**
   * Writes one sheet of the team or round workbook as CSV (UTF-8 with BOM; `;` or `,`; safe cells), headers in
   * `lang`. The same personal-data rule as the workbook: refused with `excel.errors.personalData` unless masked.
   * A sheet the workbook does not have is refused with `excel.errors.unknownSheet`.
   */
  'excel.exportCsv': m(
    z.object({
      ...Scope,
      lang: z.enum(HEADER_LANGUAGES),
      maskPersonalData: z.boolean(),
      sheet: z.string().min(1).max(64),
      separator: z.enum(CSV_SEPARATORS),
    }),
    ExportedFileOut,
  ),
};
