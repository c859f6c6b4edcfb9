import { ApiFailure } from '../../../../shared/api/errors';
import { newId } from '../../../../shared/domain/ids';
import type { WorkshopData } from '../../../../shared/domain/workshop-data';
import { serializePackage, toPackage } from '../../../../shared/package/serialize';
import { fileNameFor } from '../../files/names';
import { readWorkshopSource } from '../../files/read-data';
import { writeSnapshot, writeWorkshopFile } from '../../files/snapshot';
import { findInText, findPersonalData, maskPersonalData } from '../../../../shared/analysis/personal-data';
import type { WorkshopStore } from '../../workshop/store';
import { writeBytesAtomically } from '../../files/atomic';
import { WORKSHOP_EXTENSION } from '../../db/constants';
import { decodeUpload } from './library';
import type { Db } from '../../db/sqlite';
import { insertDayFeedback } from '../../workshop/day-records';
import { insertLogEntry } from '../../presentation/agenda-log';
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
  'workshop.exportFile': async ({ workshopId, maskPersonalData: mask }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const masked = passPersonalDataGate(ws, mask ?? false);
    const out = ctx.exports.reserve(fileNameFor(ws.meta('title') ?? '', WORKSHOP_EXTENSION));
    if (masked) await writeWorkshopFile(masked, out.path, { id: newId() });
    else await writeSnapshot(ws.db, out.path);
    return out.done();
  },
  'workshop.exportPackage': async ({ workshopId, maskPersonalData: mask }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const data = passPersonalDataGate(ws, mask ?? false) ?? ws.data();
    const out = ctx.exports.reserve(fileNameFor(ws.meta('title') ?? '', '.json'));
    const pkg = toPackage(data, {
      appVersion: ctx.options.appVersion ?? '0.0.0',
      exportedAt: new Date().toISOString(),
    });
    await writeBytesAtomically(out.path, serializePackage(pkg));
    return out.done();
  },
  'workshop.mergeFile': async ({ workshopId, file }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const { data, removedObjects } = await readWorkshopSource({ bytes: decodeUpload(file.dataBase64) });
    const added = ws.mutate('history.workshop.mergeFile', (tx) => mergeTeams(tx, data));
    mergeDayLogs(ws.db, data, new Set(ws.state().days.map((d) => d.id)));
    changed(ctx, ws);
    return { teamsAdded: added, ...(removedObjects > 0 ? { removedObjects } : {}) };
  },
  'files.save': async ({ token }, ctx) => {
    const f = ctx.exports.get(token);
    if (!f) throw new ApiFailure('notFound', 'errors.notFound.export');
    return ctx.options.platform.saveFile({ token, tempPath: f.path, fileName: f.fileName });
  },
});

/**
 * The personal-data gate of the workshop file and package exports. The undo history is checked too: a snapshot
 * carries it, and it holds what was deleted. Refuses (nothing written) when anything is found and masking was not
 * asked for; returns the masked data when it was, or null when there is nothing to mask.
 */
function passPersonalDataGate(ws: WorkshopStore, mask: boolean): WorkshopData | null {
  const data = ws.data();
  const found = findPersonalData(data).length + historyFindings(ws);
  if (found === 0) return null;
  if (!mask) throw new ApiFailure('invalidInput', 'files.errors.personalData', { count: found });
  return maskPersonalData(data);
}

function historyFindings(ws: WorkshopStore): number {
  let n = 0;
  for (const row of ws.db.prepare('SELECT changes FROM history').iterate() as Iterable<{ changes: string }>) {
    // The JSON text is scanned as it is: escapes (\n, \") may split a finding, the values themselves are plain.
    n += findInText(row.changes).length;
  }
  return n;
}

/**
 * Adds copies of the package's teams, with new ids, after the workshop's own; their members, boards, gallery
 * notes and toimintamalli texts go with them (a note's writing team is kept when it came along too, else left unnamed). One undoable edit.
 */
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
  for (const n of data.galleryNotes ?? []) {
    const teamId = teamIds.get(n.teamId);
    if (teamId) tx.put('galleryNotes', { ...n, id: newId(), teamId, fromTeamId: teamIds.get(n.fromTeamId) ?? '' });
  }
  for (const x of data.innokylaTexts ?? []) {
    const teamId = teamIds.get(x.teamId);
    if (teamId) tx.put('innokylaTexts', { ...x, id: newId(), teamId });
  }
  return data.teams.length;
}

/**
 * Day feedback and agenda times belong to a workshop day, not to a team. They are merged only into the same day:
 * the file's days that this workshop has too (same id: a copy of this workshop, e.g. the co-coach's laptop that
 * collected answers from the other half of the room). Answers and times already here (same id) are not doubled.
 * Like all of them, they stay outside the undo history (docs/workshop-package.md, "Merging").
 */
function mergeDayLogs(db: Db, data: WorkshopData, dayIds: ReadonlySet<string>): void {
  db.transaction(() => {
    for (const a of data.dayFeedback ?? []) if (dayIds.has(a.dayId)) insertDayFeedback(db, a);
    for (const e of data.agendaLog ?? []) if (dayIds.has(e.dayId)) insertLogEntry(db, e);
  })();
}
