import { inflateRawSync } from 'node:zlib';

/**
 * Checks an .xlsx (a zip of XML parts) before any spreadsheet library expands it. exceljs holds every shared string
 * and every cell of a merged range in memory, so a 350 KB file can ask for gigabytes; these checks refuse such a
 * file from its zip directory (declared sizes, compression ratios) and from the inflated parts, which are inflated
 * with a hard output cap so a part that lies about its size stops at the cap.
 */

export interface SheetLimits {
  /** Most parts in the zip. */
  entries: number;
  /** Largest inflated shared-strings part, in bytes. */
  sharedStringsBytes: number;
  /** Largest inflated worksheet part, in bytes. */
  sheetBytes: number;
  /** Largest inflated size of any other part, in bytes. */
  otherPartBytes: number;
  /** Largest sum of declared inflated sizes, in bytes. */
  totalBytes: number;
  /** Highest inflated/compressed ratio for a part over 1 MB. */
  ratio: number;
  /** Deepest XML element nesting. */
  xmlDepth: number;
  /** Longest single shared string (Excel's own cell limit). */
  stringChars: number;
  /** Most cells in a worksheet. */
  cells: number;
  /** Most cells covered by merged ranges in a worksheet. */
  mergedCells: number;
}

export const SHEET_LIMITS: SheetLimits = {
  entries: 2000,
  sharedStringsBytes: 16 * 1024 * 1024,
  sheetBytes: 32 * 1024 * 1024,
  otherPartBytes: 8 * 1024 * 1024,
  totalBytes: 64 * 1024 * 1024,
  ratio: 200,
  xmlDepth: 64,
  stringChars: 32_767,
  cells: 400_000,
  mergedCells: 100_000,
};

export type ZipProblem = 'tooComplex' | 'unreadable';

/** Thrown for a file that is refused before parsing; `reason` picks the message. */
export class SheetRefused extends Error {
  constructor(
    readonly reason: ZipProblem,
    detail: string,
  ) {
    super(detail);
  }
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The zip's central directory; throws SheetRefused for a damaged or ZIP64 (over 4 GB) archive. */
export function zipEntries(buf: Buffer, limits: SheetLimits = SHEET_LIMITS): Entry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new SheetRefused('unreadable', 'no zip directory');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new SheetRefused('tooComplex', 'zip64 archive');
  if (count > limits.entries) throw new SheetRefused('tooComplex', `${count} parts`);
  const out: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL)
      throw new SheetRefused('unreadable', 'damaged zip directory');
    const nameLen = buf.readUInt16LE(at + 28);
    const entry: Entry = {
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      name: buf.toString('utf8', at + 46, at + 46 + nameLen),
      localOffset: buf.readUInt32LE(at + 42),
    };
    if (entry.size === 0xffffffff || entry.compressed === 0xffffffff)
      throw new SheetRefused('tooComplex', 'zip64 part');
    out.push(entry);
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}

const isSharedStrings = (name: string) => /^xl\/sharedStrings\d*\.xml$/i.test(name);
const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

function capOf(name: string, limits: SheetLimits): number {
  if (isSharedStrings(name)) return limits.sharedStringsBytes;
  if (isSheet(name)) return limits.sheetBytes;
  return limits.otherPartBytes;
}

/** Refuses from the directory alone: too many parts, declared sizes over the caps, bomb-like ratios. */
export function checkDeclaredSizes(buf: Buffer, limits: SheetLimits = SHEET_LIMITS): Entry[] {
  const entries = zipEntries(buf, limits);
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > capOf(e.name, limits)) throw new SheetRefused('tooComplex', `${e.name} declares ${e.size} bytes`);
    if (e.size > 1024 * 1024 && e.size > e.compressed * limits.ratio)
      throw new SheetRefused('tooComplex', `${e.name} compresses ${Math.round(e.size / Math.max(1, e.compressed))}:1`);
  }
  if (total > limits.totalBytes) throw new SheetRefused('tooComplex', `${total} bytes declared in all`);
  return entries;
}

/** A part's bytes, inflated with a hard cap: a part that inflates past its cap is refused, whatever it declared. */
function inflatePart(buf: Buffer, e: Entry, cap: number): string {
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL)
    throw new SheetRefused('unreadable', `damaged part ${e.name}`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + e.compressed);
  if (e.method === 0) {
    if (data.length > cap) throw new SheetRefused('tooComplex', `${e.name} over ${cap} bytes`);
    return data.toString('utf8');
  }
  if (e.method !== 8) throw new SheetRefused('unreadable', `${e.name} uses compression method ${e.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: cap }).toString('utf8');
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new SheetRefused('tooComplex', `${e.name} inflates over ${cap} bytes`);
    throw new SheetRefused('unreadable', `${e.name}: ${(err as Error).message}`);
  }
}

/** Deepest element nesting of an XML text, counted without parsing it into objects. */
export function xmlDepth(xml: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    const next = xml.charCodeAt(i + 1);
    if (next === 0x2f /* / */) depth--;
    else if (next !== 0x3f /* ? */ && next !== 0x21 /* ! */) {
      const end = xml.indexOf('>', i);
      if (end < 0) break;
      if (xml.charCodeAt(end - 1) !== 0x2f) {
        depth++;
        if (depth > deepest) deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
      i = end;
    }
  }
  return deepest;
}

function count(text: string, needle: string, stopAbove: number): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0 && n <= stopAbove; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

const COL = (letters: string) => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** Cells covered by one merged range `A1:XFD1048576`. */
function rangeCells(ref: string): number {
  const m = /^([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})$/i.exec(ref);
  if (!m) return 1;
  const cols = Math.abs(COL(m[3]!) - COL(m[1]!)) + 1;
  const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
  return cols * rows;
}

/**
 * Inflates the shared strings and worksheets with caps and checks what exceljs would expand: XML depth, the longest
 * shared string, the number of cells and the cells covered by merged ranges. Throws SheetRefused.
 */
export function checkParts(buf: Buffer, limits: SheetLimits = SHEET_LIMITS): void {
  const entries = checkDeclaredSizes(buf, limits);
  for (const e of entries) {
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    const xml = inflatePart(buf, e, capOf(e.name, limits));
    if (xmlDepth(xml, limits.xmlDepth) > limits.xmlDepth)
      throw new SheetRefused('tooComplex', `${e.name} nests deeper than ${limits.xmlDepth}`);
    if (isSharedStrings(e.name)) {
      for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) {
        if (m[1]!.length > limits.stringChars)
          throw new SheetRefused('tooComplex', `a shared string of ${m[1]!.length} characters`);
      }
    }
    if (isSheet(e.name)) {
      if (count(xml, '<c ', limits.cells) > limits.cells)
        throw new SheetRefused('tooComplex', `${e.name} has over ${limits.cells} cells`);
      let merged = 0;
      for (const m of xml.matchAll(/<mergeCell\s+ref="([^"]+)"/g)) {
        merged += rangeCells(m[1]!);
        if (merged > limits.mergedCells)
          throw new SheetRefused('tooComplex', `${e.name} merges over ${limits.mergedCells} cells`);
      }
    }
  }
}
