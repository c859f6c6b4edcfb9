import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SheetSpec } from '../../../shared/export/sheet';
import { writeWorkbook } from '../../../electron/backend/export/workbook';
import { columnPx, MAX_ROW_PT, PRINTABLE_PT, widenToPage, wrappedRowPt } from '../../../electron/backend/export/print';
import { shownSize } from '../../../electron/backend/export/images';
import { readWorkbook, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

const LONG = 'Asiakas odottaa soittoa ja kirjaa ylös mitä tapahtui. '.repeat(6).trim();
const HUGE = 'Juurisyy ja sen todisteet kirjattuna tarkasti. '.repeat(1100).slice(0, 50_000);

describe('row heights for wrapped text', () => {
  it('leaves a one-line text to the default height and grows with the lines', () => {
    expect(wrappedRowPt('Lyhyt', 30)).toBeUndefined();
    expect(wrappedRowPt('', 30)).toBeUndefined();
    const two = wrappedRowPt('rivi 1\nrivi 2', 30)!;
    const long = wrappedRowPt(LONG, 30)!;
    expect(two).toBeGreaterThanOrEqual(30);
    expect(long).toBeGreaterThan(two);
    // A wider column needs fewer lines.
    expect(wrappedRowPt(LONG, 90)!).toBeLessThan(long);
  });

  it('stops at the tallest row Excel has for a 50,000-character text', () => {
    expect(wrappedRowPt(HUGE, 40)).toBe(MAX_ROW_PT);
  });
});

describe('widening columns to the page', () => {
  it('never narrows a column, gives none more than it wants and keeps within a quarter over the page', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 6, max: 80 }), fc.integer({ min: 0, max: 300 })), {
          minLength: 1,
          maxLength: 40,
        }),
        (cols) => {
          const widths = cols.map(([w]) => w);
          const wanted = cols.map(([, w]) => w);
          const out = widenToPage(widths, wanted);
          const px = (ws: number[]) => ws.reduce((s, w) => s + columnPx(w), 0);
          const limit = Math.max((PRINTABLE_PT.width * 96) / 72, px(widths)) * 1.25;
          out.forEach((w, i) => {
            expect(w).toBeGreaterThanOrEqual(widths[i]!);
            expect(w).toBeLessThanOrEqual(Math.max(widths[i]!, wanted[i]!));
          });
          expect(px(out)).toBeLessThanOrEqual(Math.max(limit, px(widths)));
        },
      ),
    );
  });
});

describe('pictures on the printed page', () => {
  it('scales a picture larger than a page to fit its printable area, keeping its proportions', () => {
    for (const image of [
      { width: 6000, height: 900 },
      { width: 900, height: 6000 },
      { width: 8000, height: 8000 },
    ]) {
      const s = shownSize(image);
      expect((s.width * 72) / 96).toBeLessThanOrEqual(PRINTABLE_PT.width);
      expect((s.height * 72) / 96).toBeLessThanOrEqual(MAX_ROW_PT);
      expect(Math.abs(s.width / s.height - image.width / image.height)).toBeLessThan(
        0.02 * (image.width / image.height),
      );
    }
    // The tallest row and the repeated header row fit one page.
    expect(MAX_ROW_PT + 30).toBeLessThanOrEqual(PRINTABLE_PT.height);
  });
});

describe('the print setup of a written workbook', () => {
  it('prints landscape one page wide with the header row, title, sheet name and page numbers, rows as tall as their text', async () => {
    const wide: SheetSpec = {
      name: 'Leveä & pitkä',
      columns: Array.from({ length: 30 }, (_, i) => ({
        key: `c${i}`,
        header: `Sarake ${i + 1}`,
        type: 'text' as const,
      })),
      rows: [
        Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`c${i}`, i === 3 ? LONG : `arvo ${i}`])),
        { c0: 'lyhyt' },
        { c0: HUGE },
      ],
    };
    const target = join(t.dir, 'tulostus.xlsx');
    await writeWorkbook([wide], target, { pageTitle: 'Tiimi A & B – Työpaja' });
    const ws = (await readWorkbook(target)).getWorksheet('Leveä & pitkä')!;
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      printTitlesRow: '1:1',
    });
    expect(ws.headerFooter.oddHeader).toBe('&LTiimi A && B – Työpaja&R&A');
    expect(ws.headerFooter.oddFooter).toBe('&C&P / &N');
    const d = ws.getColumn(4).width!;
    expect(ws.getCell('D2').alignment?.wrapText).toBe(true);
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(wrappedRowPt(LONG, d)!);
    expect(ws.getRow(3).height ?? 0).toBeLessThan(20);
    expect(ws.getRow(4).height).toBe(MAX_ROW_PT);
    // The 50,000 characters are kept up to Excel's cell limit (nothing lost silently below it).
    expect(String(ws.getCell('A4').value).length).toBe(32_767);
  });
});
