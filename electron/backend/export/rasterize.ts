import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { PictureCache } from './picture-cache';
import { RasterPool } from './raster-pool';

/**
 * SVG → PNG in Node for the board pictures (Excel pictures sheet, run charts beside the measures analysis) with
 * resvg: a Rust renderer behind N-API, so the same .node file loads in Node (tests, CLI, host) and in Electron's
 * main process without a rebuild. Text uses the system's fonts (the pictures name a font stack that every desktop
 * has one of), so nothing is bundled.
 */

export interface RasterOptions {
  /**
   * Pixels per SVG unit. A 1600x900 picture at scale 2 is a 3200x1800 PNG: sharp when printed on A4/A3 or zoomed
   * in Excel. Clamped to 0.1…8.
   */
  scale?: number;
  /** CSS colour painted under the picture; pictures draw their own background, so the default is none. */
  background?: string;
}

export interface RasterImage {
  png: Buffer;
  /** Pixel size of the PNG. */
  width: number;
  height: number;
}

/** The largest PNG edge we make: beyond this a picture is a mistake (and would cost hundreds of MB of pixels). */
export const MAX_RASTER_EDGE = 8192;

/** The SVG root's width and height (attributes, else the viewBox), or undefined when it has neither. */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!root) return undefined;
  const attr = (name: string): number | undefined => {
    const m = new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)(px)?\\s*["']`, 'i').exec(root);
    const n = m ? Number(m[1]) : NaN;
    return Number.isFinite(n) && n > 0 ? n : undefined;
  };
  const w = attr('width');
  const h = attr('height');
  if (w && h) return { width: w, height: h };
  const vb = /\sviewBox\s*=\s*["']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*["']/i.exec(root);
  if (vb) return { width: Number(vb[1]), height: Number(vb[2]) };
  return undefined;
}

/** A font family of FONT_STACK (shared/picture/svg.ts) and where its regular and bold files usually are. */
interface FontCandidate {
  family: string;
  files: string[];
}

function fontCandidates(): FontCandidate[] {
  const win = join(process.env['WINDIR'] ?? 'C:\\Windows', 'Fonts');
  return [
    { family: 'Segoe UI', files: [join(win, 'segoeui.ttf'), join(win, 'segoeuib.ttf'), join(win, 'segoeuisb.ttf')] },
    { family: 'Arial', files: [join(win, 'arial.ttf'), join(win, 'arialbd.ttf')] },
    {
      family: 'Arial',
      files: [
        '/System/Library/Fonts/Supplemental/Arial.ttf',
        '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
        '/Library/Fonts/Arial.ttf',
      ],
    },
    {
      family: 'DejaVu Sans',
      files: [
        '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
        '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
      ],
    },
  ];
}

let fontOptions: ResvgRenderOptions['font'] | undefined;

/**
 * The fonts resvg renders with, resolved once. Scanning every system font costs resvg about 60 ms per picture (a
 * round workbook has dozens), so the known files of the pictures' font stack are used when they exist; a computer
 * with none of them gets the full system scan.
 */
export function pictureFonts(
  candidates: readonly FontCandidate[] = fontCandidates(),
): NonNullable<ResvgRenderOptions['font']> {
  const found = candidates
    .map((c) => ({ family: c.family, files: c.files.filter((f) => existsSync(f)) }))
    .filter((c) => c.files.length > 0);
  const first = found[0];
  if (!first) return { loadSystemFonts: true };
  return {
    loadSystemFonts: false,
    fontFiles: found.flatMap((c) => c.files),
    defaultFontFamily: first.family,
    sansSerifFamily: first.family,
  };
}

/**
 * The rasteriser threads, started on the first picture (resvg loads there, so it costs nothing at start-up). The
 * backend's own thread only hashes the SVG for the cache and waits.
 */
export const rasterPool = new RasterPool();

/** The PNGs of recent exports (a few rounds' worth of pictures at scale 2). */
export const pictureCache = new PictureCache<RasterImage>(64 * 1024 * 1024);

/**
 * Renders one standalone SVG string to PNG, or returns the PNG already made from the same SVG and options
 * (the cache is keyed by a hash of the SVG, which holds the board's content, language and theme). Throws an Error with an English message when the SVG cannot be
 * parsed or would be larger than MAX_RASTER_EDGE pixels on a side; callers that draw many pictures catch it per
 * picture, so one bad board never costs the whole export.
 */
export async function svgToPng(svg: string, options: RasterOptions = {}): Promise<RasterImage> {
  const scale = Math.min(8, Math.max(0.1, Number.isFinite(options.scale) ? (options.scale as number) : 1));
  const size = svgSize(svg);
  if (!size) throw new Error('not an SVG with a size: the picture has no <svg width height> or viewBox');
  if (size.width * scale > MAX_RASTER_EDGE || size.height * scale > MAX_RASTER_EDGE) {
    throw new Error(`picture too large: ${size.width}x${size.height} at scale ${scale} exceeds ${MAX_RASTER_EDGE} px`);
  }
  return pictureCache.get(PictureCache.key(svg, `${scale}|${options.background ?? ''}`), () =>
    render(svg, scale, options.background),
  );
}

function render(svg: string, scale: number, background: string | undefined): Promise<RasterImage> {
  const opts: ResvgRenderOptions = {
    fitTo: { mode: 'zoom', value: scale },
    // A family of the stack missing here falls back to the first one found (or to a scan of all system fonts).
    font: (fontOptions ??= pictureFonts()),
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
  if (background) opts.background = background;
  // Not resvg's renderAsync: it draws on libuv's pool but leaves asPng() (the PNG encoding, most of the time) to
  // the calling thread.
  return rasterPool.render(svg, opts);
}
