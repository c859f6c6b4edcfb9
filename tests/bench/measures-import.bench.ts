// Importing a 10,000-row .xlsx the way the app does (worker thread with a heap cap, then row-by-row validation),
// against a plain loop: exceljs loading the same bytes in this thread and reading every row, no checks.
import ExcelJS from 'exceljs';
import { readSheet } from '../../electron/backend/measures/read-sheet';
import { parseImportRows } from '../../shared/boards/measures/import';
import { addPeriods, periodStartIso } from '../../shared/boards/measures/periods';
import { report, size, timeRounds } from './harness';

const ROWS = size(10_000, 50);
const ROUNDS = size(3, 1);
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('Mittaukset');
ws.addRow(['Päivämäärä', 'Arvo', 'Huomio']);
for (let i = 0; i < ROWS; i++) {
  const [y, m, d] = periodStartIso(addPeriods('1830-W01', i, 'week')).split('-');
  ws.addRow([`${Number(d)}.${Number(m)}.${y}`, 10 + (i % 17), i % 50 === 0 ? 'tarkistettu' : '']);
}
const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

let imported = 0;
const appMs = await timeRounds(ROUNDS, async () => {
  const sheet = await readSheet(bytes);
  if (!sheet.ok) throw new Error(sheet.detail);
  const r = parseImportRows(sheet.rows, { frequency: 'week', isRate: false, existing: new Set() });
  if (r.errors.length) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  imported = r.points.length;
});
if (imported !== ROWS) throw new Error(`imported ${imported} of ${ROWS}`);

const plainMs = await timeRounds(ROUNDS, async () => {
  const w = new ExcelJS.Workbook();
  await w.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  let n = 0;
  w.worksheets[0]!.eachRow((row) => {
    if (row.getCell(2).value !== null) n++;
  });
  if (n !== ROWS + 1) throw new Error(`read ${n}`);
});

report('measures-import-10000-rows', appMs, 'ms', plainMs, 'plain exceljs load + row loop in-thread');
