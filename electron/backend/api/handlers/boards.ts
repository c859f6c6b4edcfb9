import { ApiFailure } from '../../../../shared/api/errors';
import { newId } from '../../../../shared/domain/ids';
import { boardDefinition } from '../../../../shared/boards/registry';
import { readWorkshopSource } from '../../files/read-data';
import { decodeUpload } from './library';
import { edit, must, nextOrdinal } from './common';
import { defineHandlers } from './types';

export const boardHandlers = defineHandlers({
  'boards.create': ({ workshopId, teamId, kind, name, init }, ctx) =>
    edit(ctx, workshopId, 'history.boards.create', (tx) => {
      must(tx, 'teams', teamId);
      const def = boardDefinition(kind);
      if (!def) throw new ApiFailure('invalidInput', 'errors.board.unknownKind', { kind });
      const at = new Date().toISOString();
      const id = newId();
      tx.put('boards', {
        id,
        teamId,
        kind,
        name,
        ordinal: nextOrdinal(tx.list('boards', { col: 'team_id', value: teamId })),
        docVersion: def.docVersion,
        doc: def.createEmpty(),
        createdAt: at,
        updatedAt: at,
      });
      for (const command of init ?? []) tx.applyBoard(id, command);
      return { id };
    }),
  'boards.get': async ({ workshopId, id }, ctx) => (await ctx.library.get(workshopId)).board(id),
  'boards.rename': ({ workshopId, id, name }, ctx) =>
    edit(ctx, workshopId, 'history.boards.rename', (tx, ws) => {
      tx.put('boards', { ...ws.board(id), name, updatedAt: new Date().toISOString() });
      return {};
    }),
  'boards.duplicate': ({ workshopId, id, name }, ctx) =>
    edit(ctx, workshopId, 'history.boards.duplicate', (tx, ws) => {
      const src = ws.board(id);
      const at = new Date().toISOString();
      const copy = {
        ...src,
        id: newId(),
        name,
        ordinal: nextOrdinal(tx.list('boards', { col: 'team_id', value: src.teamId })),
        // Item ids stay the same inside the copy, so a future state can be compared with its current state.
        doc: structuredClone(src.doc),
        createdAt: at,
        updatedAt: at,
      };
      tx.put('boards', copy);
      return { id: copy.id };
    }),
  'boards.delete': ({ workshopId, id }, ctx) =>
    edit(ctx, workshopId, 'history.boards.delete', (tx) => {
      must(tx, 'boards', id);
      tx.del('boards', id);
      return {};
    }),
  'boards.listInFile': async ({ file }) => {
    const { data, removedObjects } = await readWorkshopSource({ bytes: decodeUpload(file.dataBase64) });
    const teams = new Map(data.teams.map((t) => [t.id, t]));
    const boards = data.boards
      .filter((b) => teams.has(b.teamId) && boardDefinition(b.kind))
      .sort((a, b) => teams.get(a.teamId)!.ordinal - teams.get(b.teamId)!.ordinal || a.ordinal - b.ordinal)
      .map((b) => ({ id: b.id, teamName: teams.get(b.teamId)!.name, name: b.name, kind: b.kind }));
    return { boards, ...(removedObjects > 0 ? { removedObjects } : {}) };
  },
  'boards.copyFromFile': async ({ workshopId, teamId, file, boardId }, ctx) => {
    // The same rebuilding read as importing a whole file: only the file's known rows, migrated, reach this workshop.
    const { data } = await readWorkshopSource({ bytes: decodeUpload(file.dataBase64) });
    const src = data.boards.find((b) => b.id === boardId);
    if (!src) throw new ApiFailure('notFound', 'boards.fromFile.gone');
    if (!boardDefinition(src.kind))
      throw new ApiFailure('invalidInput', 'errors.board.unknownKind', { kind: src.kind });
    return edit(ctx, workshopId, 'history.boards.copyFromFile', (tx) => {
      must(tx, 'teams', teamId);
      const at = new Date().toISOString();
      const id = newId();
      tx.put('boards', {
        ...src,
        id,
        teamId,
        ordinal: nextOrdinal(tx.list('boards', { col: 'team_id', value: teamId })),
        createdAt: at,
        updatedAt: at,
      });
      return { id, name: src.name };
    });
  },
  'boards.apply': async ({ workshopId, id, command, coalesce }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const b = ws.board(id);
    const def = boardDefinition(b.kind);
    const label = def ? def.commandLabel(command) : 'history.boards.apply';
    const doc = await edit(ctx, workshopId, label, (tx) => tx.applyBoard(id, command), id, coalesce);
    // What the screens need besides the document, so the renderer does not re-fetch the whole workshop per save.
    return { revision: ws.revision, doc, history: ws.history(), updatedAt: ws.board(id).updatedAt };
  },
});
