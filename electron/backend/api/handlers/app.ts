import { LATEST_VERSION } from '../../db/migrations';
import { defineHandlers } from './types';

export const appHandlers = defineHandlers({
  'app.info': (_i, ctx) => ({
    version: ctx.options.appVersion ?? '0.0.0',
    schemaVersion: LATEST_VERSION,
    dataDir: ctx.options.dataDir,
    shell: ctx.options.shell,
  }),
  'app.flushed': ({ requestId }, ctx) => {
    ctx.emit({ type: 'flush.done', requestId });
    return {};
  },
  'settings.get': (_i, ctx) => ctx.settings.get(),
  'settings.set': async (patch, ctx) => {
    const s = await ctx.settings.set(patch);
    ctx.emit({ type: 'settings.changed' });
    return s;
  },
});
