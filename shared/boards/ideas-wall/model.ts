import { z } from 'zod';
import { Id } from '../../domain/ids';
import { MEMBER_ROLES, NOTE_COLORS } from '../../domain/vocab';
import { LIMITS } from '../../domain/limits';
import { batchCommand } from '../batch';

/** Board coordinates are bounded so a bad package cannot push a note to infinity. */
const Coord = z.number().finite().min(-100_000).max(100_000);

export const IdeaNote = z.object({
  id: Id,
  text: z.string().max(LIMITS.noteText),
  color: z.enum(NOTE_COLORS),
  authorRole: z.enum(MEMBER_ROLES).or(z.literal('')),
  clusterId: Id.nullable(),
  x: Coord,
  y: Coord,
});
export type IdeaNote = z.infer<typeof IdeaNote>;

/** A named frame on the wall; a note belongs to it by `clusterId`. */
export const IdeaCluster = z.object({
  id: Id,
  name: z.string().max(LIMITS.name),
  x: Coord,
  y: Coord,
  width: z.number().min(200).max(20_000),
  height: z.number().min(150).max(20_000),
});
export type IdeaCluster = z.infer<typeof IdeaCluster>;

export const IdeasWallDoc = z.object({
  notes: z.array(IdeaNote).max(5000),
  clusters: z.array(IdeaCluster).max(200),
});
export type IdeasWallDoc = z.infer<typeof IdeasWallDoc>;

const notePatch = z
  .object({
    text: IdeaNote.shape.text,
    color: IdeaNote.shape.color,
    authorRole: IdeaNote.shape.authorRole,
  })
  .partial();

const SINGLE_COMMANDS = [
  z.object({ type: z.literal('addNote'), note: IdeaNote }),
  /** Several notes at once (a pasted list): one undo step. */
  z.object({ type: z.literal('addNotes'), notes: z.array(IdeaNote).min(1).max(500) }),
  z.object({ type: z.literal('updateNote'), id: Id, patch: notePatch }),
  /** A drag ends in one command: the new place and, when dropped on a frame, its cluster. */
  z.object({ type: z.literal('moveNote'), id: Id, x: Coord, y: Coord, clusterId: Id.nullable() }),
  z.object({ type: z.literal('deleteNote'), id: Id }),
  z.object({ type: z.literal('addCluster'), cluster: IdeaCluster }),
  z.object({ type: z.literal('renameCluster'), id: Id, name: IdeaCluster.shape.name }),
  z.object({ type: z.literal('moveCluster'), id: Id, x: Coord, y: Coord }),
  z.object({
    type: z.literal('resizeCluster'),
    id: Id,
    width: IdeaCluster.shape.width,
    height: IdeaCluster.shape.height,
  }),
  /** Removes the frame; its notes stay on the wall, unclustered. */
  z.object({ type: z.literal('deleteCluster'), id: Id }),
] as const;

/** One edit that is not a batch. */
export const SingleIdeasWallCommand = z.discriminatedUnion('type', SINGLE_COMMANDS);
export type SingleIdeasWallCommand = z.infer<typeof SingleIdeasWallCommand>;

export const IdeasWallCommand = z.discriminatedUnion('type', [
  ...SINGLE_COMMANDS,
  /** Several edits as one undo step (the notes selected together: delete, move, a pasted copy). */
  batchCommand(SingleIdeasWallCommand, 5000),
]);
export type IdeasWallCommand = z.infer<typeof IdeasWallCommand>;

/** Sticky note size on the wall, in board units (1 unit = 1 px at 100 % zoom). */
export const NOTE_SIZE = { width: 200, height: 130 } as const;
