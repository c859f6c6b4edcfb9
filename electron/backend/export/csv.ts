import { ApiFailure } from '../../../shared/api/errors';
import { isFormulaCell, type SheetColumn, type SheetSpec, type SheetCell } from '../../../shared/export/sheet';
import { writeBytesAtomically } from '../files/atomic';
import { cleanText, isoToDate } from './cells';
import { writtenHeader } from '../../../shared/export/headers';

/**
 * CSV of one sheet, for THL staff who load it into Excel, LibreOffice, R or SPSS.
 *
 * - UTF-8 with a byte-order mark (Excel otherwise reads UTF-8 as the legacy code page and breaks ä and ö).
 * - Separator `;` by default, which Finnish (and Swedish) Excel expects because `,` is the decimal separator there;
 *   numbers are then written with a decimal comma (`1,5`), dates as `d.m.yyyy` and booleans as TOSI / EPÄTOSI so
 *   a Finnish Excel reads them as numbers, dates and booleans. With `,` (on request) numbers use a decimal point,
 *   dates are ISO `yyyy-mm-dd` and booleans TRUE / FALSE.
 * - RFC 4180: fields holding the separator, a double quote, a line break or leading/trailing spaces are quoted and
 *   quotes doubled; rows end in CRLF (line breaks inside a text stay LF, inside the quotes).
 * - Safe cells: a text beginning with `=`, `+`, `-`, `@`, tab or carriage return would be run as a formula (or DDE
 *   command) by Excel and LibreOffice when the CSV is opened. Such a text is written quoted with a single quote in
 *   front (`"'=SUMMA(A1)"`). The quote is the OWASP-recommended neutraliser: spreadsheets show it, so the reader can
 *   see the cell was escaped, and no spreadsheet evaluates it. Only text is escaped: numbers from number columns
 *   (a negative `-5`) are data, not text, and are written as numbers. Formula cells of the sheet are written as
 *   their computed value; CSV never carries a formula.
 */
export type CsvSeparator = ';' | ',';

export interface CsvOptions {
  separator?: CsvSeparator;
}

const BOM = '\uFEFF';
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** A number as plain decimal text (no exponent, no grouping), with `,` or `.` as the decimal separator. */
function formatNumber(n: number, decimalComma: boolean): string {
  const s =
    Number.isInteger(n) && Math.abs(n) < 1e21
      ? String(n)
      : n.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 15 });
  return decimalComma ? s.replace('.', ',') : s;
}

/** A text field written so no spreadsheet runs it: a leading `'` when it starts like a formula. */
export function safeText(raw: string): { text: string; escaped: boolean } {
  const text = cleanText(raw);
  const escaped = DANGEROUS_START.test(raw) || DANGEROUS_START.test(text);
  return { text: escaped ? `'${text}` : text, escaped };
}

function quote(field: string, separator: CsvSeparator, force: boolean): string {
  const needs = force || field.includes(separator) || /["\r\n]/.test(field) || /^\s|\s$/.test(field);
  return needs ? `"${field.replace(/"/g, '""')}"` : field;
}

function textField(raw: string, separator: CsvSeparator): string {
  const { text, escaped } = safeText(raw);
  return quote(text, separator, escaped);
}

function field(col: SheetColumn, v: SheetCell | undefined, separator: CsvSeparator): string {
  const finnish = separator === ';';
  const value = isFormulaCell(v) ? v.result : (v ?? null);
  if (value === null || value === '') return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    if (col.type === 'number' || col.type === 'integer' || isFormulaCell(v))
      return quote(formatNumber(value, finnish), separator, false);
    return textField(String(value), separator);
  }
  if (typeof value === 'boolean') {
    if (col.type === 'boolean') return finnish ? (value ? 'TOSI' : 'EPÄTOSI') : value ? 'TRUE' : 'FALSE';
    return textField(String(value), separator);
  }
  if (col.type === 'date') {
    const d = isoToDate(value);
    if (d) {
      return finnish
        ? `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`
        : `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
    }
  }
  return textField(value, separator);
}

/** The sheet as CSV text (header row first), without the byte-order mark. */
export function sheetToCsvText(spec: SheetSpec, options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const lines = [spec.columns.map((c) => textField(writtenHeader(c), separator)).join(separator)];
  for (const row of spec.rows) lines.push(spec.columns.map((c) => field(c, row[c.key], separator)).join(separator));
  return lines.map((l) => `${l}\r\n`).join('');
}

/** The sheet as the bytes of a .csv file: UTF-8 with BOM. */
export function sheetToCsv(spec: SheetSpec, options: CsvOptions = {}): Buffer {
  return Buffer.from(BOM + sheetToCsvText(spec, options), 'utf8');
}

/** Writes the sheet as CSV at `targetPath`, all at once (no partial file on failure: an `io` ApiFailure instead). */
export async function writeCsv(
  spec: SheetSpec,
  targetPath: string,
  options: CsvOptions = {},
): Promise<{ bytes: number }> {
  const bytes = sheetToCsv(spec, options);
  try {
    await writeBytesAtomically(targetPath, bytes);
  } catch (e) {
    throw new ApiFailure(
      'io',
      'errors.code.io',
      undefined,
      `cannot write ${targetPath}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return { bytes: bytes.length };
}
