import { ApiFailure } from '../../../../shared/api/errors';
import { newId } from '../../../../shared/domain/ids';
import type { GalleryNote } from '../../../../shared/domain/day-records';
import { controlGallery, startGallery, type GalleryStop } from '../../../../shared/presentation/gallery';
import { listGalleryNotes } from '../../workshop/day-records';
import { edit, must, nextOrdinal } from './common';
import { defineHandlers } from './types';

export const galleryHandlers = defineHandlers({
  'gallery.start': async ({ workshopId, stops }, ctx) => {
    const state = (await ctx.library.get(workshopId)).state();
    const seen = new Set<string>();
    const checked: GalleryStop[] = [];
    for (const stop of stops) {
      if (seen.has(stop.teamId)) continue;
      seen.add(stop.teamId);
      const team = state.teams.find((t) => t.id === stop.teamId);
      if (!team) throw new ApiFailure('notFound', 'errors.notFound.team');
      // A board deleted (or moved) since the coach chose it is left out rather than shown broken.
      const own = new Set(state.boards.filter((b) => b.teamId === team.id).map((b) => b.id));
      checked.push({ ...stop, boardIds: [...new Set(stop.boardIds)].filter((id) => own.has(id)) });
    }
    const run = startGallery(workshopId, checked, Date.now());
    return ctx.presentation.update((s) => ({
      ...s,
      workshopId,
      gallery: run,
      mode: 'freeze',
      shown: { kind: 'gallery' },
    }));
  },
  'gallery.control': ({ action }, ctx) => {
    const run = ctx.presentation.get().gallery;
    if (!run) throw new ApiFailure('conflict', 'gallery.errors.notRunning');
    return ctx.presentation.update((s) => ({ ...s, gallery: controlGallery(run, action, Date.now()) }));
  },
  'gallery.stop': (_input, ctx) =>
    ctx.presentation.update((s) => {
      // A projector held on the walk goes back to following the coach.
      const held = s.mode === 'freeze' && s.shown.kind === 'gallery';
      return { ...s, gallery: null, ...(held ? { mode: 'follow' as const, shown: s.current } : {}) };
    }),
  'gallery.notes': async ({ workshopId, teamId }, ctx) =>
    listGalleryNotes((await ctx.library.get(workshopId)).db, teamId),
  'gallery.addNote': ({ workshopId, teamId, kind, text, fromTeamId }, ctx) =>
    edit(ctx, workshopId, 'gallery.history.addNote', (tx) => {
      must(tx, 'teams', teamId);
      if (fromTeamId) must(tx, 'teams', fromTeamId);
      const note: GalleryNote = {
        id: newId(),
        teamId,
        ordinal: nextOrdinal(tx.list('galleryNotes', { col: 'team_id', value: teamId })),
        kind,
        text,
        fromTeamId,
        createdAt: new Date().toISOString(),
      };
      tx.put('galleryNotes', note);
      return { id: note.id };
    }),
  'gallery.deleteNote': ({ workshopId, id }, ctx) =>
    edit(ctx, workshopId, 'gallery.history.deleteNote', (tx) => {
      must(tx, 'galleryNotes', id);
      tx.del('galleryNotes', id);
      return {};
    }),
});
