import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { startTestBackend } from '../../helpers/backend';
import { arbWorkshopData } from '../package/arbitraries';
import { parsePackage } from '../../../shared/package/parse';
import { serializePackage, toPackage } from '../../../shared/package/serialize';

describe('workshop package through the database (property)', () => {
  it('export → import → export gives the same package', async () => {
    const t = startTestBackend();
    try {
      await fc.assert(
        fc.asyncProperty(arbWorkshopData(), async (data) => {
          // Import the generated data as a package, export it, import that, export again.
          // Gallery notes, day feedback and agenda times are generated too: they go through the database's own tables.
          const pkg = serializePackage(toPackage(data, { appVersion: 'x', exportedAt: '2026-01-01T00:00:00.000Z' }));
          const first = await t.client.call('library.importFile', {
            fileName: 'a.json',
            dataBase64: Buffer.from(pkg).toString('base64'),
          });
          const exportOnce = async (workshopId: string) => {
            const f = await t.client.call('workshop.exportPackage', { workshopId });
            const saved = await t.client.call('files.save', { token: f.token });
            if (saved.kind !== 'saved') throw new Error('not saved');
            return readFileSync(saved.path, 'utf8');
          };
          const a = await exportOnce(first.id);
          const second = await t.client.call('library.importFile', {
            fileName: 'b.json',
            dataBase64: Buffer.from(a).toString('base64'),
          });
          const b = await exportOnce(second.id);
          const strip = (s: string) => s.replace(/"exportedAt": "[^"]*"/, '');
          expect(strip(b)).toBe(strip(a));
          const parsed = parsePackage(a);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(parsed.data).toEqual(data);
          for (const id of [first.id, second.id]) await t.client.call('library.remove', { workshopId: id });
        }),
        { numRuns: 25 },
      );
    } finally {
      t.dispose();
    }
  }, 120_000);
});
