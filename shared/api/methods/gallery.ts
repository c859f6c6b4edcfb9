import { z } from 'zod';
import { Id } from '../../domain/ids';
import { m } from '../method';
import { GalleryNote, GalleryNoteKind, DAY_TEXT_MAX } from '../../domain/day-records';
import { GALLERY_ACTIONS, GALLERY_LIMITS, GalleryStop } from '../../presentation/gallery';
import { PresentationState } from '../../presentation/model';

export const galleryMethods = {
  /** Starts the gallery walk at its first team and puts it on the projector (held there until the walk stops). */
  'gallery.start': m(
    z.object({ workshopId: Id, stops: z.array(GalleryStop).min(1).max(GALLERY_LIMITS.maxTeams) }),
    PresentationState,
  ),
  /** Pause, resume, toggle, next team, previous team. */
  'gallery.control': m(z.object({ action: z.enum(GALLERY_ACTIONS) }), PresentationState),
  /** Ends the walk; a projector held on it follows the coach again. */
  'gallery.stop': m(z.object({}), PresentationState),
  /** The visitors' notes of the workshop, or of one team. */
  'gallery.notes': m(z.object({ workshopId: Id, teamId: Id.optional() }), z.array(GalleryNote)),
  /** Adds a visitor's note for a team (undoable). */
  'gallery.addNote': m(
    z.object({
      workshopId: Id,
      teamId: Id,
      kind: GalleryNoteKind,
      text: z.string().trim().min(1).max(DAY_TEXT_MAX),
      fromTeamId: z.union([z.literal(''), Id]).default(''),
    }),
    z.object({ id: Id }),
  ),
  'gallery.deleteNote': m(z.object({ workshopId: Id, id: Id }), z.object({})),
};
