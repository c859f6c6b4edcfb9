import type { TranslationKey } from '../i18n/keys';

/** A column header's translation key: the text is looked up in the export's language (locales/<lang>/export.json). */
export type ExportHeaderKey = Extract<TranslationKey, `export.header.${string}`>;

/** A tool-neutral table that the Excel writer turns into a worksheet; boards project onto it with `toSheet`. */
export type CellValue = string | number | boolean | null;

/**
 * A live Excel formula with its computed value stored (so the sheet shows numbers even before Excel recalculates,
 * and readers that do not calculate see them too). Cell references are written as `{key}` for this row's cell in
 * column `key`, or `{key-3}` / `{key+2}` for the cell that many rows up or down in that column; the writer turns
 * them into A1 references once it knows the sheet's final column order and row numbers, so references stay right
 * when several boards' rows are merged into one sheet (keep a board's rows together). Formulas are written by
 * code only, never built from user text.
 */
export interface FormulaCell {
  formula: string;
  result: number | null;
}

/** What a row may hold: a plain value or a formula. */
export type SheetCell = CellValue | FormulaCell;

/** True for a formula cell. */
export function isFormulaCell(v: SheetCell | undefined): v is FormulaCell {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

export type ColumnType = 'text' | 'id' | 'number' | 'integer' | 'date' | 'boolean';

interface ColumnBase {
  /** Stable machine key, also the key in each row. */
  key: string;
  type: ColumnType;
  /** Width in characters; the writer picks one when absent. */
  width?: number;
}

/**
 * A column of an exported sheet declares its header by key (`headerKey`); `header` is that text in the export's
 * language once withHeaderLanguage has run. A column with only a written `header` is for the writers' own tests
 * and ad-hoc tables; every exported sheet's column has a key (tests/node/export/app-export.test.ts checks).
 */
export type SheetColumn = ColumnBase &
  ({ headerKey: ExportHeaderKey; header?: string } | { headerKey?: undefined; header: string });

export interface SheetSpec {
  /** Sheet name, at most 31 characters, unique in a workbook. */
  name: string;
  columns: SheetColumn[];
  rows: Record<string, SheetCell>[];
  /** Pictures in the sheet's cells (board pictures, run charts); the Excel writer rasterises them. */
  images?: SheetImage[];
}

/**
 * A picture sitting in one cell of a sheet: drawn here as a standalone SVG (shared/boards/picture.ts), turned into
 * a PNG when the workbook is written (electron/backend/export/images.ts), with the cell's row made tall enough.
 * Give the column a width that fits the picture. CSV ignores pictures; the cell's own value (a caption) stays.
 */
export interface SheetImage {
  /** Index into `rows` of the row the picture sits in. */
  row: number;
  /** Key of the column the picture sits in. */
  column: string;
  svg: string;
  /** Size shown in the sheet, in px (Excel's 96 per inch). */
  width: number;
  height: number;
  /** PNG pixels per SVG unit: 2 draws a 1600x900 picture as 3200x1800, sharp in print. */
  scale: number;
  /** Alternative text, e.g. the board's name. */
  description: string;
  /** Written into the picture's cell instead of its caption when the picture cannot be drawn (translated). */
  failedText?: string;
}

/** The team and board columns every board sheet starts with, so one autofilter spans all teams of a round. */
export const BOARD_SHEET_COLUMNS: readonly SheetColumn[] = [
  { key: 'team', headerKey: 'export.header.team', type: 'text', width: 24 },
  { key: 'board', headerKey: 'export.header.board', type: 'text', width: 24 },
];
