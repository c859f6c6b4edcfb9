import { promises as fsp } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, extname, join } from 'node:path';
import type { SaveOutcome } from '../../shared/api/contract';
import type { Platform } from '../backend/types';

export interface AtomicCopyHooks {
  /** Replaces fsync (tests inject a failure here). */
  fsync?: (handle: fsp.FileHandle) => Promise<void>;
}

/**
 * Copies `src` to `dest` so that `dest` is either the old file or the complete new one: write a temp file beside it,
 * fsync, rename over, fsync the folder. On any failure the temp file is removed and `dest` is left as it was.
 */
export async function copyAtomically(src: string, dest: string, hooks: AtomicCopyHooks = {}): Promise<void> {
  const dir = dirname(dest);
  const tmp = join(dir, `.${basename(dest)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fsp.copyFile(src, tmp);
    const handle = await fsp.open(tmp, 'r+');
    try {
      await (hooks.fsync ? hooks.fsync(handle) : handle.sync());
    } finally {
      await handle.close();
    }
    await fsp.rename(tmp, dest);
  } catch (err) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncDir(dir);
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename durable on POSIX; Windows cannot open folders this way and does not need it.
  if (process.platform === 'win32') return;
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the data itself is already synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export interface SaveDialogResult {
  canceled: boolean;
  filePath?: string | undefined;
}

export interface SaveDialogOptions {
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

/** Filters for the save dialog, by the export's extension. */
export function saveFilters(fileName: string): { name: string; extensions: string[] }[] {
  const ext = extname(fileName).slice(1).toLowerCase();
  const names: Record<string, string> = {
    lapimurto: 'Läpimurtostudio',
    json: 'JSON',
    xlsx: 'Excel',
    pdf: 'PDF',
  };
  return ext ? [{ name: names[ext] ?? ext.toUpperCase(), extensions: [ext] }] : [];
}

export interface ElectronPlatformDeps {
  /** `(options) => dialog.showSaveDialog(window, options)`. */
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogResult>;
  /** Where the dialog starts the first time (app.getPath('documents')). */
  defaultDir: string;
}

/** Electron's Platform: a save dialog, then an atomic copy. Remembers the last folder for the session. */
export function createElectronPlatform(deps: ElectronPlatformDeps): Platform {
  let lastDir = deps.defaultDir;
  return {
    async saveFile({ tempPath, fileName }): Promise<SaveOutcome> {
      const chosen = await deps.showSaveDialog({
        defaultPath: join(lastDir, fileName),
        filters: saveFilters(fileName),
      });
      if (chosen.canceled || !chosen.filePath) return { kind: 'cancelled' };
      let target = chosen.filePath;
      const ext = extname(fileName);
      if (ext && extname(target) === '') target += ext;
      await copyAtomically(tempPath, target);
      lastDir = dirname(target);
      return { kind: 'saved', path: target };
    },
  };
}
