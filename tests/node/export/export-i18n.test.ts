import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../../shared/demo';
import { workshopWorkbook } from '../../../electron/backend/export/cover-sheet';
import { LANGUAGES } from '../../../shared/domain/vocab';
import fiExport from '../../../shared/i18n/locales/fi/export.json';

const LOCALES = resolve(__dirname, '../../../shared/i18n/locales');

/** The shape of export.json (Finnish is the source of truth for which texts exist). */
type ExportFile = typeof fiExport;

/** A language's export.json as it is on disk: the test reads the file, not the code that reads it. */
function exportFile(lang: string): ExportFile['export'] {
  return (JSON.parse(readFileSync(resolve(LOCALES, lang, 'export.json'), 'utf8')) as ExportFile).export;
}

/** A board kind's name as the app shows it (boards.kind in whichever locale file holds it). */
function kindName(lang: string, kind: string): string {
  for (const f of readdirSync(resolve(LOCALES, lang))) {
    const tree = JSON.parse(readFileSync(resolve(LOCALES, lang, f), 'utf8')) as {
      boards?: { kind?: Record<string, string> };
    };
    const name = tree.boards?.kind?.[kind];
    if (name) return name;
  }
  throw new Error(`no boards.kind.${kind} in ${lang}`);
}

describe('the workbook speaks the export language from the locale files', () => {
  const demo = createDemoWorkshop({ lang: 'fi' });

  for (const lang of LANGUAGES) {
    it(`cover sheet and a day sheet in ${lang}`, () => {
      const file = exportFile(lang);
      const sheets = workshopWorkbook(demo, { appVersion: '9.9.9', exportedAt: new Date(2026, 11, 7), lang });
      const cover = sheets[0]!;
      expect(cover.columns.map((c) => c.header)).toEqual([file.header.item, file.header.value]);
      const item = (value: string) => cover.rows.find((r) => r.item === value);
      expect(item(file.cover.workshop)?.value).toBe(demo.title);
      expect(item(file.cover.app)?.value).toBe('Läpimurtostudio 9.9.9');
      expect(item(file.cover.headers)?.value).toBe(file.cover.headerLanguage);
      // Sheet names stay Finnish; what each holds is told in the language.
      const sheetRow = (name: string) => file.cover.sheetRow.replace('{{name}}', name);
      expect(item(sheetRow('Palaute'))?.value).toBe(file.sheet.feedback);
      expect(item(sheetRow('Tiimit'))?.value).toBe(file.sheet.teams);
      expect(item(sheetRow('Ideaseinä'))?.value).toBe(
        file.cover.boardSheetFrom.replace('{{kinds}}', kindName(lang, 'ideas-wall')),
      );

      const feedback = sheets.find((s) => s.name === 'Palaute')!;
      const h = file.header;
      expect(feedback.columns.map((c) => c.header)).toEqual([
        h.day,
        h.date,
        h.arrangements,
        h.learning,
        h.teamCollaboration,
        h.overall,
        h.freeFeedback,
      ]);
    });
  }

  it('says different things in fi, sv and en', () => {
    const covers = LANGUAGES.map((lang) =>
      workshopWorkbook(demo, { appVersion: '1', exportedAt: new Date(0), lang })[0]!.rows.map((r) => r.item),
    );
    expect(new Set(covers.map((c) => c.join('|'))).size).toBe(3);
  });
});
