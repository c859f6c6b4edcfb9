/**
 * The spreadsheet reader's own process: turns one spreadsheet (xlsx or csv bytes) into rows of plain cells and
 * exits. It runs as a Node child process (host, CLI) or an Electron utility process (app) with a hard V8 heap cap,
 * watched by the parent for resident memory and time, so a hostile file kills this process, never the app. The
 * zip's parts are checked (zip-check.ts) before exceljs expands anything.
 */
import ExcelJS from 'exceljs';
import { checkParts, SheetRefused } from './zip-check';
import { parseCsv, type SheetCell, MAX_IMPORT_ROWS } from '../../../shared/boards/measures/import';

interface Input {
  bytes: Uint8Array;
  kind: 'xlsx' | 'csv';
}

const MAX_COLS = 12;

function cellValue(v: ExcelJS.CellValue): SheetCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      // Formulas are not run: the cached result Excel saved is used, or the cell reads as text.
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return '=?';
      if (typeof result === 'object' && result !== null && 'error' in result)
        return String((result as { error: unknown }).error);
      return cellValue(result as ExcelJS.CellValue);
    }
    if ('error' in v) return String(v.error);
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

async function run({ bytes, kind }: Input): Promise<{ sheetName: string; rows: SheetCell[][] }> {
  if (kind === 'csv') return { sheetName: 'CSV', rows: parseCsv(new TextDecoder('utf-8').decode(bytes)) };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0) ?? wb.worksheets[0];
  if (!ws) return { sheetName: '', rows: [] };
  const rows: SheetCell[][] = [];
  const last = Math.min(ws.rowCount, MAX_IMPORT_ROWS + 1);
  for (let r = 1; r <= last; r++) {
    // row.values is sparse and 1-based; reading it does not create the empty cells that getCell would.
    const values = ws.getRow(r).values as ExcelJS.CellValue[];
    const cells: SheetCell[] = [];
    const n = Math.min(values.length - 1, MAX_COLS);
    for (let c = 1; c <= n; c++) cells.push(cellValue(values[c] ?? null));
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  }
  return { sheetName: ws.name, rows };
}

export type ReaderReply =
  | { ok: true; sheetName: string; rows: SheetCell[][] }
  | { ok: false; reason: 'tooComplex' | 'unreadable'; message: string };

async function answer(job: Input): Promise<ReaderReply> {
  try {
    if (job.kind === 'xlsx') checkParts(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength));
    return { ok: true, ...(await run(job)) };
  } catch (e) {
    if (e instanceof SheetRefused) return { ok: false, reason: e.reason, message: e.message };
    return { ok: false, reason: 'unreadable', message: e instanceof Error ? e.message : String(e) };
  }
}

// Electron's utility process talks through process.parentPort; a Node child process through process.send.
interface ParentPort {
  on(event: 'message', cb: (e: { data: Input }) => void): void;
  postMessage(msg: ReaderReply): void;
}
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (parentPort) {
  parentPort.on('message', (e) => {
    void answer(e.data).then((reply) => {
      parentPort.postMessage(reply);
      process.exit(0);
    });
  });
} else if (process.send) {
  process.once('message', (job: Input) => {
    void answer(job).then((reply) => process.send!(reply, () => process.exit(0)));
  });
}
