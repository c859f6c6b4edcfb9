import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../helpers/backend';
import { newId } from '../../../shared/domain/ids';

let t: TestBackend;
beforeEach(() => {
  t = startTestBackend();
});
afterEach(() => t.dispose());

async function newWorkshop() {
  const s = await t.client.call('library.create', { title: 'Työpaja 1' });
  return s.id;
}

describe('workshop API', () => {
  it('creates a round, days, a team with members of every role, and keeps them across a restart', async () => {
    const workshopId = await newWorkshop();
    await t.client.call('round.update', {
      workshopId,
      patch: { name: 'Kierros 5', startDate: '2026-01-15', endDate: '2027-01-31' },
    });
    const { id: dayId } = await t.client.call('days.create', {
      workshopId,
      day: { title: 'Työpaja 1, päivä 1', date: '2026-02-03', venue: 'Tampere' },
    });
    await t.client.call('days.setAgenda', {
      workshopId,
      id: dayId,
      agenda: [{ id: newId(), start: '09:00', durationMin: 20, title: 'Avaus' }],
    });
    const { id: teamId } = await t.client.call('teams.create', {
      workshopId,
      team: { name: 'Nuorten polku', county: 'pirkanmaa', targetGroup: 'youth-mental-substance' },
    });
    for (const role of ['client-rep', 'professional', 'process-owner', 'supervisor', 'coach', 'coach'] as const) {
      await t.client.call('members.create', {
        workshopId,
        teamId,
        member: { name: `Henkilö ${role}`, role, profession: 'sairaanhoitaja' },
      });
    }
    t = t.restart();
    const s = await t.client.call('workshop.get', { workshopId });
    expect(s.round.name).toBe('Kierros 5');
    expect(s.days[0]?.agenda[0]?.title).toBe('Avaus');
    expect(s.teams.map((x) => x.name)).toEqual(['Nuorten polku']);
    expect(s.members.map((m) => m.role).sort()).toEqual([
      'client-rep',
      'coach',
      'coach',
      'process-owner',
      'professional',
      'supervisor',
    ]);
  });

  it('lists workshops recent first and emits change events', async () => {
    const a = await newWorkshop();
    await new Promise((r) => setTimeout(r, 5));
    const b = await t.client.call('library.create', { title: 'Toinen' });
    await t.client.call('workshop.get', { workshopId: a });
    const list = await t.client.call('library.list', {});
    expect(list.map((x) => x.id)).toEqual([a, b.id]);
    await t.client.call('teams.create', { workshopId: a, team: { name: 'T' } });
    expect(t.events.some((e) => e.type === 'workshop.changed' && e.workshopId === a)).toBe(true);
  });

  it('editing a team keeps its members and boards (no delete-and-reinsert cascading through foreign keys)', async () => {
    const workshopId = await newWorkshop();
    const { id: teamId } = await t.client.call('teams.create', { workshopId, team: { name: 'A' } });
    await t.client.call('members.create', { workshopId, teamId, member: { name: 'Aino', role: 'client-rep' } });
    await t.client.call('boards.create', { workshopId, teamId, kind: 'ideas-wall', name: 'Ideat' });
    await t.client.call('teams.update', { workshopId, id: teamId, patch: { name: 'B', process: 'Kotiutuminen' } });
    await t.client.call('history.undo', { workshopId });
    await t.client.call('history.redo', { workshopId });
    t = t.restart();
    const s = await t.client.call('workshop.get', { workshopId });
    expect(s.teams.map((x) => x.name)).toEqual(['B']);
    expect(s.members.map((m) => m.name)).toEqual(['Aino']);
    expect(s.boards.map((b) => b.name)).toEqual(['Ideat']);
  });

  it('undoes and redoes every kind of edit, also after a restart', async () => {
    const workshopId = await newWorkshop();
    const { id: teamId } = await t.client.call('teams.create', { workshopId, team: { name: 'A' } });
    await t.client.call('teams.update', { workshopId, id: teamId, patch: { name: 'B' } });
    const { id: boardId } = await t.client.call('boards.create', {
      workshopId,
      teamId,
      kind: 'ideas-wall',
      name: 'Ideat',
    });
    await t.client.call('boards.apply', {
      workshopId,
      id: boardId,
      command: {
        type: 'addNote',
        note: { id: 'n1', text: 'Yksi', color: 'yellow', authorRole: '', clusterId: null, x: 0, y: 0 },
      },
    });
    t = t.restart();
    let h = await t.client.call('history.undo', { workshopId });
    expect(h.canRedo).toBe(true);
    expect(
      ((await t.client.call('boards.get', { workshopId, id: boardId })).doc as { notes: unknown[] }).notes,
    ).toHaveLength(0);
    await t.client.call('history.undo', { workshopId }); // board creation
    await t.client.call('history.undo', { workshopId }); // rename
    expect((await t.client.call('workshop.get', { workshopId })).teams[0]?.name).toBe('A');
    h = await t.client.call('history.undo', { workshopId }); // team creation
    expect(h.canUndo).toBe(false);
    expect((await t.client.call('workshop.get', { workshopId })).teams).toHaveLength(0);
    for (let i = 0; i < 4; i++) await t.client.call('history.redo', { workshopId });
    const s = await t.client.call('workshop.get', { workshopId });
    expect(s.teams[0]?.name).toBe('B');
    expect(
      ((await t.client.call('boards.get', { workshopId, id: boardId })).doc as { notes: { text: string }[] }).notes[0]
        ?.text,
    ).toBe('Yksi');
  });

  it('restores a deleted team with its members and boards on undo', async () => {
    const workshopId = await newWorkshop();
    const { id: teamId } = await t.client.call('teams.create', { workshopId, team: { name: 'A' } });
    await t.client.call('members.create', { workshopId, teamId, member: { name: 'Maija', role: 'client-rep' } });
    const { id: boardId } = await t.client.call('boards.create', {
      workshopId,
      teamId,
      kind: 'ideas-wall',
      name: 'Ideat',
    });
    await t.client.call('boards.apply', {
      workshopId,
      id: boardId,
      command: {
        type: 'addNote',
        note: { id: 'n1', text: 'x', color: 'blue', authorRole: 'client-rep', clusterId: null, x: 5, y: 5 },
      },
    });
    await t.client.call('teams.delete', { workshopId, id: teamId });
    expect((await t.client.call('workshop.get', { workshopId })).members).toHaveLength(0);
    await t.client.call('history.undo', { workshopId });
    const s = await t.client.call('workshop.get', { workshopId });
    expect(s.members).toHaveLength(1);
    expect(s.boards).toHaveLength(1);
    expect(
      ((await t.client.call('boards.get', { workshopId, id: boardId })).doc as { notes: unknown[] }).notes,
    ).toHaveLength(1);
  });

  it('duplicates a board with its content and renames it', async () => {
    const workshopId = await newWorkshop();
    const { id: teamId } = await t.client.call('teams.create', { workshopId, team: { name: 'A' } });
    const { id: boardId } = await t.client.call('boards.create', {
      workshopId,
      teamId,
      kind: 'ideas-wall',
      name: 'Nykytila',
    });
    await t.client.call('boards.apply', {
      workshopId,
      id: boardId,
      command: {
        type: 'addNote',
        note: { id: 'n1', text: 'x', color: 'blue', authorRole: '', clusterId: null, x: 5, y: 5 },
      },
    });
    const { id: copyId } = await t.client.call('boards.duplicate', { workshopId, id: boardId, name: 'Tavoitetila' });
    await t.client.call('boards.apply', { workshopId, id: copyId, command: { type: 'deleteNote', id: 'n1' } });
    const orig = await t.client.call('boards.get', { workshopId, id: boardId });
    expect((orig.doc as { notes: unknown[] }).notes).toHaveLength(1);
    await t.client.call('boards.rename', { workshopId, id: copyId, name: 'Tavoitetila 2' });
    expect((await t.client.call('workshop.get', { workshopId })).boards.map((b) => b.name)).toEqual([
      'Nykytila',
      'Tavoitetila 2',
    ]);
  });

  it('a board edit answers what the screens need besides the document: revision, undo state and the board time', async () => {
    const workshopId = await newWorkshop();
    const { id: teamId } = await t.client.call('teams.create', { workshopId, team: { name: 'A' } });
    const { id } = await t.client.call('boards.create', { workshopId, teamId, kind: 'ideas-wall', name: 'Seinä' });
    const out = await t.client.call('boards.apply', {
      workshopId,
      id,
      command: {
        type: 'addNote',
        note: { id: 'n1', text: 'x', color: 'blue', authorRole: '', clusterId: null, x: 5, y: 5 },
      },
    });
    const w = await t.client.call('workshop.get', { workshopId });
    expect(out.revision).toBe(w.revision);
    expect(out.history).toEqual(w.history);
    expect(out.history.canUndo).toBe(true);
    expect(out.updatedAt).toBe(w.boards.find((b) => b.id === id)!.updatedAt);
  });
});

