import type { CellValue, ColumnType, FormulaCell } from '../../../shared/export/sheet';

/** What the writer puts in one cell: the value and the number format that makes Excel show it right. */
export interface PreparedCell {
  value: string | number | boolean | Date | null;
  numFmt?: string;
  wrap?: boolean;
}

/** Finnish short date, as Excel in a Finnish locale would show it. */
export const DATE_FORMAT = 'd.m.yyyy';
/** Excel's "Text" format: what is typed into the cell later stays text too, never a formula. */
export const TEXT_FORMAT = '@';
const MAX_CELL_TEXT = 32_767;

// Characters XML 1.0 cannot carry (an .xlsx with them does not open); tab, LF and CR are allowed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe to store: no XML-invalid characters, within Excel's cell limit. Line breaks become LF, which is what
 * any XML reader (Excel included) turns a bare CR into anyway, so what is written is what is read back.
 */
export function cleanText(s: string): string {
  const t = s.replace(/\r\n?/g, '\n').replace(XML_INVALID, '').replace(LONE_SURROGATE, '\uFFFD');
  return t.length > MAX_CELL_TEXT ? t.slice(0, MAX_CELL_TEXT) : t;
}

/** A calendar date (`yyyy-mm-dd`, optionally followed by a time) as a UTC midnight Date, or null when not a real date. */
export function isoToDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Rejects 2025-02-30 and friends, which Date would roll over silently.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/**
 * Turns a SheetSpec value into a typed cell. Strings are always stored as strings with the Text format: a value
 * starting with = + - @ tab or CR is shown as written and is never evaluated (formula-injection safety). A value
 * that does not fit its column's type is kept as text rather than dropped.
 */
export function prepareCell(type: ColumnType, v: CellValue, widthChars: number): PreparedCell {
  if (v === null || v === '') return { value: null };
  switch (type) {
    case 'number':
    case 'integer':
      if (typeof v === 'number' && Number.isFinite(v))
        return { value: v, numFmt: type === 'integer' ? '0' : undefined };
      break;
    case 'date':
      if (typeof v === 'string') {
        const d = isoToDate(v);
        if (d) return { value: d, numFmt: DATE_FORMAT };
      }
      break;
    case 'boolean':
      if (typeof v === 'boolean') return { value: v };
      break;
    case 'text':
    case 'id':
      break;
  }
  const text = cleanText(String(v));
  return {
    value: text,
    numFmt: TEXT_FORMAT,
    wrap: type === 'text' && (text.length > widthChars || text.includes('\n')),
  };
}

/** Excel's column letters for a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Turns a FormulaCell's `{key}`, `{key-3}`, `{key+2}` references into A1 references for a cell on row `row`
 * (1-based), given each key's 1-based column. Returns null when a reference names an unknown column or a row
 * before the first data row, so the writer can store the computed value instead of a broken formula.
 */
export function resolveFormula(
  formula: string,
  columnOf: ReadonlyMap<string, number>,
  row: number,
  firstDataRow = 2,
): string | null {
  let ok = true;
  const text = formula.replace(
    /\{([A-Za-z0-9_]+)(?:([+-])(\d+))?\}/g,
    (_m, key: string, sign: string | undefined, n: string | undefined) => {
      const col = columnOf.get(key);
      const r = row + (sign === '-' ? -Number(n) : sign === '+' ? Number(n) : 0);
      if (col === undefined || r < firstDataRow) {
        ok = false;
        return '';
      }
      return `${columnLetter(col)}${r}`;
    },
  );
  return ok ? text.replace(/^=/, '') : null;
}

/** What exceljs stores for a formula cell: the formula and its cached result. */
export function prepareFormula(
  f: FormulaCell,
  columnOf: ReadonlyMap<string, number>,
  row: number,
): PreparedCell | { formula: string; result?: number } {
  const formula = resolveFormula(f.formula, columnOf, row);
  if (formula === null) return { value: f.result };
  return f.result === null || !Number.isFinite(f.result) ? { formula } : { formula, result: f.result };
}
