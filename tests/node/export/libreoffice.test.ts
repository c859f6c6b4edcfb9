import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../../shared/demo';
import { workshopWorkbook } from '../../../electron/backend/export/cover-sheet';
import { writeWorkbook } from '../../../electron/backend/export/workbook';
import { tempDir } from './helpers';
import { checkTools } from '../../../scripts/lib/tools.mjs';

/** LibreOffice's command (SOFFICE_PATH, PATH or the usual folders); .ci/run installs it when it is missing. */
function soffice(): string {
  const { found, message } = checkTools(['libreoffice']);
  if (message) throw new Error(message);
  return found.libreoffice!.path!;
}

describe('the demo round workbook in LibreOffice', () => {
  let t: ReturnType<typeof tempDir>;
  beforeAll(() => {
    t = tempDir();
  });
  afterAll(() => t.cleanup());

  // One conversion for the whole suite: it is the slow part (tens of seconds on a loaded machine).
  it(
    'opens without a repair prompt or error and converts to a PDF with a page or more per sheet',
    { timeout: 240_000 },
    async () => {
      const sheets = workshopWorkbook(createDemoWorkshop({ lang: 'fi' }), {
        appVersion: '1.0.0',
        exportedAt: new Date(2026, 10, 5),
      });
      const xlsx = join(t.dir, 'kierros.xlsx');
      await writeWorkbook(sheets, xlsx);
      const profile = join(t.dir, 'lo-profile');
      mkdirSync(profile);
      const out = execFileSync(
        soffice(),
        // A private profile: no first-start dialogs, no lock shared with a running LibreOffice.
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          t.dir,
          xlsx,
        ],
        { encoding: 'utf8', timeout: 220_000, env: { ...process.env, HOME: t.dir } },
      );
      expect(out).toMatch(/convert .*kierros\.xlsx -> .*kierros\.pdf/);
      expect(out).not.toMatch(/error|repair/i);
      const pdfPath = join(t.dir, 'kierros.pdf');
      expect(existsSync(pdfPath)).toBe(true);
      const pdf = readFileSync(pdfPath);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(sheets.length);
      // The board pictures and run charts come through as images in the PDF.
      const pictures = sheets.reduce((n, s) => n + (s.images?.length ?? 0), 0);
      expect(pictures).toBeGreaterThan(0);
      expect((pdf.toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).length).toBeGreaterThanOrEqual(pictures);
    },
  );
});
