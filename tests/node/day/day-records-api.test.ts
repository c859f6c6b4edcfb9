import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { sqlite } from '../../../electron/backend/db/sqlite';
import { apiError, startTestBackend, type TestBackend } from '../../helpers/backend';
import { summarizeFeedback, contentOrder } from '../../../shared/analysis/day-feedback';
import { galleryAt } from '../../../shared/presentation/gallery';
import type { FeedbackAnswers } from '../../../shared/domain/day-records';

let t: TestBackend;
beforeEach(() => {
  t = startTestBackend();
});
afterEach(() => t.dispose());

async function setup() {
  const { id: workshopId } = await t.client.call('library.create', { title: 'Työpaja 2' });
  const team = async (name: string) => (await t.client.call('teams.create', { workshopId, team: { name } })).id;
  const a = await team('Nuorten polku');
  const b = await team('Kotiutuminen');
  const c = await team('Ikäihmisten arki');
  const { id: map } = await t.client.call('boards.create', {
    workshopId,
    teamId: a,
    kind: 'process-map',
    name: 'Nykytila',
  });
  const { id: dayId } = await t.client.call('days.create', {
    workshopId,
    day: { title: 'Työpaja 2', date: '2026-03-03' },
  });
  return { workshopId, a, b, c, map, dayId };
}

const answers = (a: Partial<FeedbackAnswers>): FeedbackAnswers => ({
  arrangements: null,
  learning: null,
  collaboration: null,
  overall: null,
  comment: '',
  ...a,
});

describe('gallery notes', () => {
  it('are kept per team across a restart, undo and redo', async () => {
    const { workshopId, a, b } = await setup();
    await t.client.call('gallery.addNote', {
      workshopId,
      teamId: a,
      kind: 'steal',
      text: '  Soittoaika joka aamu  ',
      fromTeamId: b,
    });
    await t.client.call('gallery.addNote', { workshopId, teamId: a, kind: 'question', text: 'Miten mittaatte T3:n?' });
    await t.client.call('gallery.addNote', { workshopId, teamId: b, kind: 'steal', text: 'Nimetty yhteyshenkilö' });
    t = t.restart();
    const notes = await t.client.call('gallery.notes', { workshopId, teamId: a });
    expect(notes.map((n) => [n.kind, n.text, n.fromTeamId === b])).toEqual([
      ['steal', 'Soittoaika joka aamu', true],
      ['question', 'Miten mittaatte T3:n?', false],
    ]);
    expect(await t.client.call('gallery.notes', { workshopId })).toHaveLength(3);

    const h = await t.client.call('history.undo', { workshopId });
    expect(h.redoLabel).toBe('gallery.history.addNote');
    expect((await t.client.call('gallery.notes', { workshopId, teamId: b })).length).toBe(0);
    await t.client.call('history.redo', { workshopId });
    expect((await t.client.call('gallery.notes', { workshopId, teamId: b })).map((n) => n.text)).toEqual([
      'Nimetty yhteyshenkilö',
    ]);

    const [first] = notes;
    await t.client.call('gallery.deleteNote', { workshopId, id: first!.id });
    expect((await t.client.call('gallery.notes', { workshopId, teamId: a })).map((n) => n.text)).toEqual([
      'Miten mittaatte T3:n?',
    ]);
    await t.client.call('history.undo', { workshopId });
    expect((await t.client.call('gallery.notes', { workshopId, teamId: a })).map((n) => n.text)).toEqual([
      'Soittoaika joka aamu',
      'Miten mittaatte T3:n?',
    ]);
  });

  it('deleting a team takes its notes along, and undo brings them back', async () => {
    const { workshopId, a } = await setup();
    await t.client.call('gallery.addNote', { workshopId, teamId: a, kind: 'steal', text: 'Aamupalaveri' });
    await t.client.call('teams.delete', { workshopId, id: a });
    expect(await t.client.call('gallery.notes', { workshopId })).toEqual([]);
    await t.client.call('history.undo', { workshopId });
    expect((await t.client.call('gallery.notes', { workshopId, teamId: a })).map((n) => n.text)).toEqual([
      'Aamupalaveri',
    ]);
  });

  it('refuses a 5,000-character note, an empty note and an unknown team, storing nothing', async () => {
    const { workshopId, a } = await setup();
    const long = await apiError(
      t.client.call('gallery.addNote', { workshopId, teamId: a, kind: 'steal', text: 'x'.repeat(5000) }),
    );
    expect(long).toMatchObject({ code: 'invalidInput', params: { field: 'text' } });
    const blank = await apiError(
      t.client.call('gallery.addNote', { workshopId, teamId: a, kind: 'question', text: '   ' }),
    );
    expect(blank.code).toBe('invalidInput');
    const unknown = await apiError(
      t.client.call('gallery.addNote', { workshopId, teamId: 'no-such-team', kind: 'steal', text: 'Hyvä' }),
    );
    expect(unknown).toMatchObject({ code: 'notFound', key: 'errors.notFound.team' });
    expect(await t.client.call('gallery.notes', { workshopId })).toEqual([]);
  });
});

