import { createWriteStream, statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { stream as ExcelStream, Worksheet } from 'exceljs';
import { ApiFailure } from '../../../shared/api/errors';
import { isFormulaCell, type SheetColumn, type SheetSpec } from '../../../shared/export/sheet';
import { writeAtomically } from '../files/atomic';
import { columnLetter, prepareCell, prepareFormula } from './cells';
import { fitRowToImage, imageRowHeights, markFailedPictures, rasteriseSheetImages } from './images';
import { uniqueSheetNames } from './sheet-names';
import { charsToShow, printHeaderFooter, printPageSetup, widenToPage, wrappedRowPt } from './print';
import { writtenHeader } from '../../../shared/export/headers';

const HEADER_FILL = 'FFDCE6F1';
const MIN_WIDTH = 8;
const MAX_AUTO_WIDTH = 60;
const DEFAULT_WIDTH: Partial<Record<SheetColumn['type'], number>> = {
  date: 12,
  number: 12,
  integer: 10,
  boolean: 8,
  id: 38,
};
/** Rows written between two yields to the event loop (and progress reports). */
const CHUNK_ROWS = 500;
/** Pixels to EMU (English Metric Units) at 96 dpi. */
const EMU_PER_PX = 9525;

/**
 * One shared style object per number format and wrapping. exceljs resolves a cell's style once per style object
 * (a WeakMap), so cells sharing an object skip that work; a per-cell object made styling a third of the write time.
 * Never mutate one: every cell of that kind holds it.
 */
const CELL_STYLES = new Map<string, Partial<import('exceljs').Style>>();
function cellStyle(numFmt: string | undefined, wrap: boolean): Partial<import('exceljs').Style> {
  const key = `${numFmt ?? ''}|${wrap ? 1 : 0}`;
  let style = CELL_STYLES.get(key);
  if (!style) {
    style = {
      ...(numFmt ? { numFmt } : {}),
      // Top-aligned, so a row grown for a wrapped neighbour reads from its top line.
      alignment: wrap ? { wrapText: true, vertical: 'top' as const } : { vertical: 'top' as const },
    };
    CELL_STYLES.set(key, style);
  }
  return style;
}

/** A width from the header and the first rows when the spec gives none. */
function columnWidth(col: SheetColumn, rows: SheetSpec['rows']): number {
  if (col.width) return col.width;
  const fixed = DEFAULT_WIDTH[col.type];
  if (fixed) return Math.max(fixed, writtenHeader(col).length + 2);
  let longest = writtenHeader(col).length;
  for (const row of rows.slice(0, 200)) {
    const v = row[col.key];
    if (isFormulaCell(v)) continue;
    longest = Math.max(longest, String(v ?? '').split('\n')[0]!.length);
  }
  return Math.min(MAX_AUTO_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/** The width a text column's longest text (in the first rows) needs to print on one line; 0 for other columns. */
function wantedWidth(col: SheetColumn, rows: SheetSpec['rows']): number {
  if (col.type !== 'text') return 0;
  let wanted = 0;
  for (const row of rows.slice(0, 200)) {
    const v = row[col.key];
    if (typeof v === 'string') wanted = Math.max(wanted, charsToShow(v));
  }
  return wanted;
}

/**
 * A picture placed on a sheet (a board as PNG, a run chart): the top-left corner at a 0-based column and row of
 * the sheet named `sheet` (the name as given in the specs), shown at `width` x `height` CSS px.
 */
export interface WorkbookImage {
  sheet: string;
  png: Uint8Array;
  col: number;
  row: number;
  width: number;
  height: number;
  /** Alternative text (the board's name), read by screen readers in Excel. */
  description?: string;
}

export interface WorkbookProgress {
  /** Rows and pictures written so far. */
  done: number;
  total: number;
}

export interface WriteWorkbookOptions {
  /** Pictures anchored on sheets (the pictures sheet, run charts beside a measure's rows). */
  images?: readonly WorkbookImage[];
  /** Called after every chunk of rows and once at the end (done === total). */
  onProgress?: (p: WorkbookProgress) => void;
  /**
   * Where the bytes go; the default is a file stream on the temp path. Tests pass a stream that fails midway (a
   * full disk) to prove that no partial file is left at the target.
   */
  openStream?: (tempPath: string) => Writable;
  /** Printed in every page's header beside the sheet's name: the team, or the workshop and its round. */
  pageTitle?: string;
  /** Awaited after every chunk of rows (the e2e tests slow a real export down with it to watch its progress). */
  afterChunk?: () => Promise<void>;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const xmlAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The SpreadsheetML drawing part that places the pictures of one sheet; `rel(i)` is picture i's relationship id. */
function drawingXml(images: readonly WorkbookImage[], rel: (i: number) => string): string {
  const anchors = images.map((img, i) => {
    const cx = Math.round(img.width * EMU_PER_PX);
    const cy = Math.round(img.height * EMU_PER_PX);
    const name = xmlAttr(img.description ?? `Kuva ${i + 1}`);
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${img.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${img.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${cx}" cy="${cy}"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="${name}" descr="${name}"/>` +
      `<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip r:embed="${rel(i)}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
      `</xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    anchors.join('') +
    '</xdr:wsDr>'
  );
}

function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') +
    '</Relationships>'
  );
}

const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const DRAWING_CT = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/**
 * The parts of exceljs's streaming writer this module reaches into: exceljs 4.4's streaming worksheets support
 * only background images, so anchored pictures are added as a drawing part of our own (the same XML the
 * in-memory writer produces), linked from the sheet and listed in the content types.
 */
interface StreamInternals {
  zip: { append(data: string | Buffer, opts: { name: string; store?: boolean }): unknown };
}
interface SheetInternals {
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeLegacyData(): void;
  _write(text: string): void;
}

/**
 * Adds the pictures: media through exceljs (written at commit), one drawing part per sheet with pictures, and the
 * drawing's content type. PNG bytes are stored, not deflated again (they are compressed already).
 */
function prepareImages(
  wb: ExcelStream.xlsx.WorkbookWriter,
  images: readonly WorkbookImage[],
): { attach(ws: Worksheet, sheet: string): void } {
  const zip = (wb as unknown as StreamInternals).zip;
  const drawings: string[] = [];
  const append = zip.append.bind(zip);
  zip.append = (data, opts) => {
    if (opts.name === '[Content_Types].xml' && typeof data === 'string' && drawings.length > 0) {
      const overrides = drawings
        .map((d) => `<Override PartName="/xl/drawings/${d}.xml" ContentType="${DRAWING_CT}"/>`)
        .join('');
      return append(data.replace('</Types>', `${overrides}</Types>`), opts);
    }
    if (opts.name.startsWith('xl/media/')) return append(data, { ...opts, store: true });
    return append(data, opts);
  };
  const bySheet = new Map<string, { img: WorkbookImage; mediaName: string }[]>();
  for (const img of images) {
    const id = wb.addImage({
      buffer: Buffer.from(img.png.buffer, img.png.byteOffset, img.png.byteLength) as unknown as ArrayBuffer,
      extension: 'png',
    });
    const list = bySheet.get(img.sheet) ?? [];
    list.push({ img, mediaName: `image${id}.png` });
    bySheet.set(img.sheet, list);
  }
  return {
    attach(ws, sheet) {
      const list = bySheet.get(sheet);
      if (!list || list.length === 0) return;
      const name = `drawing${drawings.length + 1}`;
      drawings.push(name);
      const internals = ws as unknown as SheetInternals;
      const rId = internals._sheetRelsWriter.addRelationship({ Type: REL_DRAWING, Target: `../drawings/${name}.xml` });
      const legacy = internals._writeLegacyData.bind(ws);
      // <drawing> comes right before <legacyDrawing> in the worksheet's element order.
      internals._writeLegacyData = () => {
        internals._write(`<drawing r:id="${rId}"/>`);
        legacy();
      };
      zip.append(
        drawingXml(
          list.map((x) => x.img),
          (i) => `rId${i + 1}`,
        ),
        { name: `xl/drawings/${name}.xml` },
      );
      zip.append(
        relsXml(list.map((x, i) => ({ id: `rId${i + 1}`, type: REL_IMAGE, target: `../media/${x.mediaName}` }))),
        {
          name: `xl/drawings/_rels/${name}.xml.rels`,
        },
      );
    },
  };
}

/** Header row, typed cells, autofilter; rows are committed as they are written, yielding every CHUNK_ROWS. */
async function fillSheet(ws: Worksheet, spec: SheetSpec, tick: (rows: number) => Promise<void>): Promise<void> {
  const widths = widenToPage(
    spec.columns.map((c) => columnWidth(c, spec.rows)),
    spec.columns.map((c) => wantedWidth(c, spec.rows)),
    spec.columns.map((c) => c.type === 'text'),
  );
  ws.columns = spec.columns.map((c, i) => ({ key: c.key, width: widths[i] }));
  if (spec.columns.length > 0) {
    ws.autoFilter = `A1:${columnLetter(spec.columns.length)}${spec.rows.length + 1}`;
  }

  const header = ws.getRow(1);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = writtenHeader(c);
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9C1' } } };
  });
  const headerPt = Math.max(0, ...spec.columns.map((c, i) => wrappedRowPt(writtenHeader(c), widths[i]!, true) ?? 0));
  if (headerPt > 0) header.height = headerPt;
  header.commit();

  const columnOf = new Map(spec.columns.map((c, i) => [c.key, i + 1]));
  const tall = imageRowHeights(spec);
  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r]!;
    const xrow = ws.getRow(r + 2);
    // The tallest wrapped cell sets the row's height (set explicitly: a printed row never grows by itself).
    let textPt = 0;
    spec.columns.forEach((col, c) => {
      const raw = row[col.key] ?? null;
      const cell = xrow.getCell(c + 1);
      if (isFormulaCell(raw)) {
        const f = prepareFormula(raw, columnOf, r + 2);
        if ('formula' in f)
          cell.value =
            f.result === undefined
              ? { formula: f.formula, date1904: false }
              : { formula: f.formula, result: f.result, date1904: false };
        else cell.value = f.value;
        cell.style = cellStyle(col.type === 'integer' ? '0' : undefined, false);
        return;
      }
      const prepared = prepareCell(col.type, raw, widths[c] ?? MIN_WIDTH);
      cell.value = prepared.value;
      cell.style = cellStyle(prepared.numFmt, prepared.wrap ?? false);
      if (prepared.wrap && typeof prepared.value === 'string')
        textPt = Math.max(textPt, wrappedRowPt(prepared.value, widths[c] ?? MIN_WIDTH) ?? 0);
    });
    const picturePt = tall.get(r);
    if (picturePt) fitRowToImage(xrow, Math.max(picturePt, textPt));
    else if (textPt > 0) xrow.height = textPt;
    xrow.commit();
    if ((r + 1) % CHUNK_ROWS === 0) await tick(CHUNK_ROWS);
  }
  await tick(spec.rows.length % CHUNK_ROWS);
}

/**
 * Writes the sheets as an .xlsx file at `targetPath` with exceljs's streaming writer (rows go to the zip as they
 * are made, so memory stays flat for a whole round): bold filled header row, frozen and filterable and repeated
 * on every printed page; landscape A4 fitted to the page width; dates as real Excel dates shown `d.m.yyyy`;
 * numbers as numbers; ids and text as text that is never run as a formula; pictures anchored where asked. Sheet
 * names are made valid and unique. The work yields to the event loop between chunks of rows, so the app keeps
 * answering, and reports progress. The file appears all at once (temp file beside it, fsync, rename); on failure
 * (an unwritable folder, a full disk) no file is left behind and an `io` ApiFailure is thrown.
 */
export async function writeWorkbook(
  given: readonly SheetSpec[],
  targetPath: string,
  options: WriteWorkbookOptions = {},
): Promise<{ bytes: number }> {
  // exceljs is large; loading it on first export keeps app start-up fast.
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  // Progress counts the rows and the pictures to rasterise (the costly part of a picture; storing it is cheap).
  const pictures = given.reduce((n, s) => n + (s.images?.length ?? 0), 0);
  const total = given.reduce((n, s) => n + s.rows.length, 0) + pictures;
  let done = 0;
  let bytes: number;
  // The sheets' own pictures (SheetSpec.images: board pictures, run charts) as PNGs, besides any given here.
  const rasterised = await rasteriseSheetImages(given, () => {
    done++;
    options.onProgress?.({ done, total });
  });
  // A picture resvg cannot draw: its cell says so, and the export goes on.
  const sheets = markFailedPictures(given, rasterised.failures);
  const images = [...(options.images ?? []), ...rasterised.images];
  done = pictures;

  try {
    await writeAtomically(targetPath, async (temp) => {
      const out = options.openStream ? options.openStream(temp) : createWriteStream(temp);
      // A write error (ENOSPC midway) must end the export, not the process or a forever-pending commit.
      let failure: Error | null = null;
      const failed = new Promise<never>((_, reject) => {
        out.on('error', (e: Error) => {
          failure = e;
          reject(e);
        });
      });
      failed.catch(() => undefined);
      const closed = new Promise<void>((resolve) => out.on('close', () => resolve()));

      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
      wb.creator = 'Läpimurtostudio';
      const pictures = prepareImages(wb, images);
      const tick = async (rows: number) => {
        done += rows;
        options.onProgress?.({ done, total });
        await yieldToLoop();
        if (options.afterChunk) await options.afterChunk();
        if (failure) throw failure;
      };

      const names = uniqueSheetNames(sheets.map((s) => s.name));
      for (const [i, spec] of sheets.entries()) {
        const ws = wb.addWorksheet(names[i], {
          views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
          pageSetup: printPageSetup(),
          headerFooter: printHeaderFooter(options.pageTitle ?? ''),
        });
        await fillSheet(ws, spec, tick);
        pictures.attach(ws, spec.name);
        ws.commit();
      }
      // An .xlsx without sheets does not open in Excel.
      if (sheets.length === 0) wb.addWorksheet('Taulukko').commit();
      await Promise.race([wb.commit(), failed]);
      await Promise.race([closed, failed]);
      if (failure) throw failure;
      options.onProgress?.({ done: total, total });
    });
    bytes = statSync(targetPath).size;
  } catch (e) {
    if (e instanceof ApiFailure) throw e;
    const detail = `cannot write ${targetPath}: ${e instanceof Error ? e.message : String(e)}`;
    // A full disk has its own message: the coach can free space and try again.
    const full = (e as { code?: unknown } | null)?.code === 'ENOSPC';
    throw new ApiFailure('io', full ? 'excel.errors.diskFull' : 'errors.code.io', undefined, detail);
  }
  return { bytes };
}
