import { ApiFailure } from '../../../../shared/api/errors';
import { storyboardPrintHash } from '../../../../shared/storyboard/print';
import { translator } from '../../../../shared/i18n/translate';
import { fileNameFor } from '../../files/names';
import { writeBytesAtomically } from '../../files/atomic';
import { defineHandlers } from './types';

/** A PDF starts with `%PDF-`; anything else from a printer is a failure, never a file handed to the user. */
function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

export const storyboardHandlers = defineHandlers({
  'storyboard.exportPdf': async ({ workshopId, teamId, pageSize }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const team = ws.data().teams.find((t) => t.id === teamId);
    if (!team) throw new ApiFailure('notFound', 'errors.notFound.team');
    const print = ctx.options.platform.printToPdf;
    if (!print) throw new ApiFailure('io', 'storyboard.errors.pdfUnavailable', undefined, `no PDF printer in the ${ctx.options.shell} shell`);
    const lang = ctx.settings.get().language;
    let bytes: Uint8Array;
    try {
      bytes = await print({ route: storyboardPrintHash({ workshopId, teamId, pageSize, lang }), pageSize, landscape: true });
    } catch (e) {
      if (e instanceof ApiFailure) throw e;
      throw new ApiFailure('io', 'storyboard.errors.pdfFailed', undefined, e instanceof Error ? e.message : String(e));
    }
    if (!isPdf(bytes)) throw new ApiFailure('io', 'storyboard.errors.pdfFailed', undefined, 'the printer did not return a PDF');
    const t = translator(lang);
    const out = ctx.exports.reserve(fileNameFor(t('storyboard.fileName', { team: team.name, size: pageSize }), '.pdf'));
    await writeBytesAtomically(out.path, Buffer.from(bytes));
    return out.done();
  },
});