describe('gallery walk (backend state)', () => {
  it('starts on the projector, skips unknown boards, keeps a team without boards, and survives the audience window', async () => {
    const { workshopId, a, b, c, map } = await setup();
    const s = await t.client.call('gallery.start', {
      workshopId,
      stops: [
        { teamId: a, boardIds: [map, 'deleted-board'], minutes: 3 },
        { teamId: b, boardIds: [], minutes: 5 },
        { teamId: c, boardIds: [map], minutes: 8 },
      ],
    });
    expect(s.mode).toBe('freeze');
    expect(s.shown).toEqual({ kind: 'gallery' });
    // Another team's board is not shown as this team's.
    expect(s.gallery?.stops.map((x) => x.boardIds)).toEqual([[map], [], []]);
    expect(t.events.some((e) => e.type === 'presentation.changed' && e.state.gallery)).toBe(true);

    await t.client.call('gallery.control', { action: 'next' });
    await t.client.call('gallery.control', { action: 'pause' });
    // An audience window opened now (or again) reads the same state from the backend.
    const again = await t.client.call('presentation.get', {});
    const seen = galleryAt(again.gallery!, Date.now() + 60_000);
    expect(seen).toMatchObject({ position: 2, count: 3, paused: true });
    // Paused right after "next": (almost) the whole 5-minute turn is left, however long the room waits.
    expect(seen.remainingMs).toBeGreaterThan(5 * 60_000 - 5_000);

    const stopped = await t.client.call('gallery.stop', {});
    expect(stopped.gallery).toBeNull();
    expect(stopped.mode).toBe('follow');
    expect((await apiError(t.client.call('gallery.control', { action: 'next' }))).key).toBe(
      'gallery.errors.notRunning',
    );
  });

  it('refuses an unknown team and a rotation of 0 or 1,000 minutes', async () => {
    const { workshopId, a } = await setup();
    expect(
      (
        await apiError(
          t.client.call('gallery.start', { workshopId, stops: [{ teamId: 'nope', boardIds: [], minutes: 5 }] }),
        )
      ).key,
    ).toBe('errors.notFound.team');
    for (const minutes of [0, 1000]) {
      expect(
        (await apiError(t.client.call('gallery.start', { workshopId, stops: [{ teamId: a, boardIds: [], minutes }] })))
          .code,
      ).toBe('invalidInput');
    }
    expect((await t.client.call('presentation.get', {})).gallery ?? null).toBeNull();
  });
});

