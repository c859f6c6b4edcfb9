import { describe, expect, it } from 'vitest';
import { createInstance, type TFunction } from 'i18next';
import { stepText, stepView } from '../../renderer/src/app/history-step';
import { localeResources } from '../../shared/i18n/translate';
import type { HistoryPlace } from '../../shared/api/contract';
import type { View } from '../../renderer/src/app/route';

function tFor(lng: 'fi' | 'sv' | 'en'): TFunction {
  const i = createInstance();
  void i.init({
    resources: localeResources(),
    lng,
    fallbackLng: 'fi',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i.t;
}

const map: HistoryPlace = {
  kind: 'board',
  boardId: 'b1',
  teamId: 't1',
  boardKind: 'process-map',
  boardName: 'Nykytila',
  content: true,
  exists: true,
};
const step = { label: 'boards.process-map.commands.addNode', place: map };

describe('the toast after undo and redo', () => {
  it('names the edit and the board in fi, sv and en', () => {
    expect(stepText(tFor('fi'), 'undo', step)).toBe('Kumottu: Lisää vaihe — Prosessikaavio Nykytila');
    expect(stepText(tFor('fi'), 'redo', step)).toBe('Tehty uudelleen: Lisää vaihe — Prosessikaavio Nykytila');
    expect(stepText(tFor('sv'), 'undo', step)).toMatch(/^Ångrat: .+ — .+ Nykytila$/);
    expect(stepText(tFor('en'), 'redo', step)).toBe('Redone: Add step — Process map Nykytila');
  });
  it('names a team, and an edit without a place by its label alone', () => {
    const t = tFor('fi');
    expect(
      stepText(t, 'undo', {
        label: 'history.teams.update',
        place: { kind: 'team', teamId: 't1', teamName: 'Nuorten polku', exists: true },
      }),
    ).toBe('Kumottu: Muokkaa tiimiä — Nuorten polku');
    expect(stepText(t, 'undo', { label: 'history.round.update', place: { kind: 'round', name: '' } })).toBe(
      'Kumottu: Muokkaa valmennuskierrosta',
    );
    expect(stepText(t, 'undo', { label: 'history.days.create', place: null })).toBe('Kumottu: Lisää työpajapäivä');
  });
});

describe('where undo takes the coach', () => {
  const boardB: View = { kind: 'board', boardId: 'b2' };
  const team1: View = { kind: 'team', teamId: 't1' };
  it('stays when the change is on screen', () => {
    expect(stepView(map, { kind: 'board', boardId: 'b1' })).toBeNull();
    expect(stepView({ ...map, content: false }, team1)).toBeNull();
    expect(
      stepView({ kind: 'team', teamId: 't1', teamName: 'A', exists: true }, { kind: 'storyboard', teamId: 't1' }),
    ).toBeNull();
    expect(stepView({ kind: 'gallery', teamId: 't1', teamName: 'A' }, { kind: 'gallery' })).toBeNull();
    expect(stepView({ kind: 'round', name: '' }, { kind: 'round' })).toBeNull();
    expect(stepView(null, boardB)).toBeNull();
  });
  it('goes to what changed when it is elsewhere', () => {
    expect(stepView(map, boardB)).toEqual({ kind: 'board', boardId: 'b1' });
    expect(stepView(map, team1)).toEqual({ kind: 'board', boardId: 'b1' });
    expect(stepView({ ...map, content: false, exists: false }, boardB)).toEqual(team1);
    expect(stepView({ kind: 'team', teamId: 't1', teamName: 'A', exists: true }, boardB)).toEqual(team1);
    expect(stepView({ kind: 'team', teamId: 't1', teamName: 'A', exists: false }, team1)).toEqual({ kind: 'round' });
    expect(stepView({ kind: 'gallery', teamId: 't1', teamName: 'A' }, boardB)).toEqual(team1);
    expect(stepView({ kind: 'round', name: 'Kierros' }, boardB)).toEqual({ kind: 'round' });
  });
});
