import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../helpers/backend';
import { ApiCallError } from '../../../shared/api/client';
import { columnHeader } from '../../../shared/export/headers';
import { createDemoWorkshop } from '../../../shared/demo';
import { workshopWorkbook } from '../../../electron/backend/export/cover-sheet';
import { consolidatedSheets, mergeSources } from '../../../electron/backend/export/consolidate';
import { readWorkbook } from './helpers';

let t: TestBackend;
beforeEach(() => {
  t = startTestBackend();
});
afterEach(() => t.dispose());

/** The demo workshop in the library, with personal data added to one member of the second team. */
async function demoWithPersonalData() {
  const { id: workshopId } = await t.client.call('library.createDemo', {});
  const state = await t.client.call('workshop.get', { workshopId });
  const teams = [...state.teams].sort((a, b) => a.ordinal - b.ordinal);
  const second = teams[1]!;
  const member = state.members.find((m) => m.teamId === second.id)!;
  // 131052-308T is the example identity code of the Digital and Population Data Services Agency.
  await t.client.call('members.update', {
    workshopId,
    id: member.id,
    patch: { organisation: 'Kotisairaala, hetu 131052-308T, aino@example.fi' },
  });
  return { workshopId, teams, member };
}

function exportedPath(file: { token: string; fileName: string }): string {
  return join(t.dataDir, 'exports', file.token, file.fileName);
}

function allText(wb: Awaited<ReturnType<typeof readWorkbook>>): string {
  const parts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => parts.push(String(c.value ?? '')))));
  return parts.join('\n');
}

describe('header language', () => {
  it('keys every column of every workbook sheet by a translation key with a text in fi, sv and en', () => {
    const demo = createDemoWorkshop({ lang: 'fi' });
    const sheets = [
      ...workshopWorkbook(demo, { appVersion: '1', exportedAt: new Date() }),
      ...consolidatedSheets({
        sources: [{ file: 'a.lapimurto', data: demo }],
        ...mergeSources([{ file: 'a.lapimurto', data: demo }]),
      }),
    ];
    const columns = sheets.flatMap((s) => s.columns.map((c) => ({ sheet: s.name, ...c })));
    expect(columns.filter((c) => c.headerKey === undefined).map((c) => `${c.sheet}.${c.key}`)).toEqual([]);
    for (const c of columns) {
      const texts = (['fi', 'sv', 'en'] as const).map((lang) => columnHeader(c, lang));
      for (const text of texts) expect(text, c.headerKey).not.toBe(c.headerKey);
    }
  });

  it('changes only the headers and the cover sheet words: sheet names, keys and values stay', () => {
    const demo = createDemoWorkshop({ lang: 'fi' });
    const fi = workshopWorkbook(demo, { appVersion: '1', exportedAt: new Date(2026, 0, 2) });
    for (const lang of ['sv', 'en'] as const) {
      const other = workshopWorkbook(demo, { appVersion: '1', exportedAt: new Date(2026, 0, 2), lang });
      expect(other.map((s) => s.name)).toEqual(fi.map((s) => s.name));
      other.forEach((s, i) => {
        expect(s.columns.map((c) => c.key)).toEqual(fi[i]!.columns.map((c) => c.key));
        expect(s.columns.map((c) => c.header)).toEqual(fi[i]!.columns.map((c) => columnHeader(c, lang)));
        // Data rows are the same; only the cover sheet and the captions beside pictures are written in the language.
        if (i > 0 && !fi[i]!.images?.length) expect(s.rows, s.name).toEqual(fi[i]!.rows);
      });
    }
    const sv = workshopWorkbook(demo, { appVersion: '1', exportedAt: new Date(2026, 0, 2), lang: 'sv' })[0]!;
    expect(sv.rows.map((r) => r.item)).toEqual(
      expect.arrayContaining(['Omgång', 'Exportdatum', 'Rubrikernas språk', 'Sida: Ideaseinä']),
    );
  });
});

