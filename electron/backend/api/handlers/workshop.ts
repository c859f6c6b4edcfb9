import { ApiFailure } from '../../../../shared/api/errors';
import { newId } from '../../../../shared/domain/ids';
import type { WorkshopData } from '../../../../shared/domain/workshop-data';
import { serializePackage, toPackage } from '../../../../shared/package/serialize';
import { writeWorkbook } from '../../export/workbook';
import { workshopSheets } from '../../export/workshop-sheets';
import { fileNameFor } from '../../files/names';
import { readWorkshopData } from '../../files/read-data';
import { writeSnapshot } from '../../files/snapshot';
import { writeBytesAtomically } from '../../files/atomic';
import { WORKSHOP_EXTENSION } from '../../db/constants';
import { decodeUpload } from './library';
import { changed, nextOrdinal } from './common';
import { defineHandlers } from './types';

export const workshopHandlers = defineHandlers({
  'workshop.get': async ({ workshopId }, ctx) => (await ctx.library.get(workshopId)).state(),
  'workshop.rename': async ({ workshopId, title }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    // The title is meta, not history: renaming a workshop is not part of the team's undo stack.
    ws.setMeta('title', title);
    ctx.emit({ type: 'library.changed' });
    return ws.state();
  },
  'workshop.exportFile': async ({ workshopId }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const out = ctx.exports.reserve(fileNameFor(ws.meta('title') ?? '', WORKSHOP_EXTENSION));
    await writeSnapshot(ws.db, out.path);
    return out.done();
  },
  'workshop.exportPackage': async ({ workshopId }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const out = ctx.exports.reserve(fileNameFor(ws.meta('title') ?? '', '.json'));
    const pkg = toPackage(ws.data(), { appVersion: ctx.options.appVersion ?? '0.0.0', exportedAt: new Date().toISOString() });
    await writeBytesAtomically(out.path, serializePackage(pkg));
    return out.done();
  },
  'workshop.exportXlsx': async ({ workshopId }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const out = ctx.exports.reserve(fileNameFor(ws.meta('title') ?? '', '.xlsx'));
    await writeWorkbook(workshopSheets(ws.data()), out.path);
    return out.done();
  },
  'workshop.mergeFile': async ({ workshopId, file }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const data = await readWorkshopData({ bytes: decodeUpload(file.dataBase64) });
    const added = ws.mutate('history.workshop.mergeFile', (tx) => mergeTeams(tx, data));
    changed(ctx, ws);
    return { teamsAdded: added };
  },
  'files.save': async ({ token }, ctx) => {
    const f = ctx.exports.get(token);
    if (!f) throw new ApiFailure('notFound', 'errors.notFound.export');
    return ctx.options.platform.saveFile({ token, tempPath: f.path, fileName: f.fileName });
  },
});

/** Adds copies of the package's teams, with new ids, after the workshop's own. */
function mergeTeams(tx: import('../../workshop/store').Tx, data: WorkshopData): number {
  const teamIds = new Map<string, string>();
  let ordinal = nextOrdinal(tx.list('teams'));
  for (const t of data.teams) {
    const id = newId();
    teamIds.set(t.id, id);
    tx.put('teams', { ...t, id, ordinal: ordinal++ });
  }
  for (const m of data.members) {
    const teamId = teamIds.get(m.teamId);
    if (teamId) tx.put('members', { ...m, id: newId(), teamId });
  }
  const at = new Date().toISOString();
  for (const b of data.boards) {
    const teamId = teamIds.get(b.teamId);
    if (teamId) tx.put('boards', { ...b, id: newId(), teamId, createdAt: at, updatedAt: at });
  }
  return data.teams.length;
}
