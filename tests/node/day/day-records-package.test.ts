import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestBackend, type TestBackend } from '../../helpers/backend';
import { parsePackage, serializePackage, toPackage } from '../../../shared/package';
import { PACKAGE_VERSION } from '../../../shared/package/format';
import { createDemoWorkshop } from '../../../shared/demo';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { FeedbackAnswers } from '../../../shared/domain/day-records';
import { readWorkshopData } from '../../../electron/backend/files/read-data';
import { writeWorkshopFile } from '../../../electron/backend/files/snapshot';
import { smallWorkshop } from '../package/fixture';

const stamp = { appVersion: '0.1.0', exportedAt: '2026-01-01T00:00:00.000Z' };
const answers = (a: Partial<FeedbackAnswers>): FeedbackAnswers => ({
  arrangements: null,
  learning: null,
  collaboration: null,
  overall: null,
  comment: '',
  ...a,
});

let t: TestBackend;
beforeEach(() => {
  t = startTestBackend();
});
afterEach(() => t.dispose());

const upload = (path: string) => ({
  fileName: path.split('/').at(-1)!,
  dataBase64: readFileSync(path).toString('base64'),
});

async function savedPackage(workshopId: string): Promise<string> {
  const f = await t.client.call('workshop.exportPackage', { workshopId });
  const saved = await t.client.call('files.save', { token: f.token });
  if (saved.kind !== 'saved') throw new Error('not saved');
  return saved.path;
}

/** A workshop whose day was run in the app: notes through the gallery, answers through the feedback form, a logged agenda. */
async function dayRun() {
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
  await t.client.call('days.update', {
    workshopId,
    id: dayId,
    patch: {
      agenda: [
        { id: 'item-1', start: '09:00', durationMin: 20, title: 'Avaus' },
        { id: 'item-2', start: '09:20', durationMin: 40, title: 'Tiimityö' },
      ],
    },
  });
  await t.client.call('gallery.addNote', {
    workshopId,
    teamId: a,
    kind: 'steal',
    text: 'Aamun soittoaika',
    fromTeamId: b,
  });
  await t.client.call('gallery.addNote', { workshopId, teamId: b, kind: 'question', text: 'Miten mittaatte?' });
  await t.client.call('feedback.submit', {
    workshopId,
    dayId,
    answers: answers({ arrangements: 5, overall: 4, comment: 'Zeta' }),
  });
  await t.client.call('feedback.submit', {
    workshopId,
    dayId,
    answers: answers({ arrangements: 2, learning: 3, comment: 'Alfa' }),
  });
  await t.client.call('feedback.submit', { workshopId, dayId, answers: answers({ collaboration: 4 }) });
  return { workshopId, a, b, dayId };
}

describe('day records in the JSON package', () => {
  it('export → import as a new workshop keeps every note, answer and logged time; feedback is in content order', async () => {
    const { workshopId, dayId } = await dayRun();
    // The agenda run through the app: the first item done, the second skipped.
    await t.client.call('agenda.start', { workshopId, dayId });
    await t.client.call('agenda.next', {});
    await t.client.call('agenda.skip', {});
    const log = await t.client.call('agenda.log', { workshopId });
    expect(log.map((e) => [e.title, e.skipped])).toEqual([
      ['Avaus', false],
      ['Tiimityö', true],
    ]);
    const path = await savedPackage(workshopId);
    const text = readFileSync(path, 'utf8');
    const pkg = JSON.parse(text) as { packageVersion: number; workshop: WorkshopData };
    expect(pkg.packageVersion).toBe(2);
    // Only the day, no time of day, and the answers in the order of their content (2.., ·.., 5..), not as given.
    expect(pkg.workshop.dayFeedback!.map((x) => x.comment)).toEqual(['', 'Alfa', 'Zeta']);
    expect(pkg.workshop.dayFeedback!.every((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.givenOn))).toBe(true);
    expect(Object.keys(pkg.workshop.dayFeedback![0]!).sort()).toEqual([
      'arrangements',
      'collaboration',
      'comment',
      'dayId',
      'givenOn',
      'id',
      'learning',
      'overall',
    ]);

    const imported = await t.client.call('library.importFile', upload(path));
    const notes = await t.client.call('gallery.notes', { workshopId: imported.id });
    expect(notes).toEqual(await t.client.call('gallery.notes', { workshopId }));
    expect(notes).toHaveLength(2);
    expect(await t.client.call('feedback.counts', { workshopId: imported.id })).toEqual({ [dayId]: 3 });
    expect(await t.client.call('feedback.summary', { workshopId: imported.id, dayId })).toEqual(
      await t.client.call('feedback.summary', { workshopId, dayId }),
    );
    expect(await t.client.call('agenda.log', { workshopId: imported.id })).toEqual(log);
    // Exporting the copy gives the same package.
    const again = readFileSync(await savedPackage(imported.id), 'utf8');
    const strip = (s: string) => s.replace(/"exportedAt": "[^"]*"/, '');
    expect(strip(again)).toBe(strip(text));
  });

  it('a workshop file written from data and read back (the CLI path) keeps the demo day whole', async () => {
    const demo = createDemoWorkshop({ lang: 'fi' });
    const file = join(t.dataDir, 'demo.lapimurto');
    await writeWorkshopFile(demo, file, { id: 'demo-file' });
    const back = await readWorkshopData({ path: file });
    expect(back.galleryNotes).toEqual(demo.galleryNotes);
    expect(back.dayFeedback).toEqual(demo.dayFeedback);
    expect(back.agendaLog).toEqual(demo.agendaLog);
    // And through a package.
    const viaPackage = parsePackage(serializePackage(toPackage(back, stamp)));
    expect(viaPackage.ok && viaPackage.data).toEqual(back);
  });

  it('an older package (version 1, no day records) still imports; one from a newer app is refused with the clear message', async () => {
    const v1 = join(t.dataDir, 'vanha.json');
    writeFileSync(v1, serializePackage(toPackage(smallWorkshop(), stamp)));
    expect(JSON.parse(readFileSync(v1, 'utf8')).packageVersion).toBe(1);
    const imported = await t.client.call('library.importFile', upload(v1));
    expect(await t.client.call('gallery.notes', { workshopId: imported.id })).toEqual([]);
    const newer = join(t.dataDir, 'uusi.json');
    writeFileSync(
      newer,
      readFileSync(v1, 'utf8').replace('"packageVersion": 1', `"packageVersion": ${PACKAGE_VERSION + 1}`),
    );
    const r = await t.backend.dispatch('library.importFile', upload(newer));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect([r.error.key, r.error.params]).toEqual([
        'errors.package.newerVersion',
        { version: PACKAGE_VERSION + 1, supported: PACKAGE_VERSION },
      ]);
  });

  it.each([
    [
      'a note for a team that is not in the package',
      (w: WorkshopData) => void (w.galleryNotes![0]!.teamId = 'team-gone'),
      /galleryNotes\[0\]\.teamId: no team/,
    ],
    [
      'two answers with one id',
      (w: WorkshopData) => void (w.dayFeedback![1]!.id = w.dayFeedback![0]!.id),
      /dayFeedback\[1\]\.id: duplicate id/,
    ],
    ['a score of 6', (w: WorkshopData) => void (w.dayFeedback![0]!.overall = 6), /dayFeedback\[0\]\.overall/],
    [
      'an answer that tells its time of day',
      (w: WorkshopData) => void (w.dayFeedback![0]!.givenOn = '2025-09-16T14:05'),
      /dayFeedback\[0\]\.givenOn/,
    ],
    ['an empty note', (w: WorkshopData) => void (w.galleryNotes![0]!.text = '   '), /galleryNotes\[0\]\.text/],
    [
      'two logged items with one id',
      (w: WorkshopData) => void (w.agendaLog![2]!.id = w.agendaLog![0]!.id),
      /agendaLog\[2\]\.id: duplicate id/,
    ],
  ])('refuses %s, naming the place', (_label, breakIt, detail) => {
    const w = structuredClone(createDemoWorkshop({ lang: 'fi' }));
    breakIt(w);
    const r = parsePackage(JSON.stringify({ ...toPackage(createDemoWorkshop({ lang: 'fi' }), stamp), workshop: w }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.key).toBe('errors.package.invalid');
      expect(String(r.params.detail)).toMatch(detail);
    }
  });

  it('keeps answers and times of a day deleted since, and a note whose writing team is gone (the file keeps them too)', () => {
    const w = structuredClone(createDemoWorkshop({ lang: 'fi' }));
    w.days = w.days.slice(1);
    w.galleryNotes![0]!.fromTeamId = 'team-gone';
    const r = parsePackage(serializePackage(toPackage(w, stamp)));
    expect(r.ok && r.data).toEqual(w);
  });
});

