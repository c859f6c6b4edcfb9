// The round workbook of a full round: 10 teams with full boards (about 20,000 rows over every sheet) and 60 board
// pictures (PNG, 200-400 KB each, as the rasteriser makes them at print resolution), written by the app's writer
// (exceljs streaming, styled headers, typed cells, pictures anchored, atomic file). Anchor, in the same run:
// the bare exceljs streaming writer writing the same cells without styles or pictures. Each writer runs in its own
// child process, so its peak RSS is its own; the median of three runs each. Goal: ≤ 3× in time and in peak memory.
//   bench excel-round-write: X ms, ratio R vs bare-exceljs-stream-same-cells
//   bench excel-round-memory: X MB, ratio R vs bare-exceljs-stream-same-cells
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import type { SheetSpec } from '../../shared/export/sheet';
import { median, overBudget, report, size } from './harness';

const TEAMS = 10;
const TARGET_ROWS = size(20_000, 300);
const PICTURES = size(60, 2);
const GOAL = 3;

interface ChildResult {
  ms: number;
  maxRssMb: number;
  bytes: number;
  rows: number;
}

// ---------- the round ----------

async function roundSheets(): Promise<SheetSpec[]> {
  const { createDemoWorkshop } = await import('../../shared/demo');
  const { workshopWorkbook } = await import('../../electron/backend/export/cover-sheet');
  // Ten teams from four demo workshops (each seed its own ids), merged into one workshop.
  const demos = [1, 2, 3, 4].map((seed) => createDemoWorkshop({ lang: 'fi', seed }));
  const teams = demos
    .flatMap((d) => d.teams)
    .slice(0, TEAMS)
    .map((t, i) => ({ ...t, name: `${t.name} (${i + 1})`, ordinal: i }));
  const keep = new Set(teams.map((t) => t.id));
  const data = {
    ...demos[0]!,
    teams,
    members: demos.flatMap((d) => d.members).filter((m) => keep.has(m.teamId)),
    boards: demos.flatMap((d) => d.boards).filter((b) => keep.has(b.teamId)),
  };
  // The pictures are made below as PNGs (the writer's part of the work), so the sheets' SVG pictures and their
  // Kuvat sheet are left out here; rasterising is measured apart from writing.
  const sheets: SheetSpec[] = workshopWorkbook(data, { appVersion: 'bench', exportedAt: new Date(2026, 10, 5) })
    .filter((s) => s.name !== 'Kuvat')
    .map(({ images: _pictures, ...s }) => s);
  // Full boards: a year of work has many more notes, steps, causes and data points than the demo. Every board
  // sheet's rows are repeated (text varied) until the round holds about TARGET_ROWS rows, in the demo's shape.
  const boardSheets = sheets.slice(5).filter((s) => s.rows.length > 0);
  const base = sheets.reduce((n, s) => n + s.rows.length, 0);
  const perBoardRow = Math.max(
    1,
    Math.round((TARGET_ROWS - base) / boardSheets.reduce((n, s) => n + s.rows.length, 0)),
  );
  for (const s of boardSheets) {
    const original = s.rows;
    const rows: SheetSpec['rows'] = [...original];
    for (let k = 1; k <= perBoardRow; k++) {
      for (const r of original) {
        const copy = { ...r };
        for (const c of s.columns)
          if (c.type === 'text' && typeof copy[c.key] === 'string' && copy[c.key] !== '' && c.key !== 'team')
            copy[c.key] = `${copy[c.key] as string} (${k})`;
        rows.push(copy);
      }
    }
    s.rows = rows;
  }
  // The pictures sheet: one row per picture.
  sheets.push({
    name: 'Kuvat',
    columns: [
      { key: 'team', header: 'Tiimi', type: 'text', width: 30 },
      { key: 'board', header: 'Taulu', type: 'text', width: 30 },
      { key: 'picture', header: 'Kuva', type: 'text', width: 120 },
    ],
    rows: Array.from({ length: PICTURES }, (_, i) => ({
      team: teams[i % TEAMS]!.name,
      board: `Taulu ${i + 1}`,
      picture: `Kuva: taulu ${i + 1}`,
    })),
  });
  return sheets;
}

