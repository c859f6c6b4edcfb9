import type { Worksheet } from 'exceljs';
import { ApiFailure } from '../../../shared/api/errors';
import { isFormulaCell, type SheetColumn, type SheetSpec } from '../../../shared/export/sheet';
import { writeBytesAtomically } from '../files/atomic';
import { prepareCell, prepareFormula } from './cells';
import { uniqueSheetNames } from './sheet-names';

const HEADER_FILL = 'FFDCE6F1';
const MIN_WIDTH = 8;
const MAX_AUTO_WIDTH = 60;
const DEFAULT_WIDTH: Partial<Record<SheetColumn['type'], number>> = { date: 12, number: 12, integer: 10, boolean: 8, id: 38 };

/** A width from the header and the first rows when the spec gives none. */
function columnWidth(col: SheetColumn, rows: SheetSpec['rows']): number {
  if (col.width) return col.width;
  const fixed = DEFAULT_WIDTH[col.type];
  if (fixed) return Math.max(fixed, col.header.length + 2);
  let longest = col.header.length;
  for (const row of rows.slice(0, 200)) {
    const v = row[col.key];
    if (isFormulaCell(v)) continue;
    longest = Math.max(longest, String(v ?? '').split('\n')[0]!.length);
  }
  return Math.min(MAX_AUTO_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

function fillSheet(ws: Worksheet, spec: SheetSpec): void {
  const widths = spec.columns.map((c) => columnWidth(c, spec.rows));
  ws.columns = spec.columns.map((c, i) => ({ key: c.key, width: widths[i] }));

  const header = ws.getRow(1);
  spec.columns.forEach((c, i) => {
    header.getCell(i + 1).value = c.header;
  });
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9C1' } } };
  });

  const columnOf = new Map(spec.columns.map((c, i) => [c.key, i + 1]));
  spec.rows.forEach((row, r) => {
    const xrow = ws.getRow(r + 2);
    spec.columns.forEach((col, c) => {
      const raw = row[col.key] ?? null;
      const cell = xrow.getCell(c + 1);
      if (isFormulaCell(raw)) {
        const f = prepareFormula(raw, columnOf, r + 2);
        if ('formula' in f) cell.value = f.result === undefined ? { formula: f.formula } : { formula: f.formula, result: f.result };
        else cell.value = f.value;
        if (col.type === 'integer') cell.numFmt = '0';
        return;
      }
      const prepared = prepareCell(col.type, raw, widths[c] ?? MIN_WIDTH);
      cell.value = prepared.value;
      if (prepared.numFmt) cell.numFmt = prepared.numFmt;
      if (prepared.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });

  if (spec.columns.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: spec.rows.length + 1, column: spec.columns.length } };
  }
}

/**
 * Writes the sheets as an .xlsx file at `targetPath`: bold filled header row, frozen and filterable; dates as
 * real Excel dates shown `d.m.yyyy`; numbers as numbers; ids and text as text that is never run as a formula.
 * Sheet names are made valid and unique. The file appears all at once (temp file beside it, fsync, rename); on
 * failure no file is left behind and an `io` ApiFailure is thrown.
 */
export async function writeWorkbook(sheets: readonly SheetSpec[], targetPath: string): Promise<{ bytes: number }> {
  // exceljs is large; loading it on first export keeps app start-up fast.
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;

  const wb = new ExcelJS.Workbook();
  wb.creator = 'Läpimurtostudio';
  const names = uniqueSheetNames(sheets.map((s) => s.name));
  sheets.forEach((spec, i) => {
    const ws = wb.addWorksheet(names[i], { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    fillSheet(ws, spec);
  });
  // An .xlsx without sheets does not open in Excel.
  if (sheets.length === 0) wb.addWorksheet('Taulukko');

  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  try {
    await writeBytesAtomically(targetPath, bytes);
  } catch (e) {
    throw new ApiFailure('io', 'errors.code.io', undefined, `cannot write ${targetPath}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { bytes: bytes.length };
}
