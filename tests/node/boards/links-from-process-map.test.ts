import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../helpers/backend';

// The process map's "new fishbone / 5 whys from this problem" button sends exactly these init commands; this holds
// the two kinds' command schemas to it, so the seeded board starts with the problem as its effect and a link back.
let t: TestBackend;
beforeEach(() => {
  t = startTestBackend();
});
afterEach(() => t.dispose());

describe('root-cause boards seeded from a process-map problem marker', () => {
  it('creates a fishbone and a 5 whys with the problem text and a link to the marker, each in one undo step', async () => {
    const { id: workshopId } = await t.client.call('library.create', { title: 'W' });
    const { id: teamId } = await t.client.call('teams.create', { workshopId, team: { name: 'T' } });
    const { id: mapId } = await t.client.call('boards.create', {
      workshopId,
      teamId,
      kind: 'process-map',
      name: 'Kartta',
    });
    const source = { boardId: mapId, itemId: 'marker-1', kind: 'process-map' };
    const text = 'Asiakas odottaa lähetteen käsittelyä';

    const fish = await t.client.call('boards.create', {
      workshopId,
      teamId,
      kind: 'fishbone',
      name: text,
      init: [
        { type: 'setEffect', text },
        { type: 'setEffectSource', source },
      ],
    });
    const whys = await t.client.call('boards.create', {
      workshopId,
      teamId,
      kind: 'five-whys',
      name: text,
      init: [
        { type: 'setProblem', text },
        { type: 'setSource', source },
      ],
    });
    const f = (await t.client.call('boards.get', { workshopId, id: fish.id })).doc as {
      effect: { text: string; source: unknown };
    };
    expect(f.effect.text).toBe(text);
    expect(f.effect.source).toEqual(source);
    const w = (await t.client.call('boards.get', { workshopId, id: whys.id })).doc as {
      problem: string;
      source: unknown;
    };
    expect(w.problem).toBe(text);
    expect(w.source).toEqual(source);

    await t.client.call('history.undo', { workshopId });
    expect((await t.client.call('workshop.get', { workshopId })).boards.map((b) => b.kind)).toEqual([
      'process-map',
      'fishbone',
    ]);
  });
});
