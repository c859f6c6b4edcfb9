import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { makeTempDir, startTestBackend } from '../../helpers/backend';
import { startHostProcess } from '../../helpers/host-process';

describe('durability', () => {
  it('keeps every acknowledged edit when the host is killed with SIGKILL mid-stream', async () => {
    const dataDir = makeTempDir();
    const host = await startHostProcess(dataDir);
    const { id: workshopId } = await host.call<{ id: string }>('library.create', { title: 'Kestävyys' });
    const { id: teamId } = await host.call<{ id: string }>('teams.create', { workshopId, team: { name: 'T' } });
    const { id: boardId } = await host.call<{ id: string }>('boards.create', {
      workshopId,
      teamId,
      kind: 'ideas-wall',
      name: 'I',
    });

    const acked: string[] = [];
    const killAt = 400 + Math.floor(Math.random() * 300);
    let next = 0;
    let killed = false;
    // Four edits in flight at a time, so the kill lands in the middle of writes, not between them.
    const worker = async () => {
      while (next < 1000 && !killed) {
        const id = `n${next++}`;
        try {
          await host.call('boards.apply', {
            workshopId,
            id: boardId,
            command: {
              type: 'addNote',
              note: { id, text: `Idea ${id}`, color: 'yellow', authorRole: '', clusterId: null, x: 0, y: 0 },
            },
          });
          acked.push(id);
          if (acked.length >= killAt && !killed) {
            killed = true;
            host.child.kill('SIGKILL');
          }
        } catch {
          return; // the connection died with the host
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    await new Promise((r) =>
      host.child.exitCode !== null || host.child.signalCode !== null ? r(null) : host.child.once('exit', r),
    );
    expect(host.child.signalCode).toBe('SIGKILL');
    // The server process itself is gone: nothing answers on its port any more.
    await expect(fetch(`${host.url}/api/app.info`, { method: 'POST', body: '{}' })).rejects.toThrow();
    expect(acked.length).toBeGreaterThanOrEqual(killAt);
    expect(acked.length).toBeLessThan(1000);

    const file = join(dataDir, 'workshops', `${workshopId}.sqlite`);
    const raw = new Database(file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();

    const t = startTestBackend(dataDir);
    try {
      const board = await t.client.call('boards.get', { workshopId, id: boardId });
      const ids = new Set((board.doc as { notes: { id: string }[] }).notes.map((n) => n.id));
      const missing = acked.filter((id) => !ids.has(id));
      expect(missing).toEqual([]);
    } finally {
      t.dispose();
    }
  }, 120_000);
});
