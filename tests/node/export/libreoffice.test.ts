import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, tempDir } from './helpers';
import { cli } from '../cli/helpers';
import { checkTools } from '../../../scripts/lib/tools.mjs';

/** LibreOffice's command (SOFFICE_PATH, PATH or the usual folders); .ci/run installs it when it is missing. */
function soffice(): string {
  const { found, message } = checkTools(['libreoffice']);
  if (message) throw new Error(message);
  return found.libreoffice!.path!;
}

/** The most pages the demo round workbook may print to (issue 20: it was 129–158). */
const MAX_PAGES = 40;

/** The words of a header cell: a wrapped header prints over several lines, each word whole. */
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

describe('the demo round workbook in LibreOffice', () => {
  let t: ReturnType<typeof tempDir>;
  beforeAll(() => {
    t = tempDir();
  });
  afterAll(() => t.cleanup());

  // One conversion for the whole suite: it is the slow part (tens of seconds on a loaded machine).
  it(
    'opens without a repair prompt, prints to at most 40 pages, every sheet one page wide with its header row, title and page numbers',
    { timeout: 300_000 },
    async () => {
      // As a user does it: the demo workshop file, then the round workbook of the folder it is in.
      const round = join(t.dir, 'kierros');
      mkdirSync(round);
      expect((await cli('demo', join(round, 'demo.lapimurto'))).code).toBe(0);
      const xlsx = join(t.dir, 'kierros.xlsx');
      expect((await cli('consolidate', round, xlsx)).code).toBe(0);

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

      const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      expect(pages).toBeLessThanOrEqual(MAX_PAGES);
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);

      // Every page names the round and its sheet in the header, and "n / N" in the footer; every
      // page of a sheet shows the sheet's first and last column headers (the header row repeated, and nothing
      // cut off at the right: no sheet prints wider than one page).
      const wb = await readWorkbook(xlsx);
      const sheets = wb.worksheets.map((ws) => {
        const header = (ws.getRow(1).values as unknown[]).filter((v): v is string => typeof v === 'string');
        return { name: ws.name, first: header[0]!, last: header[header.length - 1]! };
      });
      const texts = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).split('\f');
      const seen = new Map<string, number>();
      for (let p = 0; p < pages; p++) {
        const text = texts[p]!;
        const top = text.split('\n').find((l) => l.trim()) ?? '';
        expect(top, `page ${p + 1}`).toMatch(/Sujuvat palvelut -valmennus, kierros 5/);
        const sheet = sheets.find((s) => top.trimEnd().endsWith(s.name));
        expect(sheet, `page ${p + 1}: ${top}`).toBeDefined();
        seen.set(sheet!.name, (seen.get(sheet!.name) ?? 0) + 1);
        for (const w of [...words(sheet!.first), ...words(sheet!.last)])
          expect(text, `page ${p + 1} (${sheet!.name}) lacks header word ${w}`).toContain(w);
        expect(text).toContain(`${p + 1} / ${pages}`);
      }
      expect([...seen.keys()].sort()).toEqual(sheets.map((s) => s.name).sort());

      // The run charts beside the measures analysis come through as pictures.
      const charts = wb.worksheets.reduce((n, ws) => n + ws.getImages().length, 0);
      expect(charts).toBeGreaterThan(0);
      expect((pdf.toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).length).toBeGreaterThanOrEqual(charts);
    },
  );
});
