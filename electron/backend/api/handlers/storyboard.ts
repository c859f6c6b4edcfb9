import { ApiFailure } from '../../../../shared/api/errors';
import { findPersonalData } from '../../../../shared/analysis/personal-data';
import type { WorkshopData } from '../../../../shared/domain/workshop-data';
import { storyboardPrintHash } from '../../../../shared/storyboard/print';
import { translator } from '../../../../shared/i18n/translate';
import { fileNameFor } from '../../files/names';
import { writeBytesAtomically } from '../../files/atomic';
import { defineHandlers } from './types';

/** A PDF starts with `%PDF-`; anything else from a printer is a failure, never a file handed to the user. */
function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

/**
 * How many personal-data findings the storyboard of a team could show: the team, its members and its boards (the
 * page reads nothing else; the round, the days and other teams never reach it).
 */
function storyboardFindings(data: WorkshopData, teamId: string): number {
  return findPersonalData({
    ...data,
    title: '',
    round: { ...data.round, name: '', notes: '' },
    days: [],
    teams: data.teams.filter((t) => t.id === teamId),
    members: data.members.filter((m) => m.teamId === teamId),
    boards: data.boards.filter((b) => b.teamId === teamId),
    galleryNotes: [],
    dayFeedback: [],
    agendaLog: [],
  }).length;
}

export const storyboardHandlers = defineHandlers({
  'storyboard.exportPdf': async ({ workshopId, teamId, pageSize, maskPersonalData }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const data = ws.data();
    const team = data.teams.find((t) => t.id === teamId);
    if (!team) throw new ApiFailure('notFound', 'errors.notFound.team');
    const found = storyboardFindings(data, teamId);
    if (found > 0 && !maskPersonalData)
      throw new ApiFailure('invalidInput', 'storyboard.errors.personalData', { count: found });
    const print = ctx.options.platform.printToPdf;
    if (!print)
      throw new ApiFailure(
        'io',
        'storyboard.errors.pdfUnavailable',
        undefined,
        `no PDF printer in the ${ctx.options.shell} shell`,
      );
    const lang = ctx.settings.get().language;
    let bytes: Uint8Array;
    try {
      const route = storyboardPrintHash({
        workshopId,
        teamId,
        pageSize,
        lang,
        ...(maskPersonalData ? { masked: true as const } : {}),
      });
      bytes = await print({ route, pageSize, landscape: true });
    } catch (e) {
      if (e instanceof ApiFailure) throw e;
      throw new ApiFailure('io', 'storyboard.errors.pdfFailed', undefined, e instanceof Error ? e.message : String(e));
    }
    if (!isPdf(bytes))
      throw new ApiFailure('io', 'storyboard.errors.pdfFailed', undefined, 'the printer did not return a PDF');
    const t = translator(lang);
    const out = ctx.exports.reserve(fileNameFor(t('storyboard.fileName', { team: team.name, size: pageSize }), '.pdf'));
    await writeBytesAtomically(out.path, Buffer.from(bytes));
    return out.done();
  },
});
