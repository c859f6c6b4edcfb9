import { ApiFailure } from '../../../../shared/api/errors';
import { findPersonalData } from '../../../../shared/analysis/personal-data';
import { MAX_LISTED_FINDINGS } from '../../../../shared/api/methods/excel';
import { appWorkbookFileName, appWorkbookSheets, scopedData } from '../../export/app-workbook';
import { writeWorkbook } from '../../export/workbook';
import { findPersonalDataInRecords } from '../../export/day-sheets';
import { readDayRecords } from '../../workshop/day-records';
import { readActuals } from '../../presentation/agenda-log';
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
    const data = scopedData(ws.data(), { teamId });
    if (!data) throw new ApiFailure('notFound', 'errors.notFound.team');
    const findings = [...findPersonalData(data), ...findPersonalDataInRecords(data, readDayRecords(ws.db), { teamId })];
    return {
      total: findings.length,
      findings: findings.slice(0, MAX_LISTED_FINDINGS).map((f) => ({ kind: f.kind, team: f.team, board: f.board, path: f.path, excerpt: f.excerpt })),
    };
  },
  'excel.exportWorkbook': async ({ workshopId, teamId, lang, maskPersonalData, jobId }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const all = ws.data();
    const data = scopedData(all, { teamId });
    if (!data) throw new ApiFailure('notFound', 'errors.notFound.team');
    const records = { ...readDayRecords(ws.db), agendaLog: readActuals(ws.db) };
    if (!maskPersonalData) {
      const found = findPersonalData(data).length + findPersonalDataInRecords(data, records, { teamId }).length;
      if (found > 0) throw new ApiFailure('invalidInput', 'excel.errors.personalData', { count: found });
    }
    const sheets = appWorkbookSheets(data, { lang, mask: maskPersonalData, appVersion: ctx.options.appVersion ?? '0.0.0', exportedAt: new Date(), records, teamId });
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
