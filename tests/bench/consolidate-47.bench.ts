// Consolidating a round of 47 teams (issue 17): 47 coaches' workshop packages in one folder, read, merged, the run
// charts rasterised (off the main thread) and the round workbook written by the app's writer — what `cli
// consolidate` does. Anchor, interleaved in the same run: the bare exceljs streaming writer writing the same cells
// (no styles, no pictures). The picture cache is emptied before every app run, so each is a cold export.
// Goal: ≤ 2 s median.
//   bench consolidate-47: X ms, ratio R vs bare-exceljs-stream-same-cells
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SheetSpec } from '../../shared/export/sheet';
import { median, overBudget, report, size } from './harness';

const TEAMS = size(47, 3);
const RUNS = size(5, 1);
const GOAL_MS = 2000;

const { createDemoWorkshop } = await import('../../shared/demo');
const { serializePackage, toPackage } = await import('../../shared/package/serialize');
const { writeFileSync } = await import('node:fs');
const { consolidateFolder, consolidatedSheets } = await import('../../electron/backend/export/consolidate');
const { withPictures } = await import('../../electron/backend/export/pictures-sheet');
const { withCover } = await import('../../electron/backend/export/cover-sheet');
const { writeWorkbook } = await import('../../electron/backend/export/workbook');
const { pictureCache, rasterPool } = await import('../../electron/backend/export/rasterize');

/** One package per coach's workshop (three teams each, the last fewer), every team under its own name. */
function writeFolder(dir: string): void {
  for (let w = 0, team = 0; team < TEAMS; w++) {
    const d = createDemoWorkshop({ lang: 'fi', seed: 100 + w });
    const teams = d.teams.slice(0, TEAMS - team).map((t) => ({ ...t, name: `${t.name} ${++team}` }));
    const keep = new Set(teams.map((t) => t.id));
    const data = {
      ...d,
      teams,
      members: d.members.filter((m) => keep.has(m.teamId)),
      boards: d.boards.filter((b) => keep.has(b.teamId)),
    };
    const pkg = toPackage(data, { appVersion: 'bench', exportedAt: '2026-11-05T00:00:00.000Z' });
    writeFileSync(join(dir, `valmentaja-${String(w + 1).padStart(2, '0')}.json`), serializePackage(pkg));
  }
}

async function consolidateApp(dir: string, target: string): Promise<SheetSpec[]> {
  const c = await consolidateFolder(dir, [target]);
  const sheets = withCover(c.data, withPictures(consolidatedSheets(c), c.data, { lang: 'fi', pictures: 'charts' }), {
    appVersion: 'bench',
    exportedAt: new Date(2026, 10, 5),
    sourceFiles: c.sources.map((s) => s.file),
    lang: 'fi',
  });
  await writeWorkbook(sheets, target);
  return sheets;
}

async function anchorWrite(sheets: readonly SheetSpec[], target: string): Promise<void> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
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
}

const dir = mkdtempSync(join(tmpdir(), 'lapimurto-bench-consolidate-'));
const input = join(dir, 'in');
const { mkdirSync } = await import('node:fs');
mkdirSync(input);
try {
  writeFolder(input);
  const target = join(dir, 'kierros.xlsx');
  const anchorTarget = join(dir, 'anchor.xlsx');
  // Warm-up: modules loaded, the rasteriser thread started; its sheets are the anchor's cells.
  const sheets = await consolidateApp(input, target);
  const app: number[] = [];
  const anchor: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    pictureCache.clear();
    let t0 = performance.now();
    await consolidateApp(input, target);
    app.push(performance.now() - t0);
    t0 = performance.now();
    await anchorWrite(sheets, anchorTarget);
    anchor.push(performance.now() - t0);
  }
  const t0 = performance.now();
  await consolidateApp(input, target);
  const warm = performance.now() - t0;
  const rows = sheets.reduce((n, s) => n + s.rows.length, 0);
  const pictures = sheets.reduce((n, s) => n + (s.images?.length ?? 0), 0);
  console.error(
    `consolidate-47: ${TEAMS} teams, ${rows} rows in ${sheets.length} sheets, ${pictures} run charts; ` +
      `app file ${(statSync(target).size / 1e6).toFixed(1)} MB; app ms ${app.map((x) => x.toFixed(0)).join('/')}, ` +
      `anchor ms ${anchor.map((x) => x.toFixed(0)).join('/')}; again with every picture cached ${warm.toFixed(0)} ms`,
  );
  const ms = median(app);
  report('consolidate-47', ms, 'ms', median(anchor), 'bare-exceljs-stream-same-cells');
  if (!(ms <= GOAL_MS)) overBudget(`consolidate-47: ${ms.toFixed(0)} ms median, over the ${GOAL_MS} ms goal`);
} finally {
  await rasterPool.close();
  rmSync(dir, { recursive: true, force: true });
}
