import { ApiFailure } from '../../../../shared/api/errors';
import { LIMITS } from '../../../../shared/domain/limits';
import { createDemoWorkshop } from '../../../../shared/demo/demo-workshop';
import { defineHandlers } from './types';

/** Decodes an uploaded file, refusing what is over the import limit before it costs memory twice. */
export function decodeUpload(dataBase64: string): Buffer {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length > LIMITS.importBytes) throw new ApiFailure('tooLarge', 'errors.file.tooLarge');
  return bytes;
}

export const libraryHandlers = defineHandlers({
  'library.list': (_i, ctx) => ctx.library.list(),
  'library.create': async ({ title }, ctx) => {
    const s = await ctx.library.create(title);
    ctx.emit({ type: 'library.changed' });
    return s;
  },
  'library.createDemo': async (_i, ctx) => {
    const data = createDemoWorkshop({ lang: ctx.settings.get().language });
    const s = await ctx.library.create(data.title, data);
    ctx.emit({ type: 'library.changed' });
    return s;
  },
  'library.remove': ({ workshopId }, ctx) => {
    ctx.library.remove(workshopId);
    ctx.emit({ type: 'library.changed' });
    return {};
  },
  'library.importFile': async ({ fileName, dataBase64 }, ctx) => {
    const s = await ctx.library.importBytes(fileName, decodeUpload(dataBase64));
    ctx.emit({ type: 'library.changed' });
    return s;
  },
});
