import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiFailure } from '../../shared/api/errors';
import type { WorkshopSummary } from '../../shared/api/contract';
import { newId } from '../../shared/domain/ids';
import type { WorkshopData } from '../../shared/domain/workshop-data';
import { configure, hasSqliteHeader, inspectWorkshopFile } from './db/open';
import { checkedFileData, rebuildWorkshopFile, verifyAppSchema } from './files/rebuild';
import { migrate } from './db/migrate';
import { sqlite } from './db/sqlite';
import { writeWorkshopFile } from './files/snapshot';
import { parsePackageText } from './files/package-io';
import { WorkshopStore } from './workshop/store';

const FILE_EXT = '.sqlite';

/** The app's library folder: one live SQLite database per workshop, plus trash, backups and finished exports. */
export class Library {
  readonly workshopsDir: string;
  readonly trashDir: string;
  readonly backupsDir: string;
  readonly exportsDir: string;
  private open = new Map<string, WorkshopStore>();
  /** The folder can be read but not written (a locked-down or read-only disk): nothing is opened or marked broken. */
  readonly readOnly: boolean;

  constructor(
    readonly dataDir: string,
    /** Whether a folder can be written to (tests stand in for a read-only disk, which root cannot make). */
    writable: (dir: string) => boolean = canWrite,
  ) {
    this.workshopsDir = join(dataDir, 'workshops');
    this.trashDir = join(dataDir, 'trash');
    this.backupsDir = join(dataDir, 'backups');
    this.exportsDir = join(dataDir, 'exports');
    const dirs = [this.workshopsDir, this.trashDir, this.backupsDir, this.exportsDir];
    try {
      for (const d of dirs) mkdirSync(d, { recursive: true });
    } catch (e) {
      // An existing library on a read-only disk is still a library; a folder that cannot be made at all is not.
      if (!existsSync(this.workshopsDir)) {
        throw new ApiFailure(
          'io',
          'errors.library.cannotCreate',
          { path: dataDir },
          e instanceof Error ? e.message : String(e),
        );
      }
    }
    this.readOnly = !dirs.filter((d) => existsSync(d)).every((d) => writable(d));
    if (!this.readOnly) {
      removeLeftovers(this.workshopsDir);
      removeLeftovers(dataDir);
    }
  }

  private mustBeWritable(): void {
    if (this.readOnly) throw new ApiFailure('io', 'errors.library.readOnly', { path: this.dataDir });
  }

  pathOf(id: string): string {
    return join(this.workshopsDir, id + FILE_EXT);
  }

  private ids(): string[] {
    return readdirSync(this.workshopsDir)
      .filter((f) => f.endsWith(FILE_EXT) && !f.startsWith('.'))
      .map((f) => f.slice(0, -FILE_EXT.length));
  }

  /** The live store of a workshop, opened (checked, migrated with a verified backup) on first use. */
  async get(id: string): Promise<WorkshopStore> {
    const cached = this.open.get(id);
    if (cached) {
      touchOpened(cached);
      return cached;
    }
    this.mustBeWritable();
    const path = this.pathOf(id);
    if (!/^[A-Za-z0-9_-]+$/.test(id) || !existsSync(path)) throw new ApiFailure('notFound', 'errors.notFound.workshop');
    inspectWorkshopFile(path);
    const db = sqlite(path, { fileMustExist: true });
    try {
      configure(db);
      await migrate(db, { backupDir: this.backupsDir, label: id });
    } catch (e) {
      db.close();
      throw e;
    }
    const store = new WorkshopStore(db, path);
    store.setMeta('lastOpenedAt', new Date().toISOString());
    this.open.set(id, store);
    return store;
  }

  async list(): Promise<WorkshopSummary[]> {
    this.mustBeWritable();
    const out: WorkshopSummary[] = [];
    for (const id of this.ids()) out.push(this.summaryOf(id));
    return out.sort((a, b) => (b.lastOpenedAt || b.updatedAt).localeCompare(a.lastOpenedAt || a.updatedAt));
  }

