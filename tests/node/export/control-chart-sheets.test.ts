import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createDemoWorkshop } from '../../../shared/demo';
import { workshopWorkbook } from '../../../electron/backend/export/cover-sheet';
import { writeWorkbook } from '../../../electron/backend/export/workbook';
import { readWorkbook, tempDir } from './helpers';

describe('control charts in the workbook, read back', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => {
    t = tempDir();
  });
  afterEach(() => t.cleanup());

  it('the demo XmR measure has its limits and verdict on Säätökaavioanalyysi and per week on Mittauspisteet', async () => {
    const data = createDemoWorkshop({ lang: 'fi' });
    const target = join(t.dir, 'kierros.xlsx');
    await writeWorkbook(
      workshopWorkbook(data, { appVersion: '1.0.0', exportedAt: new Date(2026, 0, 5), pictures: 'none' }),
      target,
    );
    const wb = await readWorkbook(target);
    const rowsOf = (name: string) => {
      const ws = wb.getWorksheet(name)!;
      expect(ws, name).toBeDefined();
      const head = (ws.getRow(1).values as unknown[]).slice(1).map(String);
      const rows: Record<string, unknown>[] = [];
      ws.eachRow((row, n) => {
        if (n === 1) return;
        const v = (row.values as unknown[]).slice(1);
        rows.push(Object.fromEntries(head.map((h, i) => [h, v[i] ?? null])));
      });
      return rows;
    };
    const control = rowsOf('Säätökaavioanalyysi');
    expect(control).toHaveLength(1);
    const row = control[0]!;
    expect(row).toMatchObject({ Mittari: 'Hoitajan ylityötunnit', Kaavio: 'XmR', Pisteitä: 26 });
    const centre = row['Keskiviiva'] as number;
    const lcl = row['Alempi valvontaraja'] as number;
    const ucl = row['Ylempi valvontaraja'] as number;
    expect(lcl).toBeLessThan(centre);
    expect(ucl).toBeGreaterThan(centre);
    expect(ucl - centre).toBeCloseTo(centre - lcl, 9);
    expect(String(row['Signaalit'])).toBe('Ei erityissyitä');

    const weekly = rowsOf('Mittauspisteet').filter((r) => r['Mittari'] === 'Hoitajan ylityötunnit');
    expect(weekly).toHaveLength(26);
    for (const r of weekly) expect(r).toMatchObject({ Keskiviiva: centre, 'Ylempi valvontaraja': ucl });
    const runChartRows = rowsOf('Mittauspisteet').filter((r) => r['Mittari'] === 'Odotusaika ensikäynnille');
    for (const r of runChartRows) expect(r['Ylempi valvontaraja']).toBeNull();
  });
});
