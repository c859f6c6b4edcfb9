import type { MeasurePoint } from './model';
import { parseNumber, parsePeriod, periodOrdinal, type Frequency } from './periods';

/** A spreadsheet cell as the reader hands it over: text, number, an ISO date `yyyy-mm-dd`, or empty. */
export type SheetCell = string | number | null;

export type ImportErrorKey =
  'badDate' | 'notNumber' | 'noValue' | 'duplicate' | 'zeroDenominator' | 'noPeriodColumn' | 'noRows' | 'tooManyRows';

export interface ImportRowError {
  /** 1-based row number in the sheet (0 for the file as a whole). */
  row: number;
  key: ImportErrorKey;
  /** The offending text, or the row a duplicate first appeared on. */
  detail: string;
}

export interface ImportPreviewRow {
  row: number;
  period: string;
  value: number | null;
  denominator: number | null;
  note: string;
  /** The measure already has a point for this period; importing replaces it. */
  replaces: boolean;
}

export interface ImportResult {
  points: MeasurePoint[];
  preview: ImportPreviewRow[];
  errors: ImportRowError[];
  skippedEmpty: number;
  replaced: number;
}

export const MAX_IMPORT_ROWS = 20_000;

const HEADERS = {
  period:
    /^(pvm|päivä(mää?rä)?|date|datum|viikko|vk|week|vecka|kuukausi|kk|month|månad|jakso|period|aika|time|tid)(?![\p{L}])/iu,
  value: /^(arvo|value|värde|määrä|lukumäärä|lkm|osoittaja|numerator|täljare|antal|count|tulos|result)(?![\p{L}])/iu,
  denominator: /^(nimittäjä|denominator|nämnare|kaikki|total|yhteensä)(?![\p{L}])/iu,
  note: /^(huom(io|autus)?|note|notes|kommentti|comment|anteckning|selite|lisätieto)/iu,
};

function text(c: SheetCell | undefined): string {
  return c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : c.trim();
}

/**
 * Reads the rows of a measure's sheet: a period column (Finnish d.m.yyyy, ISO dates, Excel serials, week or month
 * keys), a value (or numerator), for rates a denominator, and an optional note. A header row is recognised by its
 * names (fi/sv/en); without one the columns are taken in that order. Nothing is written: the caller shows the
 * preview and the per-row errors, and imports only when there are no errors.
 */
export function parseImportRows(
  rows: readonly (readonly SheetCell[])[],
  opts: { frequency: Frequency; isRate: boolean; existing: ReadonlySet<string> },
): ImportResult {
  const errors: ImportRowError[] = [];
  const result: ImportResult = { points: [], preview: [], errors, skippedEmpty: 0, replaced: 0 };
  const firstIdx = rows.findIndex((r) => r.some((c) => text(c) !== ''));
  if (firstIdx < 0) {
    errors.push({ row: 0, key: 'noRows', detail: '' });
    return result;
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    errors.push({ row: 0, key: 'tooManyRows', detail: String(MAX_IMPORT_ROWS) });
    return result;
  }
  const first = rows[firstIdx]!;
  let col = { period: 0, value: 1, denominator: opts.isRate ? 2 : -1, note: opts.isRate ? 3 : 2 };
  let start = firstIdx;
  const looksLikeHeader =
    parsePeriod(first[0] ?? null, opts.frequency) === null &&
    first.some((c) => typeof c === 'string' && Object.values(HEADERS).some((re) => re.test(c.trim())));
  if (looksLikeHeader) {
    const find = (re: RegExp) => first.findIndex((c) => typeof c === 'string' && re.test(c.trim()));
    const period = find(HEADERS.period);
    if (period < 0) {
      errors.push({ row: firstIdx + 1, key: 'noPeriodColumn', detail: first.map(text).join(' | ').slice(0, 120) });
      return result;
    }
    const value = find(HEADERS.value);
    col = {
      period,
      value: value >= 0 ? value : period === 0 ? 1 : 0,
      denominator: opts.isRate ? find(HEADERS.denominator) : -1,
      note: find(HEADERS.note),
    };
    start = firstIdx + 1;
  }

  const firstRowOf = new Map<string, number>();
  for (let i = start; i < rows.length; i++) {
    const r = rows[i]!;
    const rowNo = i + 1;
    if (!r.some((c) => text(c) !== '')) {
      result.skippedEmpty++;
      continue;
    }
    const rawPeriod = r[col.period] ?? null;
    const period = parsePeriod(rawPeriod, opts.frequency);
    const rowErrors: ImportRowError[] = [];
    if (period === null) rowErrors.push({ row: rowNo, key: 'badDate', detail: text(rawPeriod) });
    const rawValue = r[col.value] ?? null;
    const value = parseNumber(rawValue);
    if (text(rawValue) === '') rowErrors.push({ row: rowNo, key: 'noValue', detail: '' });
    else if (value === null || Math.abs(value) > 1e9)
      rowErrors.push({ row: rowNo, key: 'notNumber', detail: text(rawValue) });
    let denominator: number | null = null;
    if (opts.isRate && col.denominator >= 0) {
      const rawDen = r[col.denominator] ?? null;
      denominator = parseNumber(rawDen);
      if (text(rawDen) === '') rowErrors.push({ row: rowNo, key: 'noValue', detail: '' });
      else if (denominator === null || Math.abs(denominator) > 1e9)
        rowErrors.push({ row: rowNo, key: 'notNumber', detail: text(rawDen) });
      else if (denominator === 0) rowErrors.push({ row: rowNo, key: 'zeroDenominator', detail: '' });
    }
    if (period !== null) {
      const seen = firstRowOf.get(period);
      if (seen !== undefined) rowErrors.push({ row: rowNo, key: 'duplicate', detail: String(seen) });
      else firstRowOf.set(period, rowNo);
    }
    const note = col.note >= 0 ? text(r[col.note]).slice(0, 500) : '';
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    const replaces = opts.existing.has(period!);
    if (replaces) result.replaced++;
    result.points.push({ period: period!, value, denominator, note, astronomical: false });
    result.preview.push({ row: rowNo, period: period!, value, denominator, note, replaces });
  }
  // Dates out of order in the sheet are fine: the chart is in time order.
  result.points.sort((a, b) => periodOrdinal(a.period) - periodOrdinal(b.period));
  if (result.points.length === 0 && errors.length === 0) errors.push({ row: 0, key: 'noRows', detail: '' });
  return result;
}

/** A small CSV reader: `;`, `,` or tab separated (whichever the first line uses most), double quotes, CRLF. */
export function parseCsv(textIn: string): SheetCell[][] {
  const textAll = textIn.replace(/^\ufeff/, '');
  const firstLine = textAll.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  const delim = counts.sort((a, b) => b[1] - a[1])[0]![0];
  const rows: SheetCell[][] = [];
  let row: SheetCell[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < textAll.length; i++) {
    const ch = textAll[i]!;
    if (quoted) {
      if (ch === '"') {
        if (textAll[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delim) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && textAll[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (rows.length > MAX_IMPORT_ROWS + 1) break;
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