describe('day feedback', () => {
  it('summarises hand-worked answers: respondents, means, distributions, comments sorted', () => {
    // arrangements 4, 5, 3 → 4; learning 5, 4, (empty) → 4.5; collaboration 2, 2, 5 → 3; overall 4, 4, 4 → 4.
    const s = summarizeFeedback([
      answers({ arrangements: 4, learning: 5, collaboration: 2, overall: 4, comment: 'Öisin ei' }),
      answers({ arrangements: 5, learning: 4, collaboration: 2, overall: 4, comment: '  ' }),
      answers({ arrangements: 3, learning: null, collaboration: 5, overall: 4, comment: 'Aamu oli pitkä' }),
    ]);
    expect(s.respondents).toBe(3);
    expect(s.questions.map((q) => [q.question, q.n, q.mean])).toEqual([
      ['arrangements', 3, 4],
      ['learning', 2, 4.5],
      ['collaboration', 3, 3],
      ['overall', 3, 4],
    ]);
    expect(s.questions.find((q) => q.question === 'collaboration')?.distribution).toEqual([0, 2, 0, 0, 1]);
    expect(s.comments).toEqual(['Aamu oli pitkä', 'Öisin ei']);
    expect(summarizeFeedback([]).questions.every((q) => q.mean === null && q.n === 0)).toBe(true);
  });

  it('orders answers by content only', () => {
    const x = answers({ overall: 5, comment: 'b' });
    const y = answers({ arrangements: 1 });
    const z = answers({ overall: 5, comment: 'a' });
    expect(contentOrder([x, y, z])).toEqual(contentOrder([z, x, y]));
  });

  it('stores anonymous answers (date only, no order), refuses an empty form calmly, and keeps them across a restart', async () => {
    const { workshopId, dayId } = await setup();
    const empty = await apiError(
      t.client.call('feedback.submit', { workshopId, dayId, answers: answers({ comment: '   ' }) }),
    );
    expect(empty).toMatchObject({ code: 'invalidInput', key: 'feedback.errors.empty' });
    await t.client.call('feedback.submit', {
      workshopId,
      dayId,
      answers: answers({ arrangements: 4, learning: 5, collaboration: 2, overall: 4 }),
    });
    await t.client.call('feedback.submit', {
      workshopId,
      dayId,
      answers: answers({ arrangements: 5, learning: 4, collaboration: 2, overall: 4, comment: 'Kiitos' }),
    });
    await t.client.call('feedback.submit', { workshopId, dayId, answers: answers({ comment: 'Vain kommentti' }) });
    const before = await t.client.call('workshop.get', { workshopId });
    // Not an edit in the history: the next respondent cannot undo (and so see) the previous answer.
    expect(before.history.undoLabel).toBe('history.days.create');
    t = t.restart();
    const s = await t.client.call('feedback.summary', { workshopId, dayId });
    expect(s.respondents).toBe(3);
    expect(s.questions.map((q) => q.mean)).toEqual([4.5, 4.5, 2, 4]);
    expect(s.comments).toEqual(['Kiitos', 'Vain kommentti']);
    expect(await t.client.call('feedback.counts', { workshopId })).toEqual({ [dayId]: 3 });

    const db = sqlite(join(t.dataDir, 'workshops', `${workshopId}.sqlite`), { readonly: true });
    const ws = { db };
    const cols = (ws.db.prepare('PRAGMA table_info(day_feedback)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual([
      'id',
      'day_id',
      'arrangements',
      'learning',
      'collaboration',
      'overall',
      'comment',
      'given_on',
    ]);
    expect(() => ws.db.prepare('SELECT rowid FROM day_feedback').all()).toThrow();
    const dates = ws.db.prepare('SELECT DISTINCT given_on FROM day_feedback').all() as { given_on: string }[];
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.given_on))).toBe(true);
    db.close();
  });

  it('keeps a day’s answers when the day is deleted and brings them back with undo', async () => {
    const { workshopId, dayId } = await setup();
    await t.client.call('feedback.submit', { workshopId, dayId, answers: answers({ overall: 3 }) });
    await t.client.call('days.delete', { workshopId, id: dayId });
    await t.client.call('history.undo', { workshopId });
    expect((await t.client.call('feedback.summary', { workshopId, dayId })).respondents).toBe(1);
    expect(
      (
        await apiError(
          t.client.call('feedback.submit', { workshopId, dayId: 'gone', answers: answers({ overall: 3 }) }),
        )
      ).key,
    ).toBe('errors.notFound.day');
  });
});
