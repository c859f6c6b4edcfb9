import { ApiFailure } from '../../../../shared/api/errors';
import { MAX_LISTED_FINDINGS } from '../../../../shared/api/methods/excel';
import type { HeaderLanguage } from '../../../../shared/export/headers';
import type { SheetSpec } from '../../../../shared/export/sheet';
import type { WorkshopData } from '../../../../shared/domain/workshop-data';
import {
  appCsvFileName,
  appWorkbookFileName,
  appWorkbookSheets,
  findSheet,
  workbookPageTitle,
  workbookPersonalData,
} from '../../export/app-workbook';
import { writeCsv } from '../../export/csv';
import { writeWorkbook } from '../../export/workbook';
import { defineHandlers, type Ctx } from './types';

/** Progress events at most this often (plus the last one), so a fast export does not flood the event channel. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Test hook: milliseconds to wait after each chunk of rows, so an e2e test can see the progress of a real export
 * on a small workshop. Read once from the host's environment; never set in the app.
 */
const CHUNK_DELAY_MS = Number(process.env.LAPIMURTO_TEST_EXPORT_CHUNK_DELAY_MS ?? 0) || 0;

/**
 * The data and sheets of the team or round workbook, after the personal-data check: refused when personal data is
 * found and not to be masked. The one path to the sheets for the workbook, the CSV and the CSV's sheet list.
 */
async function checkedSheets(
  ctx: Ctx,
  input: { workshopId: string; teamId: string | null; lang: HeaderLanguage; maskPersonalData: boolean },
): Promise<{ all: WorkshopData; sheets: SheetSpec[] }> {
  const ws = await ctx.library.get(input.workshopId);
  const all = ws.data();
  const findings = workbookPersonalData(all, { teamId: input.teamId });
  if (!findings) throw new ApiFailure('notFound', 'errors.notFound.team');
  if (!input.maskPersonalData && findings.length > 0)
    throw new ApiFailure('invalidInput', 'excel.errors.personalData', { count: findings.length });
  const sheets = appWorkbookSheets(all, {
    lang: input.lang,
    mask: input.maskPersonalData,
    appVersion: ctx.options.appVersion ?? '0.0.0',
    exportedAt: new Date(),
    teamId: input.teamId,
  });
  return { all, sheets };
}

export const excelHandlers = defineHandlers({
  'excel.checkPersonalData': async ({ workshopId, teamId }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    // ws.data() carries the day's records (gallery notes, feedback, agenda times): they are checked with the rest.
    const findings = workbookPersonalData(ws.data(), { teamId });
    if (!findings) throw new ApiFailure('notFound', 'errors.notFound.team');
    return {
      total: findings.length,
      findings: findings
        .slice(0, MAX_LISTED_FINDINGS)
        .map((f) => ({ kind: f.kind, team: f.team, board: f.board, path: f.path, excerpt: f.excerpt })),
    };
  },
  'excel.exportWorkbook': async ({ workshopId, teamId, lang, maskPersonalData, jobId }, ctx) => {
    const { all, sheets } = await checkedSheets(ctx, { workshopId, teamId, lang, maskPersonalData });
    const out = ctx.exports.reserve(appWorkbookFileName(all, { teamId }));
    let last = 0;
    await writeWorkbook(sheets, out.path, {
      pageTitle: workbookPageTitle(all, { teamId }),
      onProgress: ({ done, total }) => {
        const now = Date.now();
        if (done < total && now - last < PROGRESS_INTERVAL_MS) return;
        last = now;
        ctx.emit({ type: 'export.progress', jobId, done, total });
      },
      ...(CHUNK_DELAY_MS > 0 ? { afterChunk: () => new Promise<void>((r) => setTimeout(r, CHUNK_DELAY_MS)) } : {}),
    });
    return out.done();
  },
  'excel.sheets': async ({ workshopId, teamId }, ctx) => {
    // Masked only to build the list (names and row counts do not depend on it); nothing is written here.
    const { sheets } = await checkedSheets(ctx, { workshopId, teamId, lang: 'fi', maskPersonalData: true });
    return { sheets: sheets.map((s) => ({ name: s.name, rows: s.rows.length })) };
  },
  'excel.exportCsv': async ({ workshopId, teamId, lang, maskPersonalData, sheet, separator }, ctx) => {
    const { all, sheets } = await checkedSheets(ctx, { workshopId, teamId, lang, maskPersonalData });
    const spec = findSheet(sheets, sheet);
    if (!spec)
      throw new ApiFailure(
        'notFound',
        'excel.errors.unknownSheet',
        { sheet },
        `no sheet ${sheet} (${sheets.map((s) => s.name).join(', ')})`,
      );
    const out = ctx.exports.reserve(appCsvFileName(all, { teamId }, spec.name));
    await writeCsv(spec, out.path, { separator });
    return out.done();
  },
});
