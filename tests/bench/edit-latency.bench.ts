// One acknowledged board edit (validate, apply, history row, revision, synchronous=FULL commit) against the floor
// any durable edit pays: a bare INSERT in its own WAL+FULL transaction, measured in the same run on the same disk.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { makeTempDir, startTestBackend } from '../helpers/backend';
import { report, size, timeRounds } from './harness';

const EDITS = size(200, 5);
const ROUNDS = size(5, 1);

const t = startTestBackend();
const { id: workshopId } = await t.client.call('library.create', { title: 'Bench' });
const { id: teamId } = await t.client.call('teams.create', { workshopId, team: { name: 'T' } });
const { id: boardId } = await t.client.call('boards.create', { workshopId, teamId, kind: 'ideas-wall', name: 'I' });
let n = 0;
const appMs = await timeRounds(ROUNDS, async () => {
  for (let i = 0; i < EDITS; i++) {
    const id = `n${n++}`;
    await t.client
      .call('boards.apply', {
        workshopId,
        id: boardId,
        command: { type: 'moveNote', id: n > EDITS ? 'n0' : id, x: i, y: i, clusterId: null },
      })
      .catch(async () => {
        await t.client.call('boards.apply', {
          workshopId,
          id: boardId,
          command: {
            type: 'addNote',
            note: { id, text: 'Idea', color: 'yellow', authorRole: '', clusterId: null, x: 0, y: 0 },
          },
        });
      });
  }
});
t.dispose();

const raw = new Database(join(makeTempDir(), 'raw.sqlite'));
raw.pragma('journal_mode = WAL');
raw.pragma('synchronous = FULL');
raw.exec('CREATE TABLE x (id INTEGER PRIMARY KEY, v TEXT)');
const ins = raw.prepare('INSERT INTO x (v) VALUES (?)');
const rawMs = await timeRounds(ROUNDS, () => {
  for (let i = 0; i < EDITS; i++) ins.run('{"type":"moveNote","x":1,"y":2}');
});
raw.close();

report('edit-latency', appMs / EDITS, 'ms/edit', rawMs / EDITS, 'raw-insert-wal-full');
