import { batchLabelKey } from '../batch';
import { BoardCommandError, type BoardDefinition } from '../types';
import type { BoardCounts } from '../counts';
import { BOARD_SHEET_COLUMNS, type SheetSpec } from '../../export/sheet';
import { IdeasWallCommand, IdeasWallDoc, NOTE_SIZE, type IdeaCluster, type IdeaNote } from './model';

function note(doc: IdeasWallDoc, id: string): IdeaNote {
  const n = doc.notes.find((x) => x.id === id);
  if (!n) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return n;
}

function cluster(doc: IdeasWallDoc, id: string): IdeaCluster {
  const c = doc.clusters.find((x) => x.id === id);
  if (!c) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return c;
}

function assertNew(doc: IdeasWallDoc, id: string): void {
  if (doc.notes.some((n) => n.id === id) || doc.clusters.some((c) => c.id === id)) {
    throw new BoardCommandError('errors.board.duplicateId', { id });
  }
}

/** The cluster whose frame contains the note's centre, if any (last drawn wins, as on screen). */
export function clusterAt(doc: IdeasWallDoc, x: number, y: number): string | null {
  const cx = x + NOTE_SIZE.width / 2;
  const cy = y + NOTE_SIZE.height / 2;
  for (let i = doc.clusters.length - 1; i >= 0; i--) {
    const c = doc.clusters[i]!;
    if (cx >= c.x && cx <= c.x + c.width && cy >= c.y && cy <= c.y + c.height) return c.id;
  }
  return null;
}

/** The board's items counted once (header, storyboard, Excel, cli info). */
function countItems(doc: IdeasWallDoc) {
  return { notes: doc.notes.length, clusters: doc.clusters.length } satisfies BoardCounts;
}

export const ideasWall = {
  kind: 'ideas-wall' as const,
  docVersion: 1,
  docSchema: IdeasWallDoc,
  commandSchema: IdeasWallCommand,
  migrations: {},
  createEmpty: () => ({ notes: [], clusters: [] }),

  apply(doc, cmd) {
    switch (cmd.type) {
      case 'addNote':
        assertNew(doc, cmd.note.id);
        if (cmd.note.clusterId !== null) cluster(doc, cmd.note.clusterId);
        doc.notes.push({ ...cmd.note });
        return;
      case 'addNotes':
        // Checked whole first, so a bad list adds nothing.
        for (const n of cmd.notes) {
          assertNew(doc, n.id);
          if (n.clusterId !== null) cluster(doc, n.clusterId);
        }
        if (new Set(cmd.notes.map((n) => n.id)).size !== cmd.notes.length)
          throw new BoardCommandError('errors.board.duplicateId', { id: cmd.notes[0]!.id });
        if (doc.notes.length + cmd.notes.length > 5000)
          throw new BoardCommandError('boardKit.errors.full', { max: 5000 });
        for (const n of cmd.notes) doc.notes.push({ ...n });
        return;
      case 'updateNote':
        Object.assign(note(doc, cmd.id), cmd.patch);
        return;
      case 'moveNote': {
        const n = note(doc, cmd.id);
        if (cmd.clusterId !== null) cluster(doc, cmd.clusterId);
        n.x = cmd.x;
        n.y = cmd.y;
        n.clusterId = cmd.clusterId;
        return;
      }
      case 'deleteNote': {
        note(doc, cmd.id);
        doc.notes = doc.notes.filter((n) => n.id !== cmd.id);
        return;
      }
      case 'addCluster':
        assertNew(doc, cmd.cluster.id);
        doc.clusters.push({ ...cmd.cluster });
        return;
      case 'renameCluster':
        cluster(doc, cmd.id).name = cmd.name;
        return;
      case 'moveCluster': {
        // Notes in the frame travel with it, as they would on a paper wall.
        const c = cluster(doc, cmd.id);
        const dx = cmd.x - c.x;
        const dy = cmd.y - c.y;
        c.x = cmd.x;
        c.y = cmd.y;
        for (const n of doc.notes) {
          if (n.clusterId === c.id) {
            n.x += dx;
            n.y += dy;
          }
        }
        return;
      }
      case 'resizeCluster': {
        const c = cluster(doc, cmd.id);
        c.width = cmd.width;
        c.height = cmd.height;
        return;
      }
      case 'deleteCluster':
        cluster(doc, cmd.id);
        doc.clusters = doc.clusters.filter((c) => c.id !== cmd.id);
        for (const n of doc.notes) if (n.clusterId === cmd.id) n.clusterId = null;
        return;
      case 'batch':
        for (const c of cmd.commands) ideasWall.apply(doc, c);
        return;
    }
  },

  commandLabel: (cmd) => (cmd.type === 'batch' ? batchLabelKey(cmd.label) : `boards.ideas-wall.commands.${cmd.type}`),

  counts: countItems,

  summary: (doc) => ({
    ...countItems(doc),
    unclustered: doc.notes.filter((n) => n.clusterId === null).length,
  }),

  items: (doc) => {
    const clusterName = new Map(doc.clusters.map((c) => [c.id, c.name]));
    return doc.notes.map((n) => ({
      itemId: n.id,
      text: n.text,
      tag: 'note',
      group: n.clusterId ? clusterName.get(n.clusterId) : undefined,
    }));
  },

  toSheets(doc, ctx): SheetSpec[] {
    const clusterName = new Map(doc.clusters.map((c) => [c.id, c.name]));
    return [
      {
        name: 'Ideaseinä',
        columns: [
          ...BOARD_SHEET_COLUMNS,
          { key: 'cluster', headerKey: 'export.header.cluster', type: 'text', width: 24 },
          { key: 'text', headerKey: 'export.header.idea', type: 'text', width: 60 },
          { key: 'authorRole', headerKey: 'export.header.authorsRole', type: 'text', width: 20 },
          { key: 'color', headerKey: 'export.header.colour', type: 'text', width: 10 },
          { key: 'noteId', headerKey: 'export.header.noteId', type: 'id', width: 38 },
        ],
        rows: doc.notes.map((n) => ({
          team: ctx.teamName,
          board: ctx.boardName,
          cluster: n.clusterId ? (clusterName.get(n.clusterId) ?? '') : '',
          text: n.text,
          authorRole: n.authorRole,
          color: n.color,
          noteId: n.id,
        })),
      },
    ];
  },
} satisfies BoardDefinition<IdeasWallDoc, IdeasWallCommand>;
