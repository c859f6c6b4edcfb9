import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../helpers/backend';
import { coalesceInto, type Change } from '../../../electron/backend/workshop/history';

const CYCLE = {
  id: 'c1',
  title: 'Kokeilu',
  changeIdea: null,
  changeIdeaText: '',
  previousId: null,
  status: 'planned' as const,
  startDate: '',
  studyDate: '',
  plan: { objective: '', question: '', prediction: '', who: '', what: '', when: '', where: '', data: '' },
  do: { happened: '', observations: '', problems: '' },
  study: { result: '', learned: '' },
  act: { decision: '' as const, next: '' },
};

describe('one undo step per field edit', () => {
  let t: TestBackend;
  let workshopId: string;
  let teamId: string;
  beforeEach(async () => {
    t = startTestBackend();
    workshopId = (await t.client.call('library.create', { title: 'Paja' })).id;
    teamId = (await t.client.call('teams.create', { workshopId, team: { name: 'Tiimi', process: 'Alku' } })).id;
  });
  afterEach(() => t.dispose());

  const process = async () => (await t.client.call('workshop.get', { workshopId })).teams[0]!.process;
  const historyRows = () => countHistory(t, workshopId);

  it('saves of one field edit merge into one history entry, undone in one step', async () => {
    const before = await historyRows();
    for (const text of ['K', 'Ke', 'Kehi', 'Kehitettävä prosessi']) {
      await t.client.call('teams.update', { workshopId, id: teamId, patch: { process: text }, coalesce: 'edit-a' });
    }
    expect(await historyRows()).toBe(before + 1);
    expect(await process()).toBe('Kehitettävä prosessi');
    await t.client.call('history.undo', { workshopId });
    expect(await process()).toBe('Alku');
    await t.client.call('history.redo', { workshopId });
    expect(await process()).toBe('Kehitettävä prosessi');
  });

  it('a new edit key, another change in between, or an undo starts a new step', async () => {
    await t.client.call('teams.update', { workshopId, id: teamId, patch: { process: 'A' }, coalesce: 'edit-a' });
    await t.client.call('teams.update', { workshopId, id: teamId, patch: { process: 'AB' }, coalesce: 'edit-b' });
    await t.client.call('round.update', { workshopId, patch: { name: 'Kierros' } });
    await t.client.call('teams.update', { workshopId, id: teamId, patch: { process: 'ABC' }, coalesce: 'edit-b' });
    await t.client.call('history.undo', { workshopId });
    expect(await process()).toBe('AB');
    await t.client.call('history.undo', { workshopId }); // the round
    await t.client.call('history.undo', { workshopId });
    expect(await process()).toBe('A');
    // After an undo the same key no longer merges into the undone entry (the redo branch is dropped).
    await t.client.call('teams.update', { workshopId, id: teamId, patch: { process: 'AX' }, coalesce: 'edit-a' });
    await t.client.call('history.undo', { workshopId });
    expect(await process()).toBe('A');
  });

  it('a PDSA answer typed in many saves is one undo step, in the file after a restart', async () => {
    const { id } = await t.client.call('boards.create', {
      workshopId,
      teamId,
      kind: 'pdsa',
      name: 'PDSA',
      init: [{ type: 'addCycle', cycle: CYCLE }],
    });
    const typed = 'Kokeilu tehtiin kahdella osastolla.';
    for (let n = 1; n <= typed.length; n += 5) {
      await t.client.call('boards.apply', {
        workshopId,
        id,
        command: { type: 'updateCycle', id: 'c1', patch: { do: { happened: typed.slice(0, n) } } },
        coalesce: 'pdsa-happened',
      });
    }
    await t.client.call('boards.apply', {
      workshopId,
      id,
      command: { type: 'updateCycle', id: 'c1', patch: { do: { happened: typed } } },
      coalesce: 'pdsa-happened',
    });
    t = t.restart();
    const doc = (await t.client.call('boards.get', { workshopId, id })).doc as { cycles: (typeof CYCLE)[] };
    expect(doc.cycles[0]!.do.happened).toBe(typed);
    await t.client.call('history.undo', { workshopId });
    const undone = (await t.client.call('boards.get', { workshopId, id })).doc as { cycles: (typeof CYCLE)[] };
    expect(undone.cycles[0]!.do.happened).toBe('');
  });
});

describe('coalesceInto', () => {
  it('keeps the first before and the latest after of a row, and the first inverse of a replaced value', () => {
    const row = (before: string, after: string): Change => ({
      t: 'row',
      table: 'teams',
      id: 't',
      before: { aim: before },
      after: { aim: after },
    });
    expect(coalesceInto([row('', 'a')], [row('a', 'ab')])).toEqual([row('', 'ab')]);
    const doc = (from: string, to: string): Change => ({
      t: 'doc',
      boardId: 'b',
      patches: [{ op: 'replace', path: ['cycles', 0, 'title'], value: to }],
      inverse: [{ op: 'replace', path: ['cycles', 0, 'title'], value: from }],
    });
    expect(coalesceInto([doc('', 'a')], [doc('a', 'ab')])).toEqual([doc('', 'ab')]);
    // Anything else is kept in order, so undo still reverses every step.
    const other: Change = {
      t: 'doc',
      boardId: 'b',
      patches: [{ op: 'add', path: ['cycles', 1], value: {} }],
      inverse: [{ op: 'remove', path: ['cycles', 1] }],
    };
    expect(coalesceInto([doc('', 'a')], [other])).toEqual([doc('', 'a'), other]);
  });
});

async function countHistory(t: TestBackend, workshopId: string): Promise<number> {
  // Undo until nothing is left, counting, then redo everything back: the history's length as a user sees it.
  let n = 0;
  for (;;) {
    const s = await t.client.call('workshop.get', { workshopId });
    if (!s.history.canUndo) break;
    await t.client.call('history.undo', { workshopId });
    n++;
  }
  for (let i = 0; i < n; i++) await t.client.call('history.redo', { workshopId });
  return n;
}
