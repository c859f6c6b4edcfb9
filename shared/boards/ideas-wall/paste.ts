import { MAX_PASTED_ITEMS } from '../../text/paste-lines';
import type { NoteColor } from '../../domain/vocab';
import { clusterAt } from './definition';
import { NOTE_SIZE, type IdeasWallCommand, type IdeasWallDoc } from './model';

/** Most notes a wall holds (the document schema's bound). */
export const MAX_WALL_NOTES = 5000;
/** A pasted list fills rows of this many notes. */
const PASTE_COLUMNS = 5;
const GAP = 24;
const BOUND = 100_000;

const clampCoord = (v: number, size: number) => Math.min(BOUND - size, Math.max(-BOUND, Math.round(v)));

export interface WallPaste {
  command: IdeasWallCommand | null;
  noteIds: string[];
  /** Lines left out by the per-paste limit or a full wall. */
  skipped: number;
}

/**
 * One note per pasted line, in reading order in rows from `origin` (top-left of the first note); a note whose centre
 * lands in a cluster's frame belongs to it, as a dropped note would. One command: one undo step.
 */
export function pasteNotesCommand(
  doc: IdeasWallDoc,
  lines: readonly string[],
  origin: { x: number; y: number },
  color: NoteColor,
  newId: () => string,
): WallPaste {
  const room = Math.max(0, Math.min(MAX_PASTED_ITEMS, MAX_WALL_NOTES - doc.notes.length));
  const taken = lines.slice(0, room);
  const skipped = lines.length - taken.length;
  if (taken.length === 0) return { command: null, noteIds: [], skipped };
  const notes = taken.map((text, i) => {
    const x = clampCoord(origin.x + (i % PASTE_COLUMNS) * (NOTE_SIZE.width + GAP), NOTE_SIZE.width);
    const y = clampCoord(origin.y + Math.floor(i / PASTE_COLUMNS) * (NOTE_SIZE.height + GAP), NOTE_SIZE.height);
    return { id: newId(), text, color, authorRole: '' as const, clusterId: clusterAt(doc, x, y), x, y };
  });
  return { command: { type: 'addNotes', notes }, noteIds: notes.map((n) => n.id), skipped };
}
