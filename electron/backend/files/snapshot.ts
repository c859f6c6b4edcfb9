import { rmSync } from 'node:fs';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { configure } from '../db/open';
import { migrate } from '../db/migrate';
import { sqlite, type Db } from '../db/sqlite';
import { WorkshopStore } from '../workshop/store';
import { writeAtomically } from './atomic';

/** Turns a freshly written copy into a standalone single file (rollback journal, no -wal beside it). */
function detach(path: string): void {
  const db = sqlite(path, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  rmSync(`${path}-wal`, { force: true });
  rmSync(`${path}-shm`, { force: true });
}

/** Writes a consistent single-file snapshot of a live database with SQLite's backup API (temp, fsync, rename). */
export async function writeSnapshot(db: Db, target: string): Promise<void> {
  await writeAtomically(target, async (temp) => {
    await db.backup(temp);
    detach(temp);
  });
}

/** Writes portable data as a new, standalone workshop file. */
export async function writeWorkshopFile(data: WorkshopData, target: string, meta: { id: string }): Promise<void> {
  await writeAtomically(target, async (temp) => {
    const db = sqlite(temp);
    try {
      configure(db);
      await migrate(db);
      const store = new WorkshopStore(db, temp);
      store.load(data);
      const at = new Date().toISOString();
      for (const [k, v] of Object.entries({
        id: meta.id,
        createdAt: at,
        updatedAt: at,
        lastOpenedAt: at,
        revision: '0',
      }))
        store.setMeta(k, v);
    } finally {
      db.close();
    }
    detach(temp);
  });
}
