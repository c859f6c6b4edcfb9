import { describe, expect, it } from 'vitest';
import { parseCsv, parseImportRows } from '../../../../shared/boards/measures/import';
import { parseNumber, parsePeriod } from '../../../../shared/boards/measures/periods';
import { readSheet, sniffKind } from '../../../../electron/backend/measures/read-sheet';
import { measuresHandlers } from '../../../../electron/backend/api/handlers/measures';
import { ApiFailure } from '../../../../shared/api/errors';
import { mergeBombXlsx, xlsxOf } from './xlsx-helpers';

const weekly = { frequency: 'week' as const, isRate: false, existing: new Set<string>() };

describe('dates and numbers as teams write them', () => {
  it('reads Finnish, ISO, Excel serial, week and month forms', () => {
    expect(parsePeriod('2.2.2026', 'week')).toBe('2026-W06');
    expect(parsePeriod('2026-02-02', 'week')).toBe('2026-W06');
    // Excel serial 46055 = 2026-02-02.
    expect(parsePeriod(46055, 'week')).toBe('2026-W06');
    expect(parsePeriod('46055', 'week')).toBe('2026-W06');
    expect(parsePeriod('vk 6/2026', 'week')).toBe('2026-W06');
    expect(parsePeriod('2026-W06', 'week')).toBe('2026-W06');
    expect(parsePeriod('3/2026', 'month')).toBe('2026-03');
    expect(parsePeriod('15.3.2026', 'month')).toBe('2026-03');
    // ISO week-year edges: 1.1.2027 is a Friday of week 53 of 2026; 29.12.2025 is Monday of week 1 of 2026.
    expect(parsePeriod('1.1.2027', 'week')).toBe('2026-W53');
    expect(parsePeriod('29.12.2025', 'week')).toBe('2026-W01');
    expect(parsePeriod('31.2.2026', 'week')).toBeNull();
    expect(parsePeriod('eilen', 'week')).toBeNull();
    expect(parsePeriod('', 'week')).toBeNull();
  });

  it('reads decimal commas, spaces and per cents; refuses text', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('45 %')).toBe(45);
    expect(parseNumber('−3')).toBe(-3);
    expect(parseNumber('kaksi')).toBeNull();
    expect(parseNumber('12,5,3')).toBeNull();
  });
});

describe('parseImportRows', () => {
  it('reports every bad row with its row number and imports nothing from it', () => {
    const rows = [
      ['Päivämäärä', 'Arvo', 'Huomio'],
      ['5.1.2026', 12, ''],
      ['12.1.2026', 'kaksitoista', ''],
      [null, null, null],
      ['2026-01-19', '11,5', 'sijainen'],
      ['huomenna', 9, ''],
      [46048, 10, 'Excel-päivä'],
      ['13.1.2026', 8, 'sama viikko kuin rivi 3'],
    ];
    const r = parseImportRows(rows, weekly);
    expect(r.errors).toEqual([
      { row: 3, key: 'notNumber', detail: 'kaksitoista' },
      { row: 6, key: 'badDate', detail: 'huomenna' },
      { row: 8, key: 'duplicate', detail: '3' },
    ]);
    expect(r.skippedEmpty).toBe(1);
    expect(r.points.map((p) => [p.period, p.value, p.note])).toEqual([
      ['2026-W02', 12, ''],
      ['2026-W04', 11.5, 'sijainen'],
      ['2026-W05', 10, 'Excel-päivä'],
    ]);
  });

  it('sorts dates given out of order, without a header, and marks periods that replace data', () => {
    const r = parseImportRows(
      [
        ['19.1.2026', 3],
        ['5.1.2026', 1],
        ['12.1.2026', 2],
      ],
      { ...weekly, existing: new Set(['2026-W03']) },
    );
    expect(r.errors).toEqual([]);
    expect(r.points.map((p) => p.period)).toEqual(['2026-W02', '2026-W03', '2026-W04']);
    expect(r.replaced).toBe(1);
  });

  it('reads rates by header names, and refuses a zero denominator', () => {
    const r = parseImportRows(
      [
        ['Viikko', 'Nimittäjä', 'Osoittaja'],
        ['vk 2/2026', 40, 30],
        ['vk 3/2026', 0, 0],
      ],
      { frequency: 'week', isRate: true, existing: new Set() },
    );
    expect(r.points).toEqual([{ period: '2026-W02', value: 30, denominator: 40, note: '', astronomical: false }]);
    expect(r.errors).toEqual([{ row: 3, key: 'zeroDenominator', detail: '' }]);
  });

  it('says so when there is nothing to import', () => {
    expect(parseImportRows([], weekly).errors).toEqual([{ row: 0, key: 'noRows', detail: '' }]);
    expect(parseImportRows([[null], ['']], weekly).errors).toEqual([{ row: 0, key: 'noRows', detail: '' }]);
    expect(parseImportRows([['Nimi', 'Arvo']], weekly).errors[0]?.key).toBe('noPeriodColumn');
  });

  it('parses Finnish CSV (semicolons, decimal commas, quotes, CRLF, BOM)', () => {
    const rows = parseCsv('\ufeffpvm;arvo;huomio\r\n5.1.2026;12,5;"sanoi ""kiire"""\r\n12.1.2026;11;\r\n');
    expect(rows).toEqual([
      ['pvm', 'arvo', 'huomio'],
      ['5.1.2026', '12,5', 'sanoi "kiire"'],
      ['12.1.2026', '11', ''],
    ]);
    expect(parseImportRows(rows, weekly).points).toHaveLength(2);
  });
});