describe('bad input', () => {
  it('answers a wrong payload with a typed error and writes nothing', async () => {
    const workshopId = await newWorkshop();
    const before = await t.client.call('workshop.get', { workshopId });
    const cases: [string, unknown][] = [
      ['teams.create', { workshopId, team: { name: '' } }],
      ['teams.create', { workshopId, team: { name: 'x'.repeat(5000) } }],
      ['teams.create', { workshopId, team: { name: 'A', county: 'atlantis' } }],
      ['members.create', { workshopId, teamId: 'nope', member: { name: 'A', role: 'client-rep' } }],
      ['members.create', { workshopId, teamId: 'nope', member: { name: 'A', role: 'king' } }],
      [
        'days.setAgenda',
        { workshopId, id: 'nope', agenda: [{ id: 'a', start: '25:00', durationMin: 10, title: 'x' }] },
      ],
      ['round.update', { workshopId, patch: { startDate: '3.2.2026' } }],
      ['workshop.get', { workshopId: '../../etc/passwd' }],
      ['workshop.get', null],
      ['no.such.method', {}],
    ];
    for (const [method, input] of cases) {
      const r = await t.backend.dispatch(method, input);
      expect(r.ok, method).toBe(false);
      if (!r.ok) expect(r.error.key).toMatch(/^errors\./);
    }
    const after = await t.client.call('workshop.get', { workshopId });
    expect(after).toEqual(before);
  });

  it('refuses a board command that does not fit the document, without a history entry', async () => {
    const workshopId = await newWorkshop();
    const { id: teamId } = await t.client.call('teams.create', { workshopId, team: { name: 'A' } });
    const { id } = await t.client.call('boards.create', { workshopId, teamId, kind: 'ideas-wall', name: 'I' });
    const rev = (await t.client.call('workshop.get', { workshopId })).revision;
    const bad = [
      { type: 'deleteNote', id: 'missing' },
      { type: 'explode' },
      { type: 'addNote', note: { id: 'n', text: 'x', color: 'black', authorRole: '', clusterId: null, x: 0, y: 0 } },
      {
        type: 'addNote',
        note: { id: 'n', text: 'x', color: 'yellow', authorRole: '', clusterId: null, x: 1e12, y: 0 },
      },
    ];
    for (const command of bad) {
      const r = await t.backend.dispatch('boards.apply', { workshopId, id, command });
      expect(r.ok).toBe(false);
    }
    expect((await t.client.call('workshop.get', { workshopId })).revision).toBe(rev);
    const unknownKind = await t.backend.dispatch('boards.create', {
      workshopId,
      teamId,
      kind: 'crystal-ball',
      name: 'x',
    });
    expect(unknownKind.ok).toBe(false);
  });
});

