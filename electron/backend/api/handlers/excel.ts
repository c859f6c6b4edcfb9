import { ApiFailure } from '../../../../shared/api/errors';
import { MAX_LISTED_FINDINGS } from '../../../../shared/api/methods/excel';
import { appWorkbookFileName, appWorkbookSheets, workbookPersonalData } from '../../export/app-workbook';
import { writeWorkbook } from '../../export/workbook';
import { defineHandlers } from './types';

/** Progress events at most this often (plus the last one), so a fast export does not flood the event channel. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Test hook: milliseconds to wait after each chunk of rows, so an e2e test can see the progress of a real export
 * on a small workshop. Read once from the host's environment; never set in the app.
 */
const CHUNK_DELAY_MS = Number(process.env.LAPIMURTO_TEST_EXPORT_CHUNK_DELAY_MS ?? 0) || 0;

export const excelHandlers = defineHandlers({
  'excel.checkPersonalData': async ({ workshopId, teamId }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    // ws.data() carries the day's records (gallery notes, feedback, agenda times): they are checked with the rest.
    const findings = workbookPersonalData(ws.data(), { teamId });
    if (!findings) throw new ApiFailure('notFound', 'errors.notFound.team');
    return {
      total: findings.length,
      findings: findings.slice(0, MAX_LISTED_FINDINGS).map((f) => ({ kind: f.kind, team: f.team, board: f.board, path: f.path, excerpt: f.excerpt })),
    };
  },
  'excel.exportWorkbook': async ({ workshopId, teamId, lang, maskPersonalData, jobId }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const all = ws.data();
    const findings = workbookPersonalData(all, { teamId });
    if (!findings) throw new ApiFailure('notFound', 'errors.notFound.team');
    if (!maskPersonalData && findings.length > 0) throw new ApiFailure('invalidInput', 'excel.errors.personalData', { count: findings.length });
    const sheets = appWorkbookSheets(all, { lang, mask: maskPersonalData, appVersion: ctx.options.appVersion ?? '0.0.0', exportedAt: new Date(), teamId });
    const out = ctx.exports.reserve(appWorkbookFileName(all, { teamId }));
    let last = 0;
    await writeWorkbook(sheets, out.path, {
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
});