describe('excel API', () => {
  it('lists personal data of the chosen scope with masked excerpts, never the data itself', async () => {
    const { workshopId, teams } = await demoWithPersonalData();
    const round = await t.client.call('excel.checkPersonalData', { workshopId, teamId: null });
    expect(round.total).toBe(2);
    expect(round.findings.map((f) => f.kind).sort()).toEqual(['email', 'hetu']);
    for (const f of round.findings) {
      expect(f.team).toBe(teams[1]!.name);
      expect(f.path).toMatch(/^members\[\d+\]\.organisation$/);
      expect(f.excerpt).not.toContain('131052-308T');
      expect(f.excerpt).not.toContain('aino@example.fi');
    }
    expect((await t.client.call('excel.checkPersonalData', { workshopId, teamId: teams[0]!.id })).total).toBe(0);
    expect((await t.client.call('excel.checkPersonalData', { workshopId, teamId: teams[1]!.id })).total).toBe(2);
  });

  it('refuses to write personal data, writes a masked copy on request and leaves the workshop as it was', async () => {
    const { workshopId, member } = await demoWithPersonalData();
    const before = await t.client.call('workshop.get', { workshopId });
    const refused = await t.client
      .call('excel.exportWorkbook', { workshopId, teamId: null, lang: 'fi', maskPersonalData: false, jobId: 'a' })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiCallError);
    expect((refused as ApiCallError).error).toMatchObject({
      code: 'invalidInput',
      key: 'excel.errors.personalData',
      params: { count: 2 },
    });
    expect(readdirSync(join(t.dataDir, 'exports')).flatMap((d) => readdirSync(join(t.dataDir, 'exports', d)))).toEqual(
      [],
    );

    const file = await t.client.call('excel.exportWorkbook', {
      workshopId,
      teamId: null,
      lang: 'fi',
      maskPersonalData: true,
      jobId: 'b',
    });
    const path = exportedPath(file);
    expect(existsSync(path)).toBe(true);
    const text = allText(await readWorkbook(path));
    expect(text).toContain('Kotisairaala, hetu ******-****, ****@*******.**');
    expect(text).not.toContain('131052-308T');
    expect(readFileSync(path).includes(Buffer.from('aino@example'))).toBe(false);

    const after = await t.client.call('workshop.get', { workshopId });
    expect(after.members.find((m) => m.id === member.id)!.organisation).toBe(
      'Kotisairaala, hetu 131052-308T, aino@example.fi',
    );
    expect(after.revision).toBe(before.revision);
  });

  it('writes one team with the cover sheet, headers in the chosen language, and reports progress by job id', async () => {
    const { id: workshopId } = await t.client.call('library.createDemo', {});
    const state = await t.client.call('workshop.get', { workshopId });
    const team = [...state.teams].sort((a, b) => a.ordinal - b.ordinal)[2]!;
    const file = await t.client.call('excel.exportWorkbook', {
      workshopId,
      teamId: team.id,
      lang: 'en',
      maskPersonalData: false,
      jobId: 'job-1',
    });
    expect(file.fileName).toMatch(/Lapsiperheen tuki.*\.xlsx$/);
    const wb = await readWorkbook(exportedPath(file));
    expect(wb.worksheets[0]!.name).toBe('Tietoja');
    const teams = wb.getWorksheet('Tiimit')!;
    expect(teams.getRow(1).getCell(1).value).toBe('Team');
    expect(teams.rowCount).toBe(2);
    expect(teams.getRow(2).getCell(1).value).toBe(team.name);
    const causes = wb.getWorksheet('Kalanruodon syyt')!;
    expect((causes.getRow(1).values as unknown[]).slice(1, 5)).toEqual([
      'Team',
      'Wellbeing services county',
      'Target group',
      'Board',
    ]);
    causes.eachRow((row, n) => {
      if (n > 1) expect(row.getCell(1).value).toBe(team.name);
    });

    const progress = t.events.filter(
      (e): e is Extract<typeof e, { type: 'export.progress' }> => e.type === 'export.progress',
    );
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((e) => e.jobId === 'job-1')).toBe(true);
    const last = progress.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(last.total).toBeGreaterThan(10);
  });

  it('answers notFound for a team that is not in the workshop', async () => {
    const { id: workshopId } = await t.client.call('library.createDemo', {});
    const e = await t.client
      .call('excel.checkPersonalData', { workshopId, teamId: '00000000-0000-4000-8000-000000000000' })
      .catch((x: unknown) => x);
    expect((e as ApiCallError).error).toMatchObject({ code: 'notFound', key: 'errors.notFound.team' });
  });
});

describe('cli --lang', () => {
  it('writes Swedish headers with --lang sv and refuses a language it does not know', async () => {
    const { cli } = await import('../cli/helpers');
    const { writeWorkshopFile } = await import('../../../electron/backend/files/snapshot');
    const file = join(t.dataDir, 'demo.lapimurto');
    await writeWorkshopFile(createDemoWorkshop({ lang: 'fi' }), file, { id: 'cli-lang' });
    const out = join(t.dataDir, 'sv.xlsx');
    const ok = await cli('export-xlsx', file, out, '--lang', 'sv');
    expect(ok.code).toBe(0);
    const wb = await readWorkbook(out);
    expect(wb.worksheets[0]!.getRow(1).values).toEqual([undefined, 'Punkt', 'Värde']);
    expect((wb.getWorksheet('Ideaseinä')!.getRow(1).values as unknown[]).slice(1, 5)).toEqual([
      'Team',
      'Välfärdsområde',
      'Klientgrupp',
      'Tavla',
    ]);
    const bad = await cli('export-xlsx', file, join(t.dataDir, 'de.xlsx'), '--lang=de');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Tuntematon otsikoiden kieli / unknown header language: de (fi, sv, en)');
    expect(existsSync(join(t.dataDir, 'de.xlsx'))).toBe(false);
  }, 120_000);
});
