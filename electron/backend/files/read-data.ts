import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { configure, hasSqliteHeader } from '../db/open';
import { checkedFileData, rebuildWorkshopFile } from './rebuild';
import { migrate } from '../db/migrate';
import { sqlite } from '../db/sqlite';
import { WorkshopStore } from '../workshop/store';
import { parsePackageText } from './package-io';

/**
 * Copies a file for reading. A SQLite file goes through SQLite's backup API on a read-only connection, so every
 * committed edit is in the copy, also those still in the `-wal` of a workshop the app has open (copying the main
 * file alone would miss them). Where SQLite cannot open it that way (a read-only folder without its `-shm`), the
 * main file and its WAL are copied together and SQLite replays the WAL when the copy is opened.
 */
async function copyCommitted(path: string, copy: string): Promise<void> {
  if (!hasSqliteHeader(path)) {
    copyFileSync(path, copy);
    return;
  }
  try {
    const src = sqlite(path, { readonly: true, fileMustExist: true });
    try {
      await src.backup(copy);
      return;
    } finally {
      src.close();
    }
  } catch {
    rmSync(copy, { force: true });
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  }
}

/**
 * Reads a workshop file or JSON package as portable data. A SQLite file is copied (with every committed edit) to a
 * private temp folder and only the copy is opened (and migrated), so the input stays byte-for-byte as it was.
 */
export async function readWorkshopData(source: { path: string } | { bytes: Buffer }): Promise<WorkshopData> {
  return (await readWorkshopSource(source)).data;
}

/**
 * The same, also saying how many foreign schema objects a workshop file held: the file is rebuilt from its rows
 * (rebuild.ts) and only the rebuilt copy is migrated and read, so nothing the file brought runs.
 */
export async function readWorkshopSource(
  source: { path: string } | { bytes: Buffer },
): Promise<{ data: WorkshopData; removedObjects: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'lapimurto-read-'));
  const copy = join(dir, 'workshop.sqlite');
  try {
    if ('path' in source) await copyCommitted(source.path, copy);
    else writeFileSync(copy, source.bytes);
    if (!hasSqliteHeader(copy)) {
      const text = readFileSync(copy, 'utf8');
      if (text.length === 0) throw new ApiFailure('notAWorkshopFile', 'errors.file.empty');
      return { data: parsePackageText(text), removedObjects: 0 };
    }
    const rebuilt = join(dir, 'rebuilt.sqlite');
    const { removedObjects } = await rebuildWorkshopFile(copy, rebuilt);
    const db = sqlite(rebuilt, { fileMustExist: true });
    try {
      configure(db);
      await migrate(db);
      return { data: checkedFileData(new WorkshopStore(db, rebuilt)), removedObjects };
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
