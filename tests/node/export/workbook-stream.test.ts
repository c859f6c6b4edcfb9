import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors';
import type { SheetSpec } from '../../../shared/export/sheet';
import { writeWorkbook, type WorkbookProgress } from '../../../electron/backend/export/workbook';
import { fillingDisk, readWorkbook, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

/** A sheet of `n` rows of mixed text and numbers, like a full board's. */
function bigSheet(name: string, n: number): SheetSpec {
  return {
    name,
    columns: [
      { key: 'team', header: 'Tiimi', type: 'text' },
      { key: 'text', header: 'Teksti', type: 'text', width: 40 },
      { key: 'n', header: 'Luku', type: 'number' },
      { key: 'd', header: 'Päivä', type: 'date' },
      { key: 'id', header: 'Tunniste', type: 'id' },
    ],
    rows: Array.from({ length: n }, (_, i) => ({
      team: `Tiimi ${i % 10}`,
      text: `Rivi ${i}: asiakas odottaa ensikäyntiä, koska lähete kulkee kahden yksikön kautta`,
      n: i * 1.5,
      d: `2026-0${1 + (i % 9)}-1${i % 10}`,
      id: `id-${i}`,
    })),
  };
}

/** A small valid PNG (solid colour), as pictures are stored: already compressed. */
function png(w: number, h: number, rgb: [number, number, number]): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) raw.set(rgb, y * (w * 3 + 1) + 1 + x * 3);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('streaming workbook writer', () => {
  it('a disk that fills up midway: an io failure, no partial file, the earlier file at the target untouched', async () => {
    const target = join(t.dir, 'kierros.xlsx');
    writeFileSync(target, 'edellinen vienti');
    let opened = '';
    const err = await writeWorkbook([bigSheet('Rivit', 20_000)], target, {
      openStream: (temp) => {
        opened = temp;
        return fillingDisk(temp, 200_000);
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiFailure);
    expect((err as ApiFailure).code).toBe('io');
    expect((err as ApiFailure).key).toBe('excel.errors.diskFull');
    expect((err as ApiFailure).message).toMatch(/ENOSPC/);
    expect(opened).not.toBe('');
    expect(readdirSync(t.dir)).toEqual(['kierros.xlsx']);
    expect(readFileSync(target, 'utf8')).toBe('edellinen vienti');
  });

  it('a target that cannot be written (no such folder, a file where the folder should be): io, nothing created', async () => {
    const missing = join(t.dir, 'ei-ole', 'kierros.xlsx');
    writeFileSync(join(t.dir, 'tiedosto'), 'x');
    const underFile = join(t.dir, 'tiedosto', 'kierros.xlsx');
    for (const target of [missing, underFile]) {
      const err = await writeWorkbook([bigSheet('Rivit', 10)], target).catch((e: unknown) => e);
      expect(err, target).toBeInstanceOf(ApiFailure);
      expect((err as ApiFailure).code).toBe('io');
    }
    expect(readdirSync(t.dir)).toEqual(['tiedosto']);
  });

  it('keeps the event loop answering and reports progress up to the total while it writes 20,000 rows', async () => {
    const progress: WorkbookProgress[] = [];
    let longest = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    try {
      await writeWorkbook([bigSheet('A', 12_000), bigSheet('B', 8_000)], join(t.dir, 'iso.xlsx'), {
        onProgress: (p) => progress.push(p),
      });
    } finally {
      clearInterval(timer);
    }
    // Without yielding, the whole write (seconds) would be one gap.
    expect(longest).toBeLessThan(750);
    expect(progress.length).toBeGreaterThan(30);
    expect(progress.every((p) => p.total === 20_000)).toBe(true);
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.done).toBeGreaterThanOrEqual(progress[i - 1]!.done);
    expect(progress.at(-1)!.done).toBe(20_000);
    const wb = await readWorkbook(join(t.dir, 'iso.xlsx'));
    expect(wb.getWorksheet('A')!.rowCount).toBe(12_001);
    expect(wb.getWorksheet('B')!.getCell('B8001').value).toBe(
      'Rivi 7999: asiakas odottaa ensikäyntiä, koska lähete kulkee kahden yksikön kautta',
    );
  });

  it('anchors pictures on their sheets and sets up printing: landscape, fitted to width, header row on every page', async () => {
    const sheets: SheetSpec[] = [
      bigSheet('Rivit', 50),
      {
        name: 'Kuvat',
        columns: [{ key: 'board', header: 'Taulu', type: 'text' }],
        rows: [{ board: 'Kalanruoto' }, { board: 'Prosessikaavio' }],
      },
    ];
    const red = png(40, 30, [200, 30, 30]);
    const blue = png(60, 20, [30, 30, 200]);
    const target = join(t.dir, 'kuvat.xlsx');
    await writeWorkbook(sheets, target, {
      images: [
        { sheet: 'Kuvat', png: red, col: 1, row: 1, width: 400, height: 300, description: 'Kalanruoto' },
        { sheet: 'Kuvat', png: blue, col: 1, row: 2, width: 600, height: 200, description: 'Prosessikaavio' },
      ],
    });
    const wb = await readWorkbook(target);
    const ws = wb.getWorksheet('Kuvat')!;
    const images = ws.getImages();
    expect(images).toHaveLength(2);
    expect(images.map((i) => [Math.round(i.range.tl.nativeCol), Math.round(i.range.tl.nativeRow)])).toEqual([
      [1, 1],
      [1, 2],
    ]);
    const media = images.map((i) => wb.getImage(Number(i.imageId)));
    expect(media.map((m) => m.extension)).toEqual(['png', 'png']);
    expect(Buffer.from(media[0]!.buffer as unknown as Uint8Array).equals(Buffer.from(red))).toBe(true);
    expect(wb.getWorksheet('Rivit')!.getImages()).toHaveLength(0);

    const rows = wb.getWorksheet('Rivit')!;
    expect(rows.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      printTitlesRow: '1:1',
    });
    expect(rows.headerFooter.oddHeader).toBe('&R&A');
    expect(rows.headerFooter.oddFooter).toBe('&C&P / &N');
    expect(rows.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
