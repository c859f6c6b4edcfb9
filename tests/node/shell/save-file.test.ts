import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyAtomically, createElectronPlatform, saveFilters } from '../../../electron/main/save-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lapimurto-save-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('copyAtomically', () => {
  it('copies the whole file and leaves no temp file', async () => {
    const src = join(dir, 'src.bin');
    writeFileSync(src, Buffer.alloc(1024 * 1024, 7));
    const dest = join(dir, 'Työpaja ä.lapimurto');
    await copyAtomically(src, dest);
    expect(readFileSync(dest).equals(readFileSync(src))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['Työpaja ä.lapimurto', 'src.bin']);
  });

  it('replaces an existing target', async () => {
    const src = join(dir, 'src');
    const dest = join(dir, 'dest');
    writeFileSync(src, 'new');
    writeFileSync(dest, 'old');
    await copyAtomically(src, dest);
    expect(readFileSync(dest, 'utf8')).toBe('new');
  });

  it('on a failure mid-write keeps the old target and removes the partial temp file', async () => {
    const src = join(dir, 'src');
    const dest = join(dir, 'dest.xlsx');
    writeFileSync(src, 'new content');
    writeFileSync(dest, 'old content');
    await expect(
      copyAtomically(src, dest, {
        fsync: async () => {
          throw Object.assign(new Error('EIO: disk full'), { code: 'EIO' });
        },
      }),
    ).rejects.toThrow(/EIO/);
    expect(readFileSync(dest, 'utf8')).toBe('old content');
    expect(readdirSync(dir).sort()).toEqual(['dest.xlsx', 'src']);
  });

  it('on a missing source creates nothing', async () => {
    const dest = join(dir, 'out.json');
    await expect(copyAtomically(join(dir, 'missing'), dest)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('into a missing folder fails without leaving anything behind', async () => {
    const src = join(dir, 'src');
    writeFileSync(src, 'x');
    await expect(copyAtomically(src, join(dir, 'nope', 'out'))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['src']);
  });
});

describe('createElectronPlatform', () => {
  it('saves where the dialog says, adding the extension, and remembers the folder', async () => {
    const src = join(dir, 'tmp-export');
    writeFileSync(src, 'data');
    const seen: string[] = [];
    const platform = createElectronPlatform({
      defaultDir: '/home/x/Documents',
      showSaveDialog: async (o) => {
        seen.push(o.defaultPath);
        expect(o.filters).toEqual([{ name: 'Excel', extensions: ['xlsx'] }]);
        return { canceled: false, filePath: join(dir, 'Raportti') };
      },
    });
    const out = await platform.saveFile({ token: 't', tempPath: src, fileName: 'Raportti.xlsx' });
    expect(out).toEqual({ kind: 'saved', path: join(dir, 'Raportti.xlsx') });
    expect(readFileSync(join(dir, 'Raportti.xlsx'), 'utf8')).toBe('data');
    await platform.saveFile({ token: 't', tempPath: src, fileName: 'B.xlsx' });
    expect(seen).toEqual(['/home/x/Documents/Raportti.xlsx', join(dir, 'B.xlsx')]);
  });

  it('reports a cancelled dialog', async () => {
    const platform = createElectronPlatform({ defaultDir: dir, showSaveDialog: async () => ({ canceled: true }) });
    expect(await platform.saveFile({ token: 't', tempPath: '/nope', fileName: 'a.json' })).toEqual({
      kind: 'cancelled',
    });
  });

  it('names filters by extension', () => {
    expect(saveFilters('a.lapimurto')).toEqual([{ name: 'Läpimurtostudio', extensions: ['lapimurto'] }]);
    expect(saveFilters('noext')).toEqual([]);
  });
});
