import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../helpers/backend';
import { translator } from '../../../shared/i18n/translate';
import type { TranslationKey } from '../../../shared/i18n/keys';

let t: TestBackend;
beforeEach(() => {
  t = startTestBackend();
});
afterEach(() => t.dispose());

const step = (i: number) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  kind: 'step' as const,
  text: `Vaihe ${i}`,
  laneId: 'lane-client',
  x: i * 200,
  y: 20,
  processTime: null,
  waitTime: null,
  performer: '',
});

async function setup() {
  const workshopId = (await t.client.call('library.create', { title: 'Kumoamisen paikat' })).id;
  await t.client.call('round.update', { workshopId, patch: { name: 'Kierros 7' } });
  const teamId = (await t.client.call('teams.create', { workshopId, team: { name: 'Nuorten polku' } })).id;
  const { id: mapId } = await t.client.call('boards.create', {
    workshopId,
    teamId,
    kind: 'process-map',
    name: 'Nykytila',
  });
  return { workshopId, teamId, mapId };
}

describe('undo and redo say what they did and where', () => {
  it('a board command: its label and the board, named as it is now, across a restart', async () => {
    const { workshopId, teamId, mapId } = await setup();
    await t.client.call('boards.apply', { workshopId, id: mapId, command: { type: 'addNode', node: step(1) } });
    await t.client.call('boards.rename', { workshopId, id: mapId, name: 'Nykytila 2026' });
    t = t.restart();
    await t.client.call('history.undo', { workshopId }); // the rename
    const undone = await t.client.call('history.undo', { workshopId });
    expect(undone.step).toEqual({
      label: 'boards.process-map.commands.addNode',
      place: {
        kind: 'board',
        boardId: mapId,
        teamId,
        boardKind: 'process-map',
        boardName: 'Nykytila',
        content: true,
        exists: true,
      },
    });
    expect(undone.canRedo).toBe(true);
    const redone = await t.client.call('history.redo', { workshopId });
    expect(redone.step.label).toBe('boards.process-map.commands.addNode');
    expect(redone.step.place).toMatchObject({ kind: 'board', boardId: mapId, content: true });

    // The label and the names make the toast's text in every language.
    const fi = translator('fi');
    expect(fi(undone.step.label as TranslationKey)).toBe('Lisää vaihe');
    expect(fi('boards.kind.process-map')).toBe('Prosessikaavio');
    expect(translator('sv')(undone.step.label as TranslationKey)).not.toBe('Lisää vaihe');
  });

  it('a step added and typed into as one field edit keeps the label it began with', async () => {
    const { workshopId, mapId } = await setup();
    const coalesce = 'edit-new-step';
    await t.client.call('boards.apply', {
      workshopId,
      id: mapId,
      coalesce,
      command: { type: 'addNode', node: { ...step(1), text: '' } },
    });
    await t.client.call('boards.apply', {
      workshopId,
      id: mapId,
      coalesce,
      command: { type: 'updateNode', id: step(1).id, patch: { text: 'Yhteydenotto' } },
    });
    expect((await t.client.call('workshop.get', { workshopId })).history.undoLabel).toBe(
      'boards.process-map.commands.addNode',
    );
    const undone = await t.client.call('history.undo', { workshopId });
    expect(undone.step.label).toBe('boards.process-map.commands.addNode');
    expect(
      ((await t.client.call('boards.get', { workshopId, id: mapId })).doc as { nodes: unknown[] }).nodes,
    ).toHaveLength(0);
    // An edit of its own (no shared key) is labelled as what it is.
    await t.client.call('history.redo', { workshopId });
    await t.client.call('boards.apply', {
      workshopId,
      id: mapId,
      command: { type: 'updateNode', id: step(1).id, patch: { text: 'Soitto' } },
    });
    expect((await t.client.call('history.undo', { workshopId })).step.label).toBe(
      'boards.process-map.commands.updateNode',
    );
  });

  it('a board created, then undone: the board no longer exists and its name comes from the removed row', async () => {
    const { workshopId, teamId, mapId } = await setup();
    const undone = await t.client.call('history.undo', { workshopId });
    expect(undone.step).toEqual({
      label: 'history.boards.create',
      place: {
        kind: 'board',
        boardId: mapId,
        teamId,
        boardKind: 'process-map',
        boardName: 'Nykytila',
        content: false,
        exists: false,
      },
    });
    const redone = await t.client.call('history.redo', { workshopId });
    expect(redone.step.place).toMatchObject({ kind: 'board', boardId: mapId, exists: true });
  });

  it('teams, members, gallery notes, days and the round each have their place', async () => {
    const { workshopId, teamId } = await setup();
    await t.client.call('members.create', { workshopId, teamId, member: { name: 'Aino', role: 'coach' } });
    expect((await t.client.call('history.undo', { workshopId })).step).toEqual({
      label: 'history.members.create',
      place: { kind: 'team', teamId, teamName: 'Nuorten polku', exists: true },
    });

    await t.client.call('gallery.addNote', { workshopId, teamId, kind: 'steal', text: 'Soittoaika joka aamu' });
    expect((await t.client.call('history.undo', { workshopId })).step).toEqual({
      label: 'gallery.history.addNote',
      place: { kind: 'gallery', teamId, teamName: 'Nuorten polku' },
    });

    await t.client.call('days.create', { workshopId, day: { title: 'Työpaja 2', date: '2026-03-03' } });
    expect((await t.client.call('history.undo', { workshopId })).step).toEqual({
      label: 'history.days.create',
      place: { kind: 'round', name: 'Työpaja 2' },
    });

    await t.client.call('round.update', { workshopId, patch: { name: 'Kierros 8' } });
    expect((await t.client.call('history.undo', { workshopId })).step).toEqual({
      label: 'history.round.update',
      place: { kind: 'round', name: 'Kierros 7' },
    });
  });

  it('a team deleted with its boards: undo restores it and names the team, not one of its boards', async () => {
    const { workshopId, teamId } = await setup();
    await t.client.call('teams.delete', { workshopId, id: teamId });
    const undone = await t.client.call('history.undo', { workshopId });
    expect(undone.step).toEqual({
      label: 'history.teams.delete',
      place: { kind: 'team', teamId, teamName: 'Nuorten polku', exists: true },
    });
    const redone = await t.client.call('history.redo', { workshopId });
    expect(redone.step.place).toEqual({ kind: 'team', teamId, teamName: 'Nuorten polku', exists: false });
  });
});
