import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDemoWorkshop } from '../../../shared/demo';
import { countyName } from '../../../shared/domain/counties';
import { EXCEL_SCHEMA_VERSION, workshopWorkbook } from '../../../electron/backend/export/cover-sheet';
import { DAY_SHEET_DESCRIPTIONS, dayRecordSheets } from '../../../electron/backend/export/day-sheets';
import { AGENDA_SHEET_DESCRIPTION, AGENDA_SHEET_NAME } from '../../../electron/backend/export/agenda-sheet';
import { workshopSheets } from '../../../electron/backend/export/workshop-sheets';
import { PICTURES_SHEET_NAME, withPictures } from '../../../electron/backend/export/pictures-sheet';
import { columnHeader } from '../../../shared/export/headers';
import { translator } from '../../../shared/i18n/translate';
import { writeWorkbook } from '../../../electron/backend/export/workbook';
import { GENERATED_END, GENERATED_START, schemaMarkdown, TYPE_FI } from '../../../scripts/lib/excel-schema-doc';
import { readWorkbook, tempDir } from './helpers';

const docPath = resolve(import.meta.dirname, '../../../docs/excel-schema.md');
const doc = readFileSync(docPath, 'utf8');

/** The document's sheets as it states them: `### n. Name` and its table rows `| Header | `key` | type |`. */
function documented(): { name: string; columns: { header: string; key: string; type: string }[] }[] {
  const part = doc.slice(doc.indexOf(GENERATED_START), doc.indexOf(GENERATED_END));
  return part
    .split(/^### /m)
    .slice(1)
    .map((section) => {
      const name = /^\d+\. (.+)$/m.exec(section)![1]!;
      const columns = [...section.matchAll(/^\| (.+?) \| `([^`]+)` \| (.+?) \| (.+?) \| (.+?) \|$/gm)].map((m) => ({
        header: m[1]!.replace(/\\\|/g, '|'),
        key: m[2]!,
        type: m[3]!,
        sv: m[4]!.replace(/\\\|/g, '|'),
        en: m[5]!.replace(/\\\|/g, '|'),
      }));
      return { name, columns };
    });
}

describe('docs/excel-schema.md', () => {
  it('documents every sheet of the workbook in order, with every column header (Finnish, Swedish, English), key and type', () => {
    const sheets = workshopWorkbook(createDemoWorkshop({ lang: 'fi' }), {
      appVersion: '1.0.0',
      exportedAt: new Date(),
    });
    const code = sheets.map((s) => ({
      name: s.name,
      columns: s.columns.map((c) => ({
        header: columnHeader(c, 'fi'),
        key: c.key,
        type: TYPE_FI[c.type],
        sv: columnHeader(c, 'sv'),
        en: columnHeader(c, 'en'),
      })),
    }));
    expect(documented()).toEqual(code);
    // The workbook is the cover sheet followed by exactly workshopSheets' output and the workshop day's sheets, with
    // the pictures (run charts, Kuvat).
    const demo = createDemoWorkshop({ lang: 'fi' });
    expect(sheets.slice(1).map((s) => s.name)).toEqual(
      withPictures([...workshopSheets(demo), ...dayRecordSheets(demo)], demo).map((s) => s.name),
    );
    expect(sheets.at(-1)?.name).toBe(PICTURES_SHEET_NAME);
  });

  it('is current: regenerate with npx tsx scripts/gen-excel-schema.ts', () => {
    expect(doc).toContain(schemaMarkdown());
  });

  it('names the current schema version in its change list', () => {
    expect(doc).toContain(`Nykyinen versio: **${EXCEL_SCHEMA_VERSION}**`);
    expect(doc).toMatch(new RegExp(`^\\| ${EXCEL_SCHEMA_VERSION} \\| `, 'm'));
  });
});

describe('cover sheet', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => {
    t = tempDir();
  });
  afterEach(() => t.cleanup());

  it('is the first sheet: round, teams with counties, export date, app and schema version, what each sheet holds', async () => {
    const data = createDemoWorkshop({ lang: 'fi' });
    const target = join(t.dir, 'tyopaja.xlsx');
    await writeWorkbook(workshopWorkbook(data, { appVersion: '1.2.3', exportedAt: new Date(2026, 10, 5, 12) }), target);
    const wb = await readWorkbook(target);
    expect(wb.worksheets[0]!.name).toBe('Tietoja');
    const pairs: [string, string][] = [];
    wb.worksheets[0]!.eachRow((row, n) => {
      if (n > 1) pairs.push([String(row.getCell(1).value), String(row.getCell(2).value)]);
    });
    const value = (k: string) => pairs.find(([item]) => item === k)?.[1];
    expect(value('Työpaja')).toBe(data.title);
    expect(value('Kierros')).toBe(data.round.name);
    expect(value('Tiimejä')).toBe('3');
    expect(pairs.filter(([k]) => k === 'Tiimi').map(([, v]) => v)).toEqual(
      [...data.teams]
        .sort((a, b) => a.ordinal - b.ordinal)
        .map((tm) => (tm.county ? `${tm.name} (${countyName(tm.county, 'fi')})` : tm.name)),
    );
    expect(value('Vientipäivä')).toBe('5.11.2026');
    expect(value('Sovellus')).toBe('Läpimurtostudio 1.2.3');
    expect(value('Excel-rakenteen versio')).toBe(String(EXCEL_SCHEMA_VERSION));
    const described = pairs.filter(([k]) => k.startsWith('Sivu: ')).map(([k]) => k.slice('Sivu: '.length));
    expect(described).toEqual(wb.worksheets.slice(1).map((w) => w.name));
    expect(value('Sivu: Ideaseinä')).toMatch(/^Taulut \(Ideaseinä\)/);
    // The workshop day's sheets are described as themselves, not as boards.
    for (const name of ['Gallerian palaute', 'Palaute', 'Palautteen yhteenveto'] as const)
      expect(value(`Sivu: ${name}`)).toBe(translator('fi')(DAY_SHEET_DESCRIPTIONS[name]));
    expect(value(`Sivu: ${AGENDA_SHEET_NAME}`)).toBe(translator('fi')(AGENDA_SHEET_DESCRIPTION));
  });
});
