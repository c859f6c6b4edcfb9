import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { configure, hasSqliteHeader, inspectWorkshopFile } from '../db/open';
import { migrate } from '../db/migrate';
import { sqlite } from '../db/sqlite';
import { WorkshopStore } from '../workshop/store';
import { parsePackageText } from './package-io';

/**
 * Reads a workshop file or JSON package as portable data. A SQLite file is copied to a private temp folder and only
 * the copy is opened (and migrated), so the input stays byte-for-byte as it was.
 */
export async function readWorkshopData(source: { path: string } | { bytes: Buffer }): Promise<WorkshopData> {
  const dir = mkdtempSync(join(tmpdir(), 'lapimurto-read-'));
  const copy = join(dir, 'workshop.sqlite');
  try {
    if ('path' in source) copyFileSync(source.path, copy);
    else writeFileSync(copy, source.bytes);
    if (!hasSqliteHeader(copy)) {
      const text = readFileSync(copy, 'utf8');
      if (text.length === 0) throw new ApiFailure('notAWorkshopFile', 'errors.file.empty');
      return parsePackageText(text);
    }
    inspectWorkshopFile(copy);
    const db = sqlite(copy, { fileMustExist: true });
    try {
      configure(db);
      await migrate(db);
      return new WorkshopStore(db, copy).data();
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
