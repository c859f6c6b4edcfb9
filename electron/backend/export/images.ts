import type { Row } from 'exceljs';
import type { SheetImage, SheetSpec } from '../../../shared/export/sheet';
import { svgToPng } from './rasterize';
import type { WorkbookImage } from './workbook';
import { MAX_ROW_PT, PRINTABLE_PT } from './print';

/**
 * Pictures on Excel sheets (the Kuvat sheet's board pictures, the run charts beside the measures analysis): the
 * SheetImages that sheets carry are rasterised with resvg into the WorkbookImages the writer anchors, and the rows
 * that hold a picture are made tall enough for it.
 */

/** Pixels between a picture and its cell's top-left corner. */
const PAD = 4;
/** Pictures asked for at once: enough to keep the rasteriser threads (raster-pool.ts) busy, few PNGs held. */
const CONCURRENCY = 3;

const ptToPx = (pt: number): number => (pt * 96) / 72;
const pxToPt = (px: number): number => (px * 72) / 96;

/**
 * The size a picture is shown at: its own, shrunk (keeping its proportions) to fit Excel's tallest row and the
 * printed page's width, so a printed picture is never cut at the page's edge. (The row's 409 pt leaves room on
 * the page for the repeated header row.)
 */
export function shownSize(image: Pick<SheetImage, 'width' | 'height'>): { width: number; height: number } {
  const maxH = ptToPx(MAX_ROW_PT) - 2 * PAD;
  const maxW = ptToPx(PRINTABLE_PT.width) - 2 * PAD;
  const w = Math.max(1, Number.isFinite(image.width) ? image.width : 1);
  const h = Math.max(1, Number.isFinite(image.height) ? image.height : 1);
  const k = Math.min(1, maxH / h, maxW / w);
  return { width: Math.round(w * k), height: Math.round(h * k) };
}

/** Column width in characters that shows a picture `px` wide (Calibri 11 at 96 dpi: 7 px a character, 5 px padding). */
export function columnCharsFor(px: number): number {
  return Math.ceil((px + 2 * PAD - 5) / 7);
}

/** The sheet's pictures that point at an existing row and column. */
function validImages(spec: SheetSpec): SheetImage[] {
  return (spec.images ?? []).filter(
    (im) =>
      Number.isInteger(im.row) &&
      im.row >= 0 &&
      im.row < spec.rows.length &&
      spec.columns.some((c) => c.key === im.column),
  );
}

/**
 * Heights in points of the rows (by index into spec.rows) that hold a picture: the tallest picture plus padding.
 * The writer sets them as it writes the rows.
 */
export function imageRowHeights(spec: SheetSpec): Map<number, number> {
  const out = new Map<number, number>();
  for (const im of validImages(spec)) {
    const pt = Math.min(MAX_ROW_PT, pxToPt(shownSize(im).height + 2 * PAD));
    out.set(im.row, Math.max(out.get(im.row) ?? 0, pt));
  }
  return out;
}

/**
 * Makes a written row that holds a picture (`height` from imageRowHeights; nothing when undefined) tall enough for
 * it, its text starting at the top beside the picture rather than at the bottom of the tall row.
 */
export function fitRowToImage(row: Row, height: number | undefined): void {
  if (!height) return;
  row.height = height;
  row.eachCell((cell) => {
    // A new style object: cells share theirs (see cellStyle in workbook.ts), so the alignment setter would change
    // every cell of that kind.
    cell.style = { ...cell.style, alignment: { ...cell.style.alignment, vertical: 'top', wrapText: true } };
  });
}

/** Runs `fn` over `items` with at most `limit` at a time; results in input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export interface RasterisedImages {
  images: WorkbookImage[];
  /** Pictures that could not be rasterised; the workbook is still written. */
  failed: number;
  /** Where they were: their cells say so (`failedText`) instead of showing a caption beside an empty space. */
  failures: { sheet: string; row: number; column: string; text: string | undefined }[];
}

/**
 * Every sheet's pictures as PNGs anchored in their cells (0-based sheet row = row index + 1, below the header row).
 * A picture that cannot be rasterised is left out and counted, never failing the export.
 */
export async function rasteriseSheetImages(
  sheets: readonly SheetSpec[],
  onEach?: () => void,
): Promise<RasterisedImages> {
  const jobs = sheets.flatMap((spec) => validImages(spec).map((im) => ({ spec, im })));
  const failures: RasterisedImages['failures'] = [];
  const results = await mapLimited(jobs, CONCURRENCY, async ({ spec, im }): Promise<WorkbookImage | null> => {
    try {
      const { png } = await svgToPng(im.svg, { scale: im.scale });
      const size = shownSize(im);
      return {
        sheet: spec.name,
        png,
        col: spec.columns.findIndex((c) => c.key === im.column),
        row: im.row + 1,
        width: size.width,
        height: size.height,
        description: im.description,
      };
    } catch {
      failures.push({ sheet: spec.name, row: im.row, column: im.column, text: im.failedText });
      return null;
    } finally {
      onEach?.();
    }
  });
  const images = results.filter((x): x is WorkbookImage => x !== null);
  return { images, failed: results.length - images.length, failures };
}

/** The sheets with each failed picture's cell saying that it could not be drawn (sheets without failures as given). */
export function markFailedPictures(sheets: readonly SheetSpec[], failures: RasterisedImages['failures']): SheetSpec[] {
  if (failures.length === 0) return [...sheets];
  return sheets.map((spec) => {
    const mine = failures.filter((f) => f.sheet === spec.name && f.text);
    if (mine.length === 0) return spec;
    const rows = [...spec.rows];
    for (const f of mine) rows[f.row] = { ...rows[f.row], [f.column]: f.text! };
    return {
      ...spec,
      rows,
      images: (spec.images ?? []).filter((im) => !mine.some((f) => f.row === im.row && f.column === im.column)),
    };
  });
}
