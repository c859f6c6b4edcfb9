import { changed } from './common';
import { defineHandlers } from './types';

export const historyHandlers = defineHandlers({
  'history.undo': async ({ workshopId }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const h = ws.undo();
    changed(ctx, ws);
    return h;
  },
  'history.redo': async ({ workshopId }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const h = ws.redo();
    changed(ctx, ws);
    return h;
  },
});
