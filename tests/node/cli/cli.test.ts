import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { makeTempDir } from '../../helpers/backend';
import { BOARD_KINDS } from '../../../shared/boards/registry';
import { cli, cliThroughTsx } from './helpers';

describe('cli', () => {
  it('writes the demo, reports it, and round-trips it through JSON and Excel without touching the input', async () => {
    const dir = makeTempDir();
    const demo = join(dir, 'demo.lapimurto');
    // This one runs exactly as `npm run cli` does (tsx); the rest run the same source bundled.
    expect((await cliThroughTsx('demo', demo)).code).toBe(0);
    const before = readFileSync(demo);

    const info = await cliThroughTsx('info', demo);
    expect(info.code).toBe(0);
    const report = JSON.parse(info.stdout);
    expect(report.counts.teams).toBe(3);
    for (const kind of BOARD_KINDS) expect(report.boardsByKind[kind], kind).toBeGreaterThan(0);
    const counties = new Set(report.teams.map((t: { county: string }) => t.county));
    expect(counties.size).toBe(3);
    for (const t of report.teams) {
      expect(t.membersByRole['client-rep'].length).toBeGreaterThanOrEqual(1);
      expect(t.membersByRole['coach']).toHaveLength(2);
      expect(t.warnings).toEqual([]);
    }

    const json = join(dir, 'demo.json');
    expect((await cli('export-json', demo, json)).code).toBe(0);
    const copy = join(dir, 'copy.lapimurto');
    expect((await cli('import-json', json, copy)).code).toBe(0);
    const json2 = join(dir, 'copy.json');
    expect((await cli('export-json', copy, json2)).code).toBe(0);
    const strip = (s: string) => ({ ...JSON.parse(s), exportedAt: '' });
    expect(strip(readFileSync(json2, 'utf8'))).toEqual(strip(readFileSync(json, 'utf8')));

    const xlsx = join(dir, 'demo.xlsx');
    expect((await cli('export-xlsx', demo, xlsx)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Kierros', 'Tiimit', 'Jäsenet', 'Työpajapäivät', 'Ideaseinä']),
    );

    expect(readFileSync(demo).equals(before)).toBe(true);
  }, 60_000);

  it('fails with one line on stderr and a non-zero exit for bad arguments and bad files', async () => {
    const dir = makeTempDir();
    const junk = join(dir, 'junk.lapimurto');
    writeFileSync(junk, 'not a workshop');
    const cases = [
      await cli(),
      await cli('frobnicate'),
      await cli('info'),
      await cli('info', join(dir, 'missing.lapimurto')),
      await cli('info', junk),
      await cli('export-xlsx', junk, join(dir, 'out.xlsx')),
    ];
    for (const c of cases) {
      expect(c.code).not.toBe(0);
      expect(c.stderr.trim().length).toBeGreaterThan(0);
    }
    expect(cases[4]!.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
    expect(readFileSync(junk, 'utf8')).toBe('not a workshop');
    const demo = join(dir, 'd.lapimurto');
    await cli('demo', demo);
    const again = await cli('demo', demo);
    expect(again.code).not.toBe(0);
  }, 60_000);
});
