import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../helpers/backend';
import { cli } from './helpers';

/** `npm run cli -- export-json` on the live file of a workshop the app has open, with edits still in its WAL. */
describe('CLI readers see every committed edit of an open workshop', () => {
  let t: TestBackend;
  afterEach(() => t.dispose());

  it('export-json includes the edits that are only in the -wal so far, and leaves the live file as it was', async () => {
    t = startTestBackend();
    const workshopId = (await t.client.call('library.create', { title: 'Auki sovelluksessa' })).id;
    const teamId = (await t.client.call('teams.create', { workshopId, team: { name: 'Tiimi' } })).id;
    const { id: boardId } = await t.client.call('boards.create', {
      workshopId,
      teamId,
      kind: 'process-map',
      name: 'Nykytila',
    });
    const steps = 301;
    for (let i = 0; i < steps; i++) {
      await t.client.call('boards.apply', {
        workshopId,
        id: boardId,
        command: {
          type: 'addNode',
          node: {
            id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            kind: 'step',
            text: `Vaihe ${i + 1}`,
            laneId: 'lane-client',
            x: i * 200,
            y: 20,
            processTime: null,
            waitTime: null,
            performer: '',
          },
        },
      });
    }
    const live = join(t.dataDir, 'workshops', `${workshopId}.sqlite`);
    expect(existsSync(`${live}-wal`)).toBe(true);
    expect(statSync(`${live}-wal`).size).toBeGreaterThan(0);
    const before = readFileSync(live);

    const out = join(t.dataDir, 'export.json');
    const r = await cli('export-json', live, out);
    expect(r.code, r.stderr).toBe(0);
    const pkg = JSON.parse(readFileSync(out, 'utf8')) as {
      workshop: { boards: { id: string; doc: { nodes: unknown[] } }[] };
    };
    const map = pkg.workshop.boards.find((b) => b.id === boardId)!;
    expect(map.doc.nodes).toHaveLength(steps);
    expect(readFileSync(live).equals(before)).toBe(true);
    // The app goes on writing to its file afterwards.
    await t.client.call('teams.update', { workshopId, id: teamId, patch: { aim: 'Jatkuu' } });
    expect((await t.client.call('workshop.get', { workshopId })).teams[0]!.aim).toBe('Jatkuu');
  }, 120_000);
});
