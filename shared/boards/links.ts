import { z } from 'zod';
import { Id } from '../domain/ids';

/**
 * A reference to an item on another board (a problem marker that seeded a fishbone, the cause a 5-whys chain
 * started from, the vote option a change idea came from). Kept as data, so links survive export and import; a
 * dangling link is shown as "source removed", never an error.
 */
export const ItemRef = z.object({
  boardId: Id,
  /** Absent when the link is to the board as a whole. */
  itemId: Id.optional(),
  kind: z.string().min(1).max(40),
});
export type ItemRef = z.infer<typeof ItemRef>;

/** What a board item is, for other boards that gather items (dot-voting options, the change-idea list, storyboard). */
export const ITEM_TAGS = [
  'note',
  'problem',
  'cause',
  'root-cause',
  'why',
  'change-idea',
  'countermeasure',
  'parked',
  'step',
  'option',
] as const;
export type ItemTag = (typeof ITEM_TAGS)[number];

/** One item a board offers to the rest of the app. */
export interface BoardItem {
  itemId: string;
  text: string;
  tag: ItemTag;
  /** A grouping label in the source (cluster, bone, lane), for display. */
  group?: string;
}
