import { ApiFailure } from '../../../../shared/api/errors';
import { newId } from '../../../../shared/domain/ids';
import { INNOKYLA_SECTION_IDS } from '../../../../shared/innokyla/sections';
import { translator } from '../../../../shared/i18n/translate';
import { fileNameFor } from '../../files/names';
import { writeBytesAtomically } from '../../files/atomic';
import { draftOf, toimintamalliFindings } from '../../innokyla/draft-of';
import { toimintamalliBytes } from '../../innokyla/export';
import { readInnokylaTexts } from '../../innokyla/texts';
import { edit, must } from './common';
import { defineHandlers } from './types';

export const innokylaHandlers = defineHandlers({
  'innokyla.draft': async ({ workshopId, teamId, lang }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const data = ws.data();
    const draft = draftOf(
      data,
      teamId,
      readInnokylaTexts(ws.db).get(teamId) ?? {},
      lang ?? ctx.settings.get().language,
    );
    if (!draft) throw new ApiFailure('notFound', 'errors.notFound.team');
    return draft;
  },
  'innokyla.setText': ({ workshopId, teamId, section, text, coalesce }, ctx) =>
    edit(
      ctx,
      workshopId,
      'innokyla.history.edit',
      (tx) => {
        must(tx, 'teams', teamId);
        const row = tx.list('innokylaTexts', { col: 'team_id', value: teamId }).find((r) => r.section === section);
        if (row) {
          if (row.text !== text) tx.put('innokylaTexts', { ...row, text });
        } else if (text !== '') {
          tx.put('innokylaTexts', {
            id: newId(),
            teamId,
            ordinal: INNOKYLA_SECTION_IDS.indexOf(section),
            section,
            text,
          });
        }
        return {};
      },
      undefined,
      coalesce,
    ),
  'innokyla.exportDocx': async ({ workshopId, teamId, maskPersonalData }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const data = ws.data();
    const team = data.teams.find((t) => t.id === teamId);
    if (!team) throw new ApiFailure('notFound', 'errors.notFound.team');
    const texts = readInnokylaTexts(ws.db).get(teamId) ?? {};
    const found = toimintamalliFindings(data, teamId, texts).length;
    if (found > 0 && !maskPersonalData)
      throw new ApiFailure('invalidInput', 'innokyla.errors.personalData', { count: found });
    const lang = ctx.settings.get().language;
    const bytes = await toimintamalliBytes(data, teamId, texts, lang, found > 0);
    if (!bytes) throw new ApiFailure('notFound', 'errors.notFound.team');
    const t = translator(lang);
    const out = ctx.exports.reserve(fileNameFor(t('innokyla.fileName', { team: team.name }), '.docx'));
    await writeBytesAtomically(out.path, bytes);
    return out.done();
  },
});