describe('reading spreadsheets in a worker', () => {
  it('reads an xlsx with real dates, formulas and text', async () => {
    const buf = await xlsxOf([
      ['Päivämäärä', 'Arvo'],
      [new Date(Date.UTC(2026, 0, 5)), 12],
      ['12.1.2026', 'ei mitattu'],
    ]);
    expect(sniffKind(buf)).toBe('xlsx');
    const out = await readSheet(buf);
    expect(out).toMatchObject({ ok: true, sheetName: 'Mittaukset' });
    if (!out.ok) return;
    expect(out.rows[1]).toEqual(['2026-01-05', 12]);
    const r = parseImportRows(out.rows, weekly);
    expect(r.errors).toEqual([{ row: 3, key: 'notNumber', detail: 'ei mitattu' }]);
  });

  it('survives a 6.5 KB xlsx whose merged range spans the whole sheet: one error, no crash', async () => {
    const bomb = await mergeBombXlsx();
    expect(bomb.length).toBeLessThan(8 * 1024);
    const t0 = Date.now();
    const out = await readSheet(bomb, { heapMb: 96, rssMb: 200, timeoutMs: 15_000 });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(['memory', 'timeout', 'tooComplex']).toContain(out.reason);
    expect(Date.now() - t0).toBeLessThan(20_000);
    // The process is fine afterwards: a normal file still reads.
    const again = await readSheet(await xlsxOf([['5.1.2026', 1]]));
    expect(again.ok).toBe(true);
  }, 40_000);

  it('the API method turns the bomb into one translated error and refuses binaries and huge files', async () => {
    const call = (bytes: Buffer) =>
      measuresHandlers['measures.parseImport'](
        {
          fileName: 'x.xlsx',
          dataBase64: bytes.toString('base64'),
          frequency: 'week',
          isRate: false,
          existingPeriods: [],
        },
        null as never,
      );
    await expect(call(await mergeBombXlsx())).rejects.toMatchObject({ key: 'measures.import.errors.tooComplex' });
    await expect(call(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).rejects.toMatchObject({
      key: 'measures.import.errors.unsupported',
    });
    await expect(call(Buffer.alloc(21 * 1024 * 1024, 0x41))).rejects.toBeInstanceOf(ApiFailure);
    await expect(call(Buffer.alloc(21 * 1024 * 1024, 0x41))).rejects.toMatchObject({
      key: 'measures.import.errors.tooLarge',
    });
    const ok = await call(Buffer.from('pvm;arvo\n5.1.2026;3\n12.1.2026;4\n', 'utf8'));
    expect(ok.points).toHaveLength(2);
  }, 60_000);
});
