import { z } from 'zod';
import { Id } from '../../domain/ids';
import { m } from '../method';
import { STORYBOARD_PAGE_SIZES } from '../../storyboard/model';

export const storyboardMethods = {
  /**
   * The team's storyboard as a one-page PDF (landscape A4 or A3), written as an export for `files.save`. The page is
   * the renderer's own print view, printed by the shell (Electron: printToPDF; browser host: headless Chromium). A
   * shell that cannot print answers with `storyboard.errors.pdfUnavailable`. Personal data in what the storyboard
   * shows (the team, its members and boards) refuses the export with `storyboard.errors.personalData` (params
   * `count`), printing nothing, unless `maskPersonalData`: then the page is printed masked.
   */
  'storyboard.exportPdf': m(
    z.object({
      workshopId: Id,
      teamId: Id,
      pageSize: z.enum(STORYBOARD_PAGE_SIZES),
      maskPersonalData: z.boolean().optional(),
    }),
    // The shape of contract.ts's ExportedFile (that module imports this one, so it cannot be imported back here).
    z.object({ token: z.string(), fileName: z.string(), bytes: z.number().int() }),
  ),
} as const;
