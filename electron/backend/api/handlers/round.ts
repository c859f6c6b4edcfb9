import { newId } from '../../../../shared/domain/ids';
import type { WorkshopDay } from '../../../../shared/domain/entities';
import { edit, must, nextOrdinal } from './common';
import { defineHandlers } from './types';

export const roundHandlers = defineHandlers({
  'round.update': async ({ workshopId, patch, coalesce }, ctx) => {
    await edit(
      ctx,
      workshopId,
      'history.round.update',
      (tx) => {
        const round = must(tx, 'round', 'round');
        tx.put('round', { ...round, ...patch, id: 'round' });
      },
      undefined,
      coalesce,
    );
    return (await ctx.library.get(workshopId)).state();
  },
  'days.create': ({ workshopId, day }, ctx) =>
    edit(ctx, workshopId, 'history.days.create', (tx) => {
      const d: WorkshopDay = {
        title: '',
        date: '',
        venue: '',
        agenda: [],
        ...day,
        id: newId(),
        ordinal: nextOrdinal(tx.list('days')),
      };
      tx.put('days', d);
      return { id: d.id };
    }),
  'days.update': ({ workshopId, id, patch, coalesce }, ctx) =>
    edit(
      ctx,
      workshopId,
      'history.days.update',
      (tx) => {
        tx.put('days', { ...must(tx, 'days', id), ...patch });
        return {};
      },
      undefined,
      coalesce,
    ),
  'days.setAgenda': ({ workshopId, id, agenda, coalesce }, ctx) =>
    edit(
      ctx,
      workshopId,
      'history.days.setAgenda',
      (tx) => {
        tx.put('days', { ...must(tx, 'days', id), agenda });
        return {};
      },
      undefined,
      coalesce,
    ),
  'days.delete': ({ workshopId, id }, ctx) =>
    edit(ctx, workshopId, 'history.days.delete', (tx) => {
      must(tx, 'days', id);
      tx.del('days', id);
      return {};
    }),
});
