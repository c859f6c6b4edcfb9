import type { PageSetup, HeaderFooter } from 'exceljs';
import { measureText, wrapText } from '../../../shared/picture/svg';

/**
 * How a sheet prints: A4 landscape, one page wide however many columns, the header row on every page, the
 * workbook's title (team or workshop) and the sheet's name in the page header, page numbers in the footer; rows
 * as tall as their wrapped text, so a long cell never prints over the next row.
 */

/** Page margins in inches. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.5, header: 0.25, footer: 0.25 } as const;
/** A4 landscape in points. */
const PAGE_PT = { width: 842, height: 595 } as const;
/** The area the cells print in, in points. */
export const PRINTABLE_PT = {
  width: PAGE_PT.width - (MARGINS.left + MARGINS.right) * 72,
  height: PAGE_PT.height - (MARGINS.top + MARGINS.bottom) * 72,
} as const;

/** Excel's tallest row. */
export const MAX_ROW_PT = 409;
/** One line of 11 pt text in a row (Excel's Calibri 11 row is 15 pt; LibreOffice's DejaVu Sans line fits in it). */
const LINE_PT = 15;
/** Calibri 11 at 96 dpi in px: the size text is measured at. */
const FONT_PX = (11 * 96) / 72;
/** Excel's cell padding in px, each side. */
const CELL_PAD_PX = 3;
/**
 * A column character's width in px of DejaVu Sans text: Excel's unit is 7 px of Calibri, which is about 0.83 of
 * DejaVu Sans's width (LibreOffice's unit is wider still: its own font's digit), so text measured in DejaVu Sans
 * fits a column of `chars * 8.4` px wherever it prints.
 */
const MEASURED_PX_PER_CHAR = 8.4;

/** A column width in characters (Excel's unit: the width of "0" in Calibri 11, 7 px, plus 5 px padding) in px. */
export const columnPx = (chars: number): number => chars * 7 + 5;

/** The page setup of every sheet. */
export function printPageSetup(): Partial<PageSetup> {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    margins: { ...MARGINS },
  };
}

/** `&` starts a code in header and footer texts; a literal one is doubled. */
const headerText = (s: string): string => s.replace(/&/g, '&&').replace(/[\r\n]+/g, ' ');

/** Header: the workbook's title on the left, the sheet's name (&A) on the right; footer: "page / pages" centred. */
export function printHeaderFooter(title: string): Partial<HeaderFooter> {
  const left = title.trim() ? `&L${headerText(title.trim().slice(0, 120))}` : '';
  return { oddHeader: `${left}&R&A`, oddFooter: '&C&P / &N' };
}

/**
 * The height in points that shows `text` wrapped in a column `widthChars` wide, or undefined when one line does.
 * Measured with the pictures' DejaVu Sans widths (what LibreOffice draws Calibri with where Calibri is missing;
 * wider than Calibri, so Excel's rows come out roomy rather than cut). Each paragraph wraps on its own; the
 * estimate stops at Excel's tallest row, so a 50,000-character text costs no more than a full row.
 */
export function wrappedRowPt(text: string, widthChars: number, bold = false): number | undefined {
  if (!text) return undefined;
  const width = Math.max(1, widthChars * MEASURED_PX_PER_CHAR - 2 * CELL_PAD_PX);
  const maxLines = Math.ceil(MAX_ROW_PT / LINE_PT);
  let lines = 0;
  for (const para of text.split('\n')) {
    const room = maxLines - lines;
    if (room <= 0) break;
    lines += para.trim() ? wrapText(para, width, { size: FONT_PX, bold }, room).lines.length : 1;
  }
  if (lines <= 1) return undefined;
  return Math.min(MAX_ROW_PT, lines * LINE_PT + 2);
}

/** Width in characters that shows `text`'s longest line unwrapped (DejaVu Sans widths, as wrappedRowPt). */
export function charsToShow(text: string): number {
  let px = 0;
  for (const line of text.split('\n')) px = Math.max(px, measureText(line.slice(0, 400), { size: FONT_PX }));
  return Math.ceil((px + 2 * CELL_PAD_PX) / MEASURED_PX_PER_CHAR);
}

/** How much wider than the page (or than itself, when wider) a sheet may grow to keep its text from wrapping. */
const WIDEN = 0.25;
/**
 * The widest a sheet is made for print, in px: about three pages, printed one page wide at a third of its size.
 * LibreOffice will not shrink much further (a 28-column sheet came out two pages wide), and smaller text is not
 * read.
 */
export const MAX_SHEET_PX = 3100;
/** A text column is not narrowed below this many characters to bring a wide sheet to MAX_SHEET_PX. */
const MIN_TEXT_CHARS = 14;

const sheetPx = (widths: readonly number[]): number => widths.reduce((sum, w) => sum + columnPx(w), 0);

/**
 * Column widths for print, in characters. A sheet wider than MAX_SHEET_PX has its wide text columns narrowed
 * (their text wraps into taller rows instead) so that fitted to one page wide it is still legible. Otherwise the
 * columns whose text would wrap (`wanted` wider than given) share the room up to a quarter more than the page's
 * width (or the sheet's own, when wider), each up to what it wants: a row of three wrapped lines costs more paper
 * than the slightly smaller print of a wider sheet.
 */
export function widenToPage(
  widths: readonly number[],
  wanted: readonly number[],
  narrowable: readonly boolean[] = [],
): number[] {
  const used = sheetPx(widths);
  if (used > MAX_SHEET_PX) return narrowToMax(widths, narrowable);
  const pagePx = (PRINTABLE_PT.width * 96) / 72;
  let spare = Math.floor((Math.min(MAX_SHEET_PX, Math.max(pagePx, used) * (1 + WIDEN)) - used) / 7);
  const out = [...widths];
  if (spare <= 0) return out;
  const deficits = widths.map((w, i) => Math.max(0, (wanted[i] ?? 0) - w));
  const total = deficits.reduce((a, b) => a + b, 0);
  if (total === 0) return out;
  // Proportional shares, rounded down, so the sum never passes the spare room.
  const k = Math.min(1, spare / total);
  deficits.forEach((d, i) => {
    const add = Math.min(d, Math.floor(d * k), spare);
    out[i] = out[i]! + add;
    spare -= add;
  });
  return out;
}

/** The narrowable columns wider than MIN_TEXT_CHARS narrowed in proportion until the sheet is MAX_SHEET_PX wide (or they are all at the minimum). */
function narrowToMax(widths: readonly number[], narrowable: readonly boolean[]): number[] {
  const excess = Math.ceil((sheetPx(widths) - MAX_SHEET_PX) / 7);
  const room = widths.map((w, i) => (narrowable[i] ? Math.max(0, w - MIN_TEXT_CHARS) : 0));
  const total = room.reduce((a, b) => a + b, 0);
  if (total === 0) return [...widths];
  const k = Math.min(1, excess / total);
  return widths.map((w, i) => w - Math.ceil(room[i]! * k));
}
