import { AUDIENCE_PATH } from '../../../../shared/presentation/audience';
import { defineHandlers } from './types';

export const presentationHandlers = defineHandlers({
  'presentation.get': (_input, ctx) => ctx.presentation.get(),
  'presentation.setCurrent': ({ workshopId, content }, ctx) => ctx.presentation.setCurrent(workshopId, content),
  'presentation.setMode': ({ mode }, ctx) => ctx.presentation.setMode(mode),
  'presentation.show': ({ workshopId, content }, ctx) => ctx.presentation.show(workshopId, content),
  'presentation.setSection': ({ index }, ctx) => ctx.presentation.setSection(index),
  'presentation.setSectionCount': ({ content, count }, ctx) => ctx.presentation.setSectionCount(content, count),
  'presentation.openAudience': async (_input, ctx) => {
    const open = ctx.options.platform.openAudience;
    if (!open) return { kind: 'url' as const, url: AUDIENCE_PATH };
    await open();
    return { kind: 'opened' as const };
  },
});