describe('boards.create with init commands', () => {
  it('creates and seeds a board in one undoable step, or not at all', async () => {
    const workshopId = (await t.client.call('library.create', { title: 'W' })).id;
    const { id: teamId } = await t.client.call('teams.create', { workshopId, team: { name: 'A' } });
    const note = { id: 'n1', text: 'Siemen', color: 'pink', authorRole: '', clusterId: null, x: 0, y: 0 };
    const { id } = await t.client.call('boards.create', {
      workshopId,
      teamId,
      kind: 'ideas-wall',
      name: 'I',
      init: [{ type: 'addNote', note }],
    });
    expect(((await t.client.call('boards.get', { workshopId, id })).doc as { notes: unknown[] }).notes).toHaveLength(1);
    await t.client.call('history.undo', { workshopId });
    expect((await t.client.call('workshop.get', { workshopId })).boards).toHaveLength(0);
    const bad = await t.backend.dispatch('boards.create', {
      workshopId,
      teamId,
      kind: 'ideas-wall',
      name: 'I',
      init: [{ type: 'deleteNote', id: 'x' }],
    });
    expect(bad.ok).toBe(false);
    expect((await t.client.call('workshop.get', { workshopId })).boards).toHaveLength(0);
  });
});

describe('settings', () => {
  it('keeps the last of many quick changes (no temp-file collision between concurrent saves)', async () => {
    const scales = [1.1, 1.2, 1.3, 1.2, 1.1, 1.0, 0.9];
    const results = await Promise.all(scales.map((fontScale) => t.backend.dispatch('settings.set', { fontScale })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await t.client.call('settings.get', {})).fontScale).toBe(0.9);
    t = t.restart();
    expect((await t.client.call('settings.get', {})).fontScale).toBe(0.9);
  });
});
