import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiError, startTestBackend, type TestBackend } from '../../helpers/backend';
import { dynamicTranslator } from '../../../shared/i18n/translate';
import { readWorkbook } from './helpers';

let t: TestBackend;
beforeEach(() => {
  t = startTestBackend();
});
afterEach(() => t.dispose());

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

async function demo() {
  const { id: workshopId } = await t.client.call('library.createDemo', {});
  const state = await t.client.call('workshop.get', { workshopId });
  const teams = [...state.teams].sort((a, b) => a.ordinal - b.ordinal);
  return { workshopId, state, teams };
}

function pathOf(file: { token: string; fileName: string }): string {
  return join(t.dataDir, 'exports', file.token, file.fileName);
}

function bytesOf(file: { token: string; fileName: string }): Buffer {
  return readFileSync(pathOf(file));
}

function linesOf(bytes: Buffer): string[] {
  return bytes.subarray(3).toString('utf8').split('\r\n').slice(0, -1);
}

function exportedFiles(): string[] {
  return readdirSync(join(t.dataDir, 'exports')).flatMap((d) => readdirSync(join(t.dataDir, 'exports', d)));
}

describe('excel.sheets', () => {
  it('lists the sheets of the team or round workbook in order, the same names and data rows as the workbook that scope writes', async () => {
    const { workshopId, teams } = await demo();
    const round = await t.client.call('excel.sheets', { workshopId, teamId: null });
    // The workbook the same scope writes has exactly these sheets, with these data rows.
    const book = await readWorkbook(
      pathOf(
        await t.client.call('excel.exportWorkbook', {
          workshopId,
          teamId: null,
          lang: 'fi',
          maskPersonalData: false,
          jobId: 'j',
        }),
      ),
    );
    expect(round.sheets.map((s) => s.name)).toEqual(book.worksheets.map((w) => w.name));
    for (const s of round.sheets.filter((x) => x.name !== 'Kuvat'))
      expect(s.rows, s.name).toBe(Math.max(0, book.getWorksheet(s.name)!.actualRowCount - 1));
    expect(round.sheets.slice(0, 4).map((s) => s.name)).toEqual(['Tietoja', 'Kierros', 'Tiimit', 'Jäsenet']);

    const team = await t.client.call('excel.sheets', { workshopId, teamId: teams[0]!.id });
    expect(team.sheets.find((s) => s.name === 'Tiimit')!.rows).toBe(1);
    expect(round.sheets.find((s) => s.name === 'Tiimit')!.rows).toBe(teams.length);
  });

  it('every listed sheet exports as CSV with its header row and one line per data row', async () => {
    const { workshopId } = await demo();
    const { sheets } = await t.client.call('excel.sheets', { workshopId, teamId: null });
    expect(sheets.length).toBeGreaterThan(10);
    for (const s of sheets) {
      const file = await t.client.call('excel.exportCsv', {
        workshopId,
        teamId: null,
        lang: 'sv',
        maskPersonalData: false,
        sheet: s.name,
        separator: ';',
      });
      const bytes = bytesOf(file);
      expect(bytes.subarray(0, 3), s.name).toEqual(BOM);
      // The workbook's name, then the sheet's (letters and digits kept; a dash or parenthesis may become a space).
      const letters = (x: string) => x.replace(/[^\p{L}\p{N}]+/gu, '');
      expect(file.fileName, s.name).toMatch(/^Esimerkkityöpaja .* - .+\.csv$/);
      expect(letters(file.fileName).endsWith(`${letters(s.name)}csv`), file.fileName).toBe(true);
      // Records, not lines: a quoted text may hold line breaks (LF inside the quotes; records end in CRLF).
      expect(linesOf(bytes).length, s.name).toBe(s.rows + 1);
    }
  });

  it('answers notFound for a team that is not in the workshop', async () => {
    const { workshopId } = await demo();
    const e = await apiError(
      t.client.call('excel.sheets', { workshopId, teamId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(e).toMatchObject({ code: 'notFound', key: 'errors.notFound.team' });
  });
});

describe('excel.exportCsv', () => {
  it('writes one sheet as UTF-8 with BOM, semicolons by default, the header row in the chosen language and formula-like text made safe', async () => {
    const { workshopId, state, teams } = await demo();
    // Not the client representative, whose name is left out of exports.
    const member = state.members.find((m) => m.teamId === teams[0]!.id && m.role !== 'client-rep')!;
    await t.client.call('members.update', {
      workshopId,
      id: member.id,
      patch: { organisation: '=HYPERLINK("http://x.invalid";"klik")', profession: '+sairaanhoitaja' },
    });

    const file = await t.client.call('excel.exportCsv', {
      workshopId,
      teamId: null,
      lang: 'fi',
      maskPersonalData: false,
      sheet: 'Jäsenet',
      separator: ';',
    });
    expect(file.fileName).toMatch(/ - Jäsenet\.csv$/);
    const bytes = bytesOf(file);
    expect(file.bytes).toBe(bytes.length);
    expect(bytes.subarray(0, 3)).toEqual(BOM);
    const lines = linesOf(bytes);
    expect(lines[0]).toBe('Tiimi;Hyvinvointialue;Rooli;Nimi;Ammatti;Organisaatio');
    expect(lines).toHaveLength(state.members.length + 1);
    const row = lines.find((l) => l.includes(member.name))!;
    // Quoted, with a leading apostrophe: shown as text, never run; the inner quotes doubled.
    expect(row).toContain(`"'=HYPERLINK(""http://x.invalid"";""klik"")"`);
    expect(row).toContain(`"'+sairaanhoitaja"`);
    expect(row).not.toMatch(/(^|;)=/);
    expect(row).not.toMatch(/(^|;)\+/);
  });

  it('writes a comma-separated team sheet with English headers on request, only that team in it', async () => {
    const { workshopId, teams } = await demo();
    const team = teams[2]!;
    const file = await t.client.call('excel.exportCsv', {
      workshopId,
      teamId: team.id,
      lang: 'en',
      maskPersonalData: false,
      sheet: 'tiimit',
      separator: ',',
    });
    // The sheet's own name, whatever case was asked, after the team workbook's name.
    expect(file.fileName).toMatch(new RegExp(`Lapsiperheen tuki.* - Tiimit\\.csv$`));
    const lines = linesOf(bytesOf(file));
    expect(lines[0]!.split(',')[0]).toBe('Team');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.startsWith(`"${team.name}",`) || lines[1]!.startsWith(`${team.name},`)).toBe(true);
  });

  it('refuses unmasked personal data, writes nothing, and masks it when asked; the workshop keeps its data', async () => {
    const { workshopId, state, teams } = await demo();
    const member = state.members.find((m) => m.teamId === teams[1]!.id)!;
    // 131052-308T is the example identity code of the Digital and Population Data Services Agency.
    await t.client.call('members.update', {
      workshopId,
      id: member.id,
      patch: { organisation: 'Kotisairaala, hetu 131052-308T, aino@example.fi' },
    });

    const refused = await apiError(
      t.client.call('excel.exportCsv', {
        workshopId,
        teamId: null,
        lang: 'fi',
        maskPersonalData: false,
        sheet: 'Jäsenet',
        separator: ';',
      }),
    );
    expect(refused).toMatchObject({ code: 'invalidInput', key: 'excel.errors.personalData', params: { count: 2 } });
    expect(exportedFiles()).toEqual([]);

    const file = await t.client.call('excel.exportCsv', {
      workshopId,
      teamId: teams[1]!.id,
      lang: 'fi',
      maskPersonalData: true,
      sheet: 'Jäsenet',
      separator: ';',
    });
    const bytes = bytesOf(file);
    expect(bytes.includes(Buffer.from('131052-308T'))).toBe(false);
    expect(bytes.includes(Buffer.from('aino@example'))).toBe(false);
    expect(bytes.toString('utf8')).toContain(';Kotisairaala, hetu ******-****, ****@*******.**\r\n');

    const after = await t.client.call('workshop.get', { workshopId });
    expect(after.members.find((m) => m.id === member.id)!.organisation).toBe(
      'Kotisairaala, hetu 131052-308T, aino@example.fi',
    );
  });

  it('refuses a sheet the workbook does not have with a translated message naming it', async () => {
    const { workshopId } = await demo();
    const e = await apiError(
      t.client.call('excel.exportCsv', {
        workshopId,
        teamId: null,
        lang: 'fi',
        maskPersonalData: false,
        sheet: 'Ei tällaista',
        separator: ';',
      }),
    );
    expect(e).toMatchObject({ code: 'notFound', key: 'excel.errors.unknownSheet', params: { sheet: 'Ei tällaista' } });
    expect(exportedFiles()).toEqual([]);
    const texts = (['fi', 'sv', 'en'] as const).map((lng) => dynamicTranslator(lng)(e.key, e.params));
    expect(texts[0]).toBe('Työkirjassa ei ole taulukkoa ”Ei tällaista”. Valitse taulukko uudelleen.');
    for (const text of texts) expect(text).toContain('Ei tällaista');
    expect(new Set(texts).size).toBe(3);
  });
});
