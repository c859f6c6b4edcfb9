import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { ApiFailure } from '../../../shared/api/errors';
import { APPLICATION_ID, SQLITE_MAGIC } from './constants';
import { LATEST_VERSION } from './migrations';
import { sqlite, type Db } from './sqlite';

/** Connection settings every live workshop database gets on every open. */
export function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  // better-sqlite3 builds SQLite with WAL defaulting to NORMAL; FULL makes an acknowledged edit survive a power cut.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Nothing stored in a file (views, triggers) may call functions with side effects; the app's schema has none.
  db.pragma('trusted_schema = OFF');
  // Deleted content is zeroed, so folded private history (ballots) does not linger in free pages of a shared copy.
  db.pragma('secure_delete = ON');
  // SQLite's LOWER does not fold ä/ö/å; search uses fold() instead.
  db.function('fold', { deterministic: true }, (s: unknown) => (s == null ? '' : String(s).toLocaleLowerCase('fi')));
}

/** True when the file starts with SQLite's header. */
export function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return n === 16 && buf.equals(SQLITE_MAGIC);
  } finally {
    closeSync(fd);
  }
}

export interface FileCheck {
  version: number;
}

/**
 * Inspects a file without changing a byte of it (read-only, no journal change): is it a workshop file, intact, and
 * from this or an older app version? Throws ApiFailure with the reason.
 */
export function inspectWorkshopFile(path: string): FileCheck {
  if (statSync(path).size === 0) throw new ApiFailure('notAWorkshopFile', 'errors.file.empty');
  if (!hasSqliteHeader(path)) throw new ApiFailure('notAWorkshopFile', 'errors.file.notWorkshop');
  let db: Db | undefined;
  try {
    db = sqlite(path, { readonly: true, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw new ApiFailure('notAWorkshopFile', 'errors.file.notWorkshop');
    if (version > LATEST_VERSION) throw new ApiFailure('newerVersion', 'errors.file.newerVersion');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new ApiFailure('corruptFile', 'errors.file.corrupt', undefined, String(check));
    return { version };
  } catch (e) {
    if (e instanceof ApiFailure) throw e;
    throw new ApiFailure('corruptFile', 'errors.file.corrupt', undefined, (e as Error).message);
  } finally {
    db?.close();
  }
}