  summaryOf(id: string): WorkshopSummary {
    const live = this.open.get(id);
    const base = { id, title: id, roundName: '', teamCount: 0, boardCount: 0, updatedAt: '', lastOpenedAt: '' };
    try {
      const read = (store: WorkshopStore): WorkshopSummary => {
        const count = (t: string) => (store.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
        const round = store.db.prepare("SELECT name FROM round WHERE id = 'round'").get() as
          { name: string } | undefined;
        return {
          id,
          title: store.meta('title') ?? id,
          roundName: round?.name ?? '',
          teamCount: count('teams'),
          boardCount: count('boards'),
          updatedAt: store.meta('updatedAt') ?? '',
          lastOpenedAt: store.meta('lastOpenedAt') ?? '',
        };
      };
      if (live) return read(live);
      inspectWorkshopFile(this.pathOf(id));
      const db = sqlite(this.pathOf(id), { readonly: true, fileMustExist: true });
      try {
        return read(new WorkshopStore(db, this.pathOf(id)));
      } finally {
        db.close();
      }
    } catch (e) {
      const key = e instanceof ApiFailure ? e.key : 'errors.file.corrupt';
      return { ...base, errorKey: key };
    }
  }

  /** A new workshop, empty or filled from portable data. */
  async create(title: string, data?: WorkshopData): Promise<WorkshopSummary> {
    this.mustBeWritable();
    const id = newId();
    await writeWorkshopFile(data ? { ...data, title } : emptyData(title), this.pathOf(id), { id });
    return this.summaryOf(id);
  }

  /**
   * Imports a workshop file (SQLite) or a JSON package from bytes as a new workshop. The bytes are copied first and
   * only the copy is ever opened, so the user's file is never touched.
   */
  async importBytes(fileName: string, bytes: Buffer): Promise<WorkshopSummary> {
    if (bytes.length === 0) throw new ApiFailure('notAWorkshopFile', 'errors.file.empty');
    this.mustBeWritable();
    const temp = join(this.workshopsDir, `.import-${newId()}.tmp`);
    try {
      // Inside the try: a write that fails half-way (disk full) leaves no temp file behind either.
      writeFileSync(temp, bytes);
      if (hasSqliteHeader(temp)) return await this.adoptSqlite(temp);
      const data = parsePackageText(bytes.toString('utf8'));
      return await this.create(data.title || fileName, data);
    } finally {
      rmSync(temp, { force: true });
      rmSync(`${temp}-wal`, { force: true });
      rmSync(`${temp}-shm`, { force: true });
    }
  }

  /** The library's copy is rebuilt from the file's rows (see rebuild.ts), never the file itself. */
  private async adoptSqlite(temp: string): Promise<WorkshopSummary> {
    const id = newId();
    const rebuilt = `${temp}.rebuilt`;
    try {
      const { removedObjects } = await rebuildWorkshopFile(temp, rebuilt);
      const db = sqlite(rebuilt, { fileMustExist: true });
      try {
        configure(db);
        await migrate(db);
        await verifyAppSchema(db);
        const store = new WorkshopStore(db, rebuilt);
        checkedFileData(store);
        store.setMeta('id', id);
        store.setMeta('lastOpenedAt', new Date().toISOString());
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
      renameSync(rebuilt, this.pathOf(id));
      return { ...this.summaryOf(id), ...(removedObjects > 0 ? { removedObjects } : {}) };
    } finally {
      for (const f of [rebuilt, `${rebuilt}-wal`, `${rebuilt}-shm`, `${rebuilt}-journal`]) rmSync(f, { force: true });
    }
  }

  /** Moves a workshop to the trash folder; nothing is deleted. */
  remove(id: string): void {
    this.mustBeWritable();
    const path = this.pathOf(id);
    if (!existsSync(path)) throw new ApiFailure('notFound', 'errors.notFound.workshop');
    this.close(id);
    renameSync(path, join(this.trashDir, `${id}.${Date.now()}${FILE_EXT}`));
  }

  close(id: string): void {
    this.open.get(id)?.db.close();
    this.open.delete(id);
  }

  closeAll(): void {
    for (const id of [...this.open.keys()]) this.close(id);
  }
}

function canWrite(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Temp files of imports and snapshots that a crash or power cut interrupted (`.import-*.tmp`, `.<name>.<pid>.….tmp`
 * from writeAtomically, with their `-wal`/`-shm`): never a workshop, removed at start-up.
 */
export function removeLeftovers(dir: string): string[] {
  const removed: string[] = [];
  for (const f of readdirSync(dir)) {
    if (!/^\..*\.tmp(-wal|-shm|-journal)?$/.test(f)) continue;
    try {
      rmSync(join(dir, f), { force: true });
      removed.push(f);
    } catch {
      /* another process holds it; next start */
    }
  }
  return removed;
}

/** Marks an open workshop as just used again, at most once a minute (every read goes through here). */
function touchOpened(store: WorkshopStore): void {
  const last = Date.parse(store.meta('lastOpenedAt') ?? '');
  if (!(Date.now() - last < 60_000)) store.setMeta('lastOpenedAt', new Date().toISOString());
}

export function emptyData(title: string): WorkshopData {
  return {
    title,
    round: { name: '', startDate: '', endDate: '', notes: '' },
    days: [],
    teams: [],
    members: [],
    boards: [],
  };
}
