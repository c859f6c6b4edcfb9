import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import { APPLICATION_ID } from './constants';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { sqlite, type Db } from './sqlite';

/**
 * Brings a database to `target` (default: latest). Before changing an existing file it takes a backup with SQLite's
 * backup API into `backupDir` and verifies it (integrity_check), so a failed migration never costs data. Each step
 * runs in its own transaction together with its user_version bump.
 */
export async function migrate(db: Db, opts: { backupDir?: string; label?: string; target?: number } = {}): Promise<void> {
  const target = opts.target ?? LATEST_VERSION;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > LATEST_VERSION) throw new ApiFailure('newerVersion', 'errors.file.newerVersion');
  if (from >= target) return;
  if (from > 0 && opts.backupDir) await verifiedBackup(db, opts.backupDir, `${opts.label ?? 'workshop'}.v${from}.${Date.now()}.bak`);
  for (const m of MIGRATIONS) {
    if (m.version <= from || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
      if (m.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
    })();
  }
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
