import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/backend/library';
import { createBackend } from '../../../electron/backend';
import { ApiFailure } from '../../../shared/api/errors';
import { makeTempDir, startTestBackend } from '../../helpers/backend';

describe('library folder: leftovers, read-only, cannot be created', () => {
  it('removes temp files of interrupted imports, snapshots and exports at start-up, and nothing else', async () => {
    const t = startTestBackend();
    const { id } = await t.client.call('library.create', { title: 'Säilyy' });
    t.backend.close();
    const ws = join(t.dataDir, 'workshops');
    const leftovers = [
      '.import-1234.tmp',
      '.import-1234.tmp-wal',
      '.import-1234.tmp-shm',
      `.${id}.sqlite.999.1700000000000.1.tmp`,
    ];
    for (const f of leftovers) writeFileSync(join(ws, f), 'puolikas');
    writeFileSync(join(t.dataDir, '.settings.json.999.1700000000000.2.tmp'), '{');
    const emptyToken = join(t.dataDir, 'exports', 'token-empty');
    const tempToken = join(t.dataDir, 'exports', 'token-temp');
    const doneToken = join(t.dataDir, 'exports', 'token-done');
    for (const d of [emptyToken, tempToken, doneToken]) mkdirSync(d, { recursive: true });
    writeFileSync(join(tempToken, '.Paja.xlsx.999.1700000000000.3.tmp'), 'puolikas');
    writeFileSync(join(doneToken, 'Paja.xlsx'), 'valmis');

    const again = t.restart();
    try {
      expect(readdirSync(ws).sort()).toEqual([`${id}.sqlite`]);
      expect(existsSync(join(t.dataDir, '.settings.json.999.1700000000000.2.tmp'))).toBe(false);
      expect(existsSync(emptyToken)).toBe(false);
      expect(existsSync(tempToken)).toBe(false);
      expect(readFileSync(join(doneToken, 'Paja.xlsx'), 'utf8')).toBe('valmis');
      const list = await again.client.call('library.list', {});
      expect(list.map((w) => [w.title, w.errorKey])).toEqual([['Säilyy', undefined]]);
    } finally {
      again.dispose();
    }
  });

  it('a read-only library says so, writes nothing and marks nothing broken', async () => {
    const t = startTestBackend();
    const { id } = await t.client.call('library.create', { title: 'Lukittu levy' });
    t.backend.close();
    const file = join(t.dataDir, 'workshops', `${id}.sqlite`);
    const before = readFileSync(file);
    const names = readdirSync(join(t.dataDir, 'workshops')).sort();
    // A read-only disk, as root (who may write anywhere) cannot make one here.
    const lib = new Library(t.dataDir, () => false);
    expect(lib.readOnly).toBe(true);
    const attempts: (() => Promise<unknown>)[] = [() => lib.list(), () => lib.get(id), () => lib.create('Uusi')];
    for (const attempt of attempts) {
      const err = await Promise.resolve()
        .then(attempt)
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(err).toBeInstanceOf(ApiFailure);
      expect((err as ApiFailure).key).toBe('errors.library.readOnly');
    }
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(join(t.dataDir, 'workshops')).sort()).toEqual(names);
    t.dispose();
  });

  it('a library folder that cannot be created is a translated message, not a crash', () => {
    const dir = makeTempDir();
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'tiedosto, ei kansio');
    let err: unknown;
    try {
      createBackend({
        dataDir: join(blocker, 'library'),
        shell: 'test',
        platform: { saveFile: async () => ({ kind: 'cancelled' }) },
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ApiFailure);
    expect((err as ApiFailure).key).toBe('errors.library.cannotCreate');
    expect((err as ApiFailure).params).toEqual({ path: join(blocker, 'library') });
  });
});
