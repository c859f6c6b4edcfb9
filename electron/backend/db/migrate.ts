import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import { APPLICATION_ID } from './constants';
import { MIGRATIONS, type Migration } from './migrations';
import { sqlite, type Db } from './sqlite';

/**
 * Brings a database to `target` (default: latest). Before changing an existing file it takes a backup with SQLite's
 * backup API into `backupDir` and verifies it (integrity_check), so a failed migration never costs data. Each step
 * runs in its own transaction together with its user_version bump. Returns the backup's path, if one was taken.
 */
export async function migrate(
  db: Db,
  opts: { backupDir?: string; label?: string; target?: number; migrations?: readonly Migration[] } = {},
): Promise<string | undefined> {
  const list = opts.migrations ?? MIGRATIONS;
  const target = opts.target ?? list.length;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > list.length) throw new ApiFailure('newerVersion', 'errors.file.newerVersion');
  if (from >= target) return undefined;
  let backup: string | undefined;
  if (from > 0 && opts.backupDir)
    backup = await verifiedBackup(db, opts.backupDir, `${opts.label ?? 'workshop'}.v${from}.${Date.now()}.bak`);
  for (const m of list) {
    if (m.version <= from || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
      if (m.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
    })();
  }
  return backup;
}

async function verifiedBackup(db: Db, dir: string, name: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  await db.backup(path);
  const copy = sqlite(path, { readonly: true, fileMustExist: true });
  try {
    const ok = copy.pragma('integrity_check', { simple: true });
    if (ok !== 'ok') throw new ApiFailure('io', 'errors.io', { detail: 'backup verification failed' });
  } catch (e) {
    copy.close();
    rmSync(path, { force: true });
    throw e;
  }
  copy.close();
  return path;
}
