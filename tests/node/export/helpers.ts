import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';

/** A fresh temp folder per test, removed afterwards. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lapimurto-xlsx-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function readWorkbook(path: string): Promise<Workbook> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export async function valueTypes(): Promise<typeof import('exceljs').ValueType> {
  const mod = await import('exceljs');
  return ((mod as unknown as { default?: typeof mod }).default ?? mod).ValueType;
}

/**
 * A file stream that writes to the real temp file until `limit` bytes, then fails the way a full disk does
 * (ENOSPC): the layer below the writer, not a mock of it.
 */
export function fillingDisk(path: string, limit: number): Writable {
  const fd = openSync(path, 'w');
  let written = 0;
  return new Writable({
    write(chunk: Buffer, _enc, cb) {
      if (written + chunk.length > limit) {
        const e = Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
          errno: -28,
          syscall: 'write',
        });
        cb(e);
        return;
      }
      writeSync(fd, chunk);
      written += chunk.length;
      cb();
    },
    destroy(err, cb) {
      closeSync(fd);
      cb(err);
    },
    final(cb) {
      cb();
    },
  });
}
