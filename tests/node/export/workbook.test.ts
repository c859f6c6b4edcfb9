import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SheetSpec } from '../../../shared/export/sheet';
import { ApiFailure } from '../../../shared/api/errors';
import { writeWorkbook } from '../../../electron/backend/export/workbook';
import { readWorkbook, tempDir, valueTypes } from './helpers';

const INJECTIONS = [
  '=1+1',
  '=HYPERLINK("http://evil.invalid","klikkaa")',
  '+358 40 123 4567',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
];

const spec: SheetSpec = {
  name: 'Testi',
  columns: [
    { key: 'id', header: 'Tunniste', type: 'id' },
    { key: 'text', header: 'Teksti', type: 'text', width: 20 },
    { key: 'n', header: 'Luku', type: 'number' },
    { key: 'i', header: 'Kpl', type: 'integer' },
    { key: 'd', header: 'Päivä', type: 'date' },
    { key: 'b', header: 'Kyllä/ei', type: 'boolean' },
  ],
  rows: [
    { id: '00123', text: 'Lyhyt', n: 3.25, i: 7, d: '2025-09-16', b: true },
    {
      id: 'a-b_c',
      text: 'Pitkä teksti, joka ei mahdu kahdenkymmenen merkin sarakkeeseen',
      n: -0.5,
      i: 0,
      d: '2026-02-29',
      b: false,
    },
    { id: null, text: 'rivi 1\nrivi 2\u0007', n: null, i: null, d: '', b: null },
    ...INJECTIONS.map((s, k) => ({ id: `inj${k}`, text: s, n: null, i: null, d: null, b: null })),
  ],
};

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

describe('writeWorkbook', () => {
  it('writes typed cells, a styled frozen filterable header and formula-safe text', async () => {
    const target = join(t.dir, 'testi.xlsx');
    const { bytes } = await writeWorkbook([spec], target);
    expect(bytes).toBeGreaterThan(1000);
    expect(readdirSync(t.dir)).toEqual(['testi.xlsx']);

    const VT = await valueTypes();
    const wb = await readWorkbook(target);
    const ws = wb.getWorksheet('Testi')!;
    expect(ws.rowCount).toBe(1 + spec.rows.length);
    expect(ws.getRow(1).values).toEqual([undefined, 'Tunniste', 'Teksti', 'Luku', 'Kpl', 'Päivä', 'Kyllä/ei']);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    // The spec's width is the least; a sheet narrower than the printed page widens it for the long text.
    expect(ws.getColumn(2).width).toBeGreaterThan(20);

    // ids as text, even when they look like numbers
    expect(ws.getCell('A2').type).toBe(VT.String);
    expect(ws.getCell('A2').value).toBe('00123');
    expect(ws.getCell('A2').numFmt).toBe('@');
    // numbers as numbers
    expect(ws.getCell('C2').type).toBe(VT.Number);
    expect(ws.getCell('C2').value).toBe(3.25);
    expect(ws.getCell('D2').value).toBe(7);
    expect(ws.getCell('D3').value).toBe(0);
    // dates as real dates in Finnish display format; a date that does not exist stays readable text
    expect(ws.getCell('E2').type).toBe(VT.Date);
    expect((ws.getCell('E2').value as Date).toISOString()).toBe('2025-09-16T00:00:00.000Z');
    expect(ws.getCell('E2').numFmt).toBe('d.m.yyyy');
    expect(ws.getCell('E3').type).toBe(VT.String);
    expect(ws.getCell('E3').value).toBe('2026-02-29');
    expect(ws.getCell('F2').value).toBe(true);
    // empty values are empty cells
    expect(ws.getCell('A4').type).toBe(VT.Null);
    expect(ws.getCell('E4').type).toBe(VT.Null);
    // multi-line text wraps (long text too: tests/node/export/print.test.ts); XML-invalid control characters are dropped
    expect(ws.getCell('B4').alignment?.wrapText).toBe(true);
    expect(ws.getCell('B2').alignment?.wrapText).toBeFalsy();
    expect(ws.getCell('B4').value).toBe('rivi 1\nrivi 2');

    INJECTIONS.forEach((s, k) => {
      const cell = ws.getCell(5 + k, 2);
      expect(cell.type, JSON.stringify(s)).toBe(VT.String);
      // XML carries a bare CR as LF; the text is otherwise exactly as given.
      expect(cell.value).toBe(s.replace('\r', '\n'));
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    });
  });

  it('makes sheet names valid (≤ 31 chars, no []:*?/\\) and unique', async () => {
    const target = join(t.dir, 'nimet.xlsx');
    const long = 'Hyvin pitkä taulukon nimi joka ylittää rajan';
    const sheets: SheetSpec[] = [long, long, 'a/b:c', 'Kierros', 'kierros', ''].map((name) => ({
      name,
      columns: [],
      rows: [],
    }));
    await writeWorkbook(sheets, target);
    const names = (await readWorkbook(target)).worksheets.map((w) => w.name);
    expect(names).toHaveLength(6);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(6);
    expect(names[0]).toBe(long.slice(0, 31).trim());
    expect(names[1]).toMatch(/ \(2\)$/);
    expect(names[2]).toBe('a-b-c');
  });

  it('replaces an existing file whole', async () => {
    const target = join(t.dir, 'vanha.xlsx');
    writeFileSync(target, 'old contents');
    await writeWorkbook([spec], target);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(t.dir)).toEqual(['vanha.xlsx']);
  });

  it('fails with an io error and leaves nothing when the folder does not exist', async () => {
    const target = join(t.dir, 'ei-ole', 'tulos.xlsx');
    await expect(writeWorkbook([spec], target)).rejects.toMatchObject({ code: 'io' });
    await expect(writeWorkbook([spec], target)).rejects.toBeInstanceOf(ApiFailure);
    expect(existsSync(join(t.dir, 'ei-ole'))).toBe(false);
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('fails and leaves nothing when the "folder" is a file', async () => {
    writeFileSync(join(t.dir, 'tiedosto'), 'x');
    await expect(writeWorkbook([spec], join(t.dir, 'tiedosto', 'tulos.xlsx'))).rejects.toMatchObject({ code: 'io' });
    expect(readdirSync(t.dir)).toEqual(['tiedosto']);
  });

  it('fails, removes its temp file and leaves the target alone when the rename cannot happen', async () => {
    const target = join(t.dir, 'kansio.xlsx');
    mkdirSync(target);
    writeFileSync(join(target, 'sisalla.txt'), 'x');
    await expect(writeWorkbook([spec], target)).rejects.toMatchObject({ code: 'io' });
    expect(readdirSync(t.dir)).toEqual(['kansio.xlsx']);
    expect(readdirSync(target)).toEqual(['sisalla.txt']);
  });

  it('writes an openable workbook even with no sheets', async () => {
    const target = join(t.dir, 'tyhja.xlsx');
    await writeWorkbook([], target);
    expect((await readWorkbook(target)).worksheets).toHaveLength(1);
  });

  it('loads exceljs only when a workbook is written (no value import at module top)', () => {
    const src = readFileSync(
      fileURLToPath(new URL('../../../electron/backend/export/workbook.ts', import.meta.url)),
      'utf8',
    );
    const valueImports = src.split('\n').filter((l) => /^import\s(?!type\b).*['"]exceljs['"]/.test(l));
    expect(valueImports).toEqual([]);
    expect(src).toContain("await import('exceljs')");
  });
});
