/** A tool-neutral table that the Excel writer turns into a worksheet; boards project onto it with `toSheet`. */
export type CellValue = string | number | boolean | null;

export type ColumnType = 'text' | 'id' | 'number' | 'integer' | 'date' | 'boolean';

export interface SheetColumn {
  /** Stable machine key, also the key in each row. */
  key: string;
  /** Header text (Finnish; the schema is documented per sheet). */
  header: string;
  type: ColumnType;
  /** Width in characters; the writer picks one when absent. */
  width?: number;
}

export interface SheetSpec {
  /** Sheet name, at most 31 characters, unique in a workbook. */
  name: string;
  columns: SheetColumn[];
  rows: Record<string, CellValue>[];
}
