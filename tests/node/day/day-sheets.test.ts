import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { startTestBackend, type TestBackend } from '../../helpers/backend';
import { readWorkbook } from '../export/helpers';
import { ApiCallError } from '../../../shared/api/client';
import type { FeedbackAnswers } from '../../../shared/domain/day-records';

let t: TestBackend;
beforeEach(() => {
  t = startTestBackend();
});
afterEach(() => t.dispose());

const answers = (a: Partial<FeedbackAnswers>): FeedbackAnswers => ({
  arrangements: null,
  learning: null,
  collaboration: null,
  overall: null,
  comment: '',
  ...a,
});

function exportedPath(file: { token: string; fileName: string }): string {
  return join(t.dataDir, 'exports', file.token, file.fileName);
}

function rows(ws: import('exceljs').Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

async function setup() {
  const { id: workshopId } = await t.client.call('library.create', { title: 'Työpaja 2' });
  const { id: a } = await t.client.call('teams.create', {
    workshopId,
    team: { name: 'Nuorten polku', county: 'pirkanmaa' },
  });
  const { id: b } = await t.client.call('teams.create', { workshopId, team: { name: 'Kotiutuminen' } });
  const { id: dayId } = await t.client.call('days.create', {
    workshopId,
    day: { title: 'Työpaja 2', date: '2026-03-03' },
  });
  await t.client.call('gallery.addNote', {
    workshopId,
    teamId: a,
    kind: 'steal',
    text: 'Aamun soittoaika',
    fromTeamId: b,
  });
  await t.client.call('gallery.addNote', { workshopId, teamId: a, kind: 'question', text: 'Miten mittaatte?' });
  await t.client.call('gallery.addNote', { workshopId, teamId: b, kind: 'steal', text: 'Tarkistuslista' });
  // Given in this order; the sheet must not keep it.
  await t.client.call('feedback.submit', {
    workshopId,
    dayId,
    answers: answers({ arrangements: 5, learning: 4, collaboration: 2, overall: 4, comment: 'Zeta' }),
  });
  await t.client.call('feedback.submit', {
    workshopId,
    dayId,
    answers: answers({ arrangements: 3, collaboration: 5, overall: 4, comment: 'Alfa' }),
  });
  await t.client.call('feedback.submit', {
    workshopId,
    dayId,
    answers: answers({ arrangements: 4, learning: 5, collaboration: 2, overall: 4 }),
  });
  return { workshopId, a, b };
}

describe('gallery notes and day feedback in Excel', () => {
  it('round workbook: Gallerian palaute, Palaute in content order with the day only, and the summary per question', async () => {
    const { workshopId } = await setup();
    const file = await t.client.call('excel.exportWorkbook', {
      workshopId,
      teamId: null,
      lang: 'fi',
      maskPersonalData: false,
      jobId: 'x',
    });
    const wb = await readWorkbook(exportedPath(file));
    expect(rows(wb.getWorksheet('Gallerian palaute')!)).toEqual([
      ['Tiimi', 'Hyvinvointialue', 'Laji', 'Palaute', 'Kirjoittanut tiimi'],
      ['Nuorten polku', 'Pirkanmaan hyvinvointialue', 'Mitä voisimme varastaa', 'Aamun soittoaika', 'Kotiutuminen'],
      ['Nuorten polku', 'Pirkanmaan hyvinvointialue', 'Kysymys', 'Miten mittaatte?'],
      ['Kotiutuminen', undefined, 'Mitä voisimme varastaa', 'Tarkistuslista'],
    ]);
    const answersSheet = rows(wb.getWorksheet('Palaute')!);
    expect(answersSheet[0]).toEqual([
      'Päivä',
      'Päivämäärä',
      'Järjestelyt',
      'Oppiminen',
      'Tiimin yhteistyö',
      'Kokonaisarvio',
      'Vapaa palaute',
    ]);
    // Sorted by scores: 3-·-5-4, 4-5-2-4, 5-4-2-4 (not 5, 3, 4 as given); the date is the day's, no time.
    expect(answersSheet.slice(1).map((r) => [r[2], r[6]])).toEqual([
      [3, 'Alfa'],
      [4, undefined],
      [5, 'Zeta'],
    ]);
    expect(answersSheet.slice(1).every((r) => r[1] instanceof Date)).toBe(true);
    const summary = rows(wb.getWorksheet('Palautteen yhteenveto')!);
    expect(summary.slice(1).map((r) => [r[2], r[3], r[4], r[5], ...r.slice(6)])).toEqual([
      ['Järjestelyt', 3, 3, 4, 0, 0, 1, 1, 1],
      ['Oppiminen', 3, 2, 4.5, 0, 0, 0, 1, 1],
      ['Tiimin yhteistyö', 3, 3, 3, 0, 2, 0, 0, 1],
      ['Kokonaisarvio', 3, 3, 4, 0, 0, 0, 3, 0],
    ]);
  });

  it("a team's workbook carries only its own notes and no day feedback; headers follow the chosen language", async () => {
    const { workshopId, b } = await setup();
    const file = await t.client.call('excel.exportWorkbook', {
      workshopId,
      teamId: b,
      lang: 'en',
      maskPersonalData: false,
      jobId: 'y',
    });
    const wb = await readWorkbook(exportedPath(file));
    expect(rows(wb.getWorksheet('Gallerian palaute')!)).toEqual([
      ['Team', 'Wellbeing services county', 'Kind', 'Feedback', 'Written by team'],
      ['Kotiutuminen', undefined, 'Mitä voisimme varastaa', 'Tarkistuslista'],
    ]);
    expect(wb.getWorksheet('Palaute')).toBeUndefined();
  });

  it('personal data in a note or a comment stops the export unless masked', async () => {
    const { workshopId, a } = await setup();
    await t.client.call('gallery.addNote', { workshopId, teamId: a, kind: 'question', text: 'Soita: aino@example.fi' });
    expect((await t.client.call('excel.checkPersonalData', { workshopId, teamId: null })).total).toBe(1);
    const refused = await t.client
      .call('excel.exportWorkbook', { workshopId, teamId: null, lang: 'fi', maskPersonalData: false, jobId: 'a' })
      .catch((e: unknown) => e);
    expect((refused as ApiCallError).error.key).toBe('excel.errors.personalData');
    expect(readdirSync(join(t.dataDir, 'exports')).flatMap((d) => readdirSync(join(t.dataDir, 'exports', d)))).toEqual(
      [],
    );
    const file = await t.client.call('excel.exportWorkbook', {
      workshopId,
      teamId: null,
      lang: 'fi',
      maskPersonalData: true,
      jobId: 'b',
    });
    const notes = rows((await readWorkbook(exportedPath(file))).getWorksheet('Gallerian palaute')!);
    expect(notes.map((r) => r[3])).toContain('Soita: ****@*******.**');
  });
});