describe('merging a package into another workshop', () => {
  it('gallery notes go with their team (new ids, one undo step); feedback and times join only the same day, never doubled', async () => {
    const { workshopId, dayId } = await dayRun();
    const path = await savedPackage(workshopId);

    // Another workshop: its own day, no teams. Only the teams' notes come along.
    const { id: other } = await t.client.call('library.create', { title: 'Vastaanottaja' });
    await t.client.call('days.create', { workshopId: other, day: { title: 'Oma päivä', date: '2026-03-03' } });
    expect((await t.client.call('workshop.mergeFile', { workshopId: other, file: upload(path) })).teamsAdded).toBe(2);
    const merged = await t.client.call('workshop.get', { workshopId: other });
    const notes = await t.client.call('gallery.notes', { workshopId: other });
    expect(notes.map((n) => [merged.teams.find((x) => x.id === n.teamId)?.name, n.text]).sort()).toEqual([
      ['Kotiutuminen', 'Miten mittaatte?'],
      ['Nuorten polku', 'Aamun soittoaika'],
    ]);
    // The writing team is the merged copy of the team that wrote it.
    const steal = notes.find((n) => n.text === 'Aamun soittoaika')!;
    expect(merged.teams.find((x) => x.id === steal.fromTeamId)?.name).toBe('Kotiutuminen');
    const source = await t.client.call('gallery.notes', { workshopId });
    expect(notes.some((n) => source.some((s) => s.id === n.id))).toBe(false);
    // The file's day is not this workshop's day: its answers stay with it.
    expect(await t.client.call('feedback.counts', { workshopId: other })).toEqual({});
    await t.client.call('history.undo', { workshopId: other });
    expect(await t.client.call('gallery.notes', { workshopId: other })).toEqual([]);

    // A copy of the same workshop (the co-coach's laptop, same day ids) with answers of its own: they are added
    // to that day; merging the same file again adds no answer twice.
    const copy = await t.client.call('library.importFile', upload(path));
    await t.client.call('feedback.submit', {
      workshopId: copy.id,
      dayId,
      answers: answers({ overall: 5, comment: 'Toisen koneen vastaus' }),
    });
    const copyPath = await savedPackage(copy.id);
    await t.client.call('workshop.mergeFile', { workshopId, file: upload(copyPath) });
    expect(await t.client.call('feedback.counts', { workshopId })).toEqual({ [dayId]: 4 });
    await t.client.call('workshop.mergeFile', { workshopId, file: upload(copyPath) });
    const summary = await t.client.call('feedback.summary', { workshopId, dayId });
    expect(summary.respondents).toBe(4);
    expect(summary.comments).toEqual(['Alfa', 'Toisen koneen vastaus', 'Zeta']);
  });
});
