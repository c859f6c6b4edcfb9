import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { makeTempDir } from '../../helpers/backend';
import { createDemoWorkshop } from '../../../shared/demo';
import { findPersonalData } from '../../../shared/analysis/personal-data';
import { parsePackageText } from '../../../electron/backend/files/package-io';
import { cli, writePackage } from './helpers';

function workshopWithPersonalData() {
  const data = structuredClone(createDemoWorkshop({ lang: 'fi' }));
  data.round.notes = 'Yhteyshenkilö liisa.esimerkki@thl.fi';
  data.teams[0]!.aim = `${data.teams[0]!.aim} Asiakas 131052-308T.`;
  data.members[1]!.organisation = 'puh. 040 123 4567';
  data.teams[2]!.process = 'Soita 09 310 1691';
  return data;
}

describe('cli personal-data check', () => {
  it('refuses export-xlsx and export-json with one line naming the count and the first places, writing nothing', async () => {
    const dir = makeTempDir();
    const input = join(dir, 'hetu.json');
    writePackage(input, workshopWithPersonalData());
    const before = readFileSync(input);
    for (const [cmd, out] of [
      ['export-xlsx', join(dir, 'out.xlsx')],
      ['export-json', join(dir, 'out.json')],
    ] as const) {
      const r = await cli(cmd, input, out);
      expect(r.code, cmd).toBe(3);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('4 (henkilötunnus 1, puhelinnumero 2, sähköposti 1)');
      expect(lines[0]).toContain('round.notes');
      expect(lines[0]).toContain('teams[0].aim');
      expect(lines[0]).toContain('--allow-personal-data');
      expect(lines[0]).not.toMatch(/131052|liisa|123 4567/);
      expect(existsSync(out)).toBe(false);
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  }, 60_000);

  it('writes as is with --allow-personal-data (and says so), masked with --mask-personal-data', async () => {
    const dir = makeTempDir();
    const input = join(dir, 'hetu.json');
    writePackage(input, workshopWithPersonalData());

    const allowed = join(dir, 'allowed.xlsx');
    const a = await cli('export-xlsx', input, allowed, '--allow-personal-data');
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('henkilötietoja mukana (--allow-personal-data)');
    expect(a.stdout).toContain('4 (henkilötunnus 1, puhelinnumero 2, sähköposti 1)');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(allowed);
    expect(String(wb.getWorksheet('Kierros')!.getRow(2).getCell(5).value)).toBe('Yhteyshenkilö liisa.esimerkki@thl.fi');

    const maskedJson = join(dir, 'masked.json');
    const m = await cli('export-json', input, maskedJson, '--mask-personal-data');
    expect(m.code).toBe(0);
    expect(m.stdout).toContain('peitetty (--mask-personal-data)');
    const masked = parsePackageText(readFileSync(maskedJson, 'utf8'));
    expect(findPersonalData(masked)).toEqual([]);
    expect(masked.round.notes).toBe('Yhteyshenkilö *****.*********@***.**');
    expect(masked.teams[0]!.aim).toContain('Asiakas ******-****.');

    const maskedXlsx = join(dir, 'masked.xlsx');
    expect((await cli('export-xlsx', input, maskedXlsx, '--mask-personal-data')).code).toBe(0);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(maskedXlsx);
    const cells: string[] = [];
    for (const ws of wb2.worksheets) ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells.join('\n')).not.toMatch(/131052-308T|liisa\.esimerkki|040 123 4567|09 310 1691/);

    const bad = await cli('export-xlsx', input, join(dir, 'x.xlsx'), '--allow-everything');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--allow-everything');
  }, 60_000);
});
