import { afterAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createDemoWorkshop } from '../../../shared/demo';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { workshopWorkbook } from '../../../electron/backend/export/cover-sheet';
import { writeWorkbook, type WorkbookProgress } from '../../../electron/backend/export/workbook';
import { readWorkbook, tempDir } from './helpers';

/** A round of 60 teams: the demo workshop's three teams twenty times over, each copy with its own ids and names. */
function sixtyTeams(): WorkshopData {
  const demo = createDemoWorkshop({ lang: 'fi', seed: 500 });
  const copies = Array.from({ length: 20 }, (_, k) => {
    const id = (s: string) => `${s}-${k}`;
    return {
      teams: demo.teams.map((t, i) => ({ ...t, id: id(t.id), name: `${t.name} ${k * 3 + i + 1}`, ordinal: k * 3 + i })),
      members: demo.members.map((m) => ({ ...m, id: id(m.id), teamId: id(m.teamId) })),
      boards: demo.boards.map((b) => ({ ...b, id: id(b.id), teamId: id(b.teamId) })),
    };
  });
  return {
    ...demo,
    teams: copies.flatMap((c) => c.teams),
    members: copies.flatMap((c) => c.members),
    boards: copies.flatMap((c) => c.boards),
  };
}

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('a round of 60 teams', () => {
  it('exports with progress, within memory, and a picture resvg cannot draw is named in its cell', async () => {
    const data = sixtyTeams();
    expect(data.teams).toHaveLength(60);
    // Rows only (the board pictures are the rasteriser's tests); the one picture below is the bad input.
    const sheets = workshopWorkbook(data, { appVersion: 'test', exportedAt: new Date(2026, 10, 5), pictures: 'none' });
    // One picture that resvg cannot draw (broken SVG) in the first board sheet with rows.
    const at = sheets.findIndex((s, i) => i > 0 && s.rows.length > 0 && s.columns.length > 1);
    const sheet = sheets[at]!;
    const column = sheet.columns.at(-1)!.key;
    sheets[at] = {
      ...sheet,
      images: [
        {
          row: 0,
          column,
          svg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect',
          width: 400,
          height: 200,
          scale: 1,
          description: 'Rikkinäinen kuva',
          failedText: 'Kuvaa ei voitu piirtää',
        },
      ],
    };
    const rows = sheets.reduce((n, s) => n + s.rows.length, 0);

    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const progress: WorkbookProgress[] = [];
    const target = join(tmp.dir, 'kierros-60.xlsx');
    const t0 = performance.now();
    try {
      await writeWorkbook(sheets, target, { onProgress: (p) => progress.push(p) });
    } finally {
      clearInterval(sample);
    }
    const ms = performance.now() - t0;
    peak = Math.max(peak, process.memoryUsage().rss);

    // Progress: many steps, never backwards, ending at the total (every row and the picture).
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1]!.done)).toBe(true);
    expect(progress.at(-1)).toEqual({ done: rows + 1, total: rows + 1 });
    // Within memory: the streaming writer holds a chunk of rows, not the workbook.
    const grewMb = (peak - baseline) / 2 ** 20;
    expect(grewMb, `RSS grew ${grewMb.toFixed(0)} MB over ${rows} rows in ${ms.toFixed(0)} ms`).toBeLessThan(400);
    expect(statSync(target).size).toBeGreaterThan(100_000);

    const wb = await readWorkbook(target);
    const ws = wb.getWorksheet(sheet.name)!;
    const col = sheet.columns.findIndex((c) => c.key === column) + 1;
    expect(ws.getRow(2).getCell(col).value).toBe('Kuvaa ei voitu piirtää');
    expect(ws.getImages()).toHaveLength(0);
    expect(wb.worksheets.length).toBe(sheets.length);
  }, 120_000);
});
