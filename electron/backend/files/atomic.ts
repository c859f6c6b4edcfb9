import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

let counter = 0;

/**
 * A temp path beside `target`, so the final rename stays on one filesystem; unique per call, since two writes of
 * the same file can start in the same millisecond (quick repeated settings changes did).
 */
export function tempBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.${++counter}.tmp`);
}

export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Best effort: makes the rename itself durable (not supported on every platform). */
function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* Windows cannot open directories; the rename is still atomic. */
  }
}

/**
 * Produces `target` all at once: `produce` writes a temp file beside it, which is fsynced and renamed into place.
 * On any failure the temp file is removed and `target` is untouched.
 */
export async function writeAtomically(
  target: string,
  produce: (tempPath: string) => Promise<void> | void,
): Promise<void> {
  const temp = tempBeside(target);
  try {
    await produce(temp);
    fsyncPath(temp);
    renameSync(temp, target);
    fsyncDir(dirname(target));
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

export async function writeBytesAtomically(target: string, bytes: Buffer | string): Promise<void> {
  await writeAtomically(target, (temp) => writeFileSync(temp, bytes));
}