/** A PNG of a board-like picture (flat colour areas, lines and text-like noise) compressing to 200-400 KB. */
function boardPng(seed: number): Buffer {
  const w = 1600;
  const h = 900;
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = table[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, body: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    const tb = Buffer.concat([Buffer.from(type, 'latin1'), body]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(tb));
    return Buffer.concat([len, tb, c]);
  };
  const raw = Buffer.alloc((w * 3 + 1) * h);
  let s = seed * 7919 + 1;
  for (let y = 0; y < h; y++) {
    const row = y * (w * 3 + 1);
    for (let x = 0; x < w; x++) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      const cell = (((x / 200) | 0) + ((y / 150) | 0)) % 5;
      const ink = (s & 0xff) < 48 && y % 150 > 30 && y % 150 < 110;
      // Anti-aliased text: ink of varying darkness.
      const v = ink ? (s >> 9) & 0x7f : 200 + cell * 10;
      raw[row + 1 + x * 3] = v;
      raw[row + 2 + x * 3] = ink ? 40 : 230 - cell * 12;
      raw[row + 3 + x * 3] = ink ? 60 : 180 + cell * 8;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------- the children ----------

async function childExceljs(dir: string): Promise<ChildResult> {
  const sheets = JSON.parse(readFileSync(join(dir, 'sheets.json'), 'utf8')) as SheetSpec[];
  const pngs = readdirSync(join(dir, 'png'))
    .sort()
    .map((f) => readFileSync(join(dir, 'png', f)));
  const { writeWorkbook } = await import('../../electron/backend/export/workbook');
  const target = join(dir, `app-${process.pid}.xlsx`);
  const t0 = performance.now();
  await writeWorkbook(sheets, target, {
    images: pngs.map((png, i) => ({
      sheet: 'Kuvat',
      png,
      col: 2,
      row: i + 1,
      width: 800,
      height: 450,
      description: `Taulu ${i + 1}`,
    })),
  });
  const ms = performance.now() - t0;
  const bytes = statSync(target).size;
  rmSync(target);
  return {
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    bytes,
    rows: sheets.reduce((n, s) => n + s.rows.length, 0),
  };
}

async function childAnchor(dir: string): Promise<ChildResult> {
  const sheets = JSON.parse(readFileSync(join(dir, 'sheets.json'), 'utf8')) as SheetSpec[];
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const target = join(dir, `anchor-${process.pid}.xlsx`);
  const t0 = performance.now();
  // The bare exceljs streaming writer: the same cells, no styles, no pictures, no page setup.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: target, useStyles: false, useSharedStrings: false });
  const names = new Set<string>();
  for (const s of sheets) {
    let name = s.name.replace(/[[\]*?:/\\]/g, ' ').slice(0, 31);
    for (let k = 2; names.has(name.toLowerCase()); k++) name = `${s.name.slice(0, 27)} (${k})`;
    names.add(name.toLowerCase());
    const ws = wb.addWorksheet(name);
    ws.addRow(s.columns.map((c) => c.header ?? c.key)).commit();
    for (const r of s.rows) {
      ws.addRow(
        s.columns.map((c) => {
          const v = r[c.key];
          return v !== null && typeof v === 'object' && !(v instanceof Date) ? v.result : v;
        }),
      ).commit();
    }
    ws.commit();
  }
  await wb.commit();
  const ms = performance.now() - t0;
  const bytes = statSync(target).size;
  rmSync(target);
  return {
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    bytes,
    rows: sheets.reduce((n, s) => n + s.rows.length, 0),
  };
}

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  const which = process.argv[3];
  const dir = process.argv[4]!;
  const r = which === 'exceljs' ? await childExceljs(dir) : await childAnchor(dir);
  process.stdout.write(`${JSON.stringify(r)}\n`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'lapimurto-bench-excel-'));
  try {
    const sheets = await roundSheets();
    writeFileSync(join(dir, 'sheets.json'), JSON.stringify(sheets));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'png'));
    let pngBytes = 0;
    for (let i = 0; i < PICTURES; i++) {
      const png = boardPng(i + 1);
      pngBytes += png.length;
      writeFileSync(join(dir, 'png', `${String(i).padStart(3, '0')}.png`), png);
    }
    const run = (which: string): ChildResult => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', which, dir], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      if (r.status !== 0) throw new Error(`${which} child failed:\n${r.stderr}`);
      return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildResult;
    };
    const app: ChildResult[] = [];
    const anchor: ChildResult[] = [];
    for (let i = 0; i < size(3, 1); i++) {
      app.push(run('exceljs'));
      anchor.push(run('anchor'));
    }
    const rows = app[0]!.rows;
    console.error(
      `excel-round: ${rows} rows in ${sheets.length} sheets, ${PICTURES} pictures (${(pngBytes / PICTURES / 1024).toFixed(0)} KB each on average); ` +
        `app file ${(app[0]!.bytes / 1e6).toFixed(1)} MB, anchor file ${(anchor[0]!.bytes / 1e6).toFixed(1)} MB; ` +
        `app ms ${app.map((r) => r.ms.toFixed(0)).join('/')}, anchor ms ${anchor.map((r) => r.ms.toFixed(0)).join('/')}`,
    );
    const ANCHOR = 'bare-exceljs-stream-same-cells';
    const ms = [median(app.map((r) => r.ms)), median(anchor.map((r) => r.ms))] as const;
    const mb = [median(app.map((r) => r.maxRssMb)), median(anchor.map((r) => r.maxRssMb))] as const;
    report('excel-round-write', ms[0], 'ms', ms[1], ANCHOR);
    report('excel-round-memory', mb[0], 'MB', mb[1], ANCHOR);
    if (!(ms[0] / ms[1] <= GOAL))
      overBudget(`excel round: ${(ms[0] / ms[1]).toFixed(2)}× the bare exceljs writer's time, over the ${GOAL}× goal`);
    if (!(mb[0] / mb[1] <= GOAL))
      overBudget(
        `excel round: ${(mb[0] / mb[1]).toFixed(2)}× the bare exceljs writer's peak memory, over the ${GOAL}× goal`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
