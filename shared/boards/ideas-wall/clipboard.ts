import { z } from 'zod';
import { clipEnvelope, clipSchema, readBoardClip, type ReadBoardClip } from '../clipboard';
import { clusterAt } from './definition';
import { IdeaNote, NOTE_SIZE, type IdeasWallCommand, type IdeasWallDoc } from './model';
import { MAX_WALL_NOTES } from './paste';

/** Copied notes with their places (the first note's top-left is where a paste puts the group). */
export const WallClip = clipSchema('ideas-wall', { notes: z.array(IdeaNote).min(1).max(MAX_WALL_NOTES) });
export type WallClip = z.infer<typeof WallClip>;

export function readWallClip(raw: string): ReadBoardClip<WallClip> {
  return readBoardClip(raw, 'ideas-wall', WallClip);
}

/** Where a note's centre falls decides its frame; the renderer passes its measured heights. */
export type ClusterOf = (doc: IdeasWallDoc, x: number, y: number, id: string) => string | null;
const byDefaultHeight: ClusterOf = (doc, x, y) => clusterAt(doc, x, y);

const BOUND = 100_000;
const clamp = (v: number, size: number) => Math.min(BOUND - size, Math.max(-BOUND, Math.round(v)));

/** Reading order on the wall: top to bottom, then left to right. */
const readingOrder = (a: IdeaNote, b: IdeaNote) => a.y - b.y || a.x - b.x;

/** The chosen notes in reading order; plain text is their texts one a line (pasted elsewhere, one item a line). */
export function copyNotes(doc: IdeasWallDoc, ids: readonly string[]): { clip: WallClip; text: string } | null {
  const chosen = new Set(ids);
  const notes = doc.notes.filter((n) => chosen.has(n.id)).sort(readingOrder);
  if (notes.length === 0) return null;
  return {
    clip: { ...clipEnvelope('ideas-wall'), notes },
    text: notes
      .map((n) => n.text.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean)
      .join('\n'),
  };
}

/**
 * The copied notes with new ids, their arrangement kept, the group's top-left at `origin`; each note joins the frame
 * its centre lands in. One command, so one undo step; notes past the wall's bound are counted in `skipped`.
 */
export function pasteNotesClipCommand(
  doc: IdeasWallDoc,
  clip: WallClip,
  origin: { x: number; y: number },
  newId: () => string,
  clusterOf: ClusterOf = byDefaultHeight,
): { command: IdeasWallCommand | null; noteIds: string[]; skipped: number } {
  const room = Math.max(0, MAX_WALL_NOTES - doc.notes.length);
  const taken = clip.notes.slice(0, room);
  const skipped = clip.notes.length - taken.length;
  if (taken.length === 0) return { command: null, noteIds: [], skipped };
  const left = Math.min(...taken.map((n) => n.x));
  const top = Math.min(...taken.map((n) => n.y));
  const notes = taken.map((n) => {
    const id = newId();
    const x = clamp(origin.x + n.x - left, NOTE_SIZE.width);
    const y = clamp(origin.y + n.y - top, NOTE_SIZE.height);
    return { ...n, id, x, y, clusterId: clusterOf(doc, x, y, n.id) };
  });
  return { command: { type: 'addNotes', notes }, noteIds: notes.map((n) => n.id), skipped };
}

/** Deletes the chosen notes as one undo step. */
export function deleteNotesCommand(doc: IdeasWallDoc, ids: readonly string[]): IdeasWallCommand | null {
  const chosen = new Set(ids);
  const commands = doc.notes.filter((n) => chosen.has(n.id)).map((n) => ({ type: 'deleteNote' as const, id: n.id }));
  if (commands.length === 0) return null;
  return commands.length === 1 ? commands[0]! : { type: 'batch', label: 'delete', commands };
}

/**
 * Moves the chosen notes by (dx, dy) together, one undo step; each note joins the frame its centre lands in (as a
 * dropped note does). Null when nothing would move.
 */
export function moveNotesCommand(
  doc: IdeasWallDoc,
  ids: readonly string[],
  dx: number,
  dy: number,
  clusterOf: ClusterOf = byDefaultHeight,
): IdeasWallCommand | null {
  if (dx === 0 && dy === 0) return null;
  const chosen = new Set(ids);
  const commands = doc.notes
    .filter((n) => chosen.has(n.id))
    .map((n) => {
      const x = clamp(n.x + dx, NOTE_SIZE.width);
      const y = clamp(n.y + dy, NOTE_SIZE.height);
      return { type: 'moveNote' as const, id: n.id, x, y, clusterId: clusterOf(doc, x, y, n.id) };
    });
  if (commands.length === 0) return null;
  return commands.length === 1 ? commands[0]! : { type: 'batch', label: 'move', commands };
}
