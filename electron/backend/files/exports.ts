import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newId } from '../../../shared/domain/ids';
import type { ExportedFile } from '../../../shared/api/contract';
import type { ExportedFileRecord } from '../types';

const MAX_AGE_MS = 24 * 3600 * 1000;

/** Finished exports waiting for the shell to save them; each in its own folder under exports/. */
export class ExportRegistry {
  private files = new Map<string, ExportedFileRecord>();

  constructor(private dir: string) {
    mkdirSync(dir, { recursive: true });
    this.sweep();
  }

  /**
   * Old exports from earlier runs are removed at start, and so is what an interrupted export left: its temp file
   * and the then empty token folder.
   */
  private sweep(): void {
    for (const name of readdirSync(this.dir)) {
      const p = join(this.dir, name);
      try {
        if (Date.now() - statSync(p).mtimeMs > MAX_AGE_MS) {
          rmSync(p, { recursive: true, force: true });
          continue;
        }
        if (!statSync(p).isDirectory()) continue;
        for (const f of readdirSync(p)) if (/^\..*\.tmp$/.test(f)) rmSync(join(p, f), { force: true });
        if (readdirSync(p).length === 0) rmSync(p, { recursive: true, force: true });
      } catch {
        /* already gone, or not ours to remove (read-only library) */
      }
    }
  }

  /** Reserves a path for a new export; call `done` after the file is completely written. */
  reserve(fileName: string): { path: string; done(): ExportedFile } {
    const token = newId();
    const folder = join(this.dir, token);
    mkdirSync(folder, { recursive: true });
    const path = join(folder, fileName);
    return {
      path,
      done: () => {
        this.files.set(token, { token, path, fileName });
        return { token, fileName, bytes: statSync(path).size };
      },
    };
  }

  get(token: string): ExportedFileRecord | undefined {
    return this.files.get(token);
  }
}
