/**
 * PNG and SVG export of a board, drawn from its picture (shared/boards/picture-files.ts): the same picture the
 * projector shows, every text whole, sections stacked into one tall picture. The personal-data gate runs first.
 */
import i18n from '../../i18n';
import { sharedTranslate } from '../../i18n/keys';
import type { Board } from '../../../../shared/domain/entities';
import { EXPORT_PICTURE, boardPictureFiles } from '../../../../shared/boards/picture-files';
import type { HyphenLang } from '../../../../shared/picture/hyphenate';
import { pictureRefusedForPersonalData } from '../../app/picture-gate';
import { downloadText, downloadUrl, safeFileName } from '../fishbone/download';

/** Chromium's largest canvas edge: a PNG taller than this cannot be drawn. */
const MAX_CANVAS_EDGE = 16_384;

/** An SVG document as a PNG blob `scale` times its own size (rasterised through an <img> and a canvas). */
async function svgToPngBlob(svg: string, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export interface PictureExportOptions {
  /** PNG pixels per picture pixel (2 for print); 1 when absent. */
  scale?: number;
  /** The file name of file `index` of `count` (width x height in px); safeFileName of the board's name when absent. */
  fileName?: (index: number, count: number, size: { width: number; height: number }) => string;
}

/**
 * Downloads the board's picture as PNG or SVG: one file with the sections one under another (a board of very many
 * sections gives a few files, numbered). Returns false when nothing was exported (personal data found, or the kind
 * has no picture).
 */
export async function exportBoardPicture(
  board: Pick<Board, 'id' | 'name' | 'kind'>,
  doc: unknown,
  format: 'png' | 'svg',
  options: PictureExportOptions = {},
): Promise<boolean> {
  if (pictureRefusedForPersonalData(board, doc)) return false;
  const scale = format === 'png' ? Math.max(0.1, options.scale ?? 1) : 1;
  const lang: HyphenLang = i18n.language === 'sv' ? 'sv' : i18n.language === 'en' ? 'en' : 'fi';
  const perFile = Math.max(1, Math.floor(MAX_CANVAS_EDGE / (EXPORT_PICTURE.height * scale)));
  const files = boardPictureFiles(board, doc, { theme: 'light', t: sharedTranslate, lang }, perFile);
  if (!files) return false;
  for (let i = 0; i < files.length; i++) {
    const size = svgSize(files[i]!);
    const px = { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
    const name =
      options.fileName?.(i, files.length, px) ??
      safeFileName(files.length > 1 ? `${board.name} ${i + 1}` : board.name, format);
    if (format === 'svg') downloadText(files[i]!, name, 'image/svg+xml');
    else {
      const url = URL.createObjectURL(await svgToPngBlob(files[i]!, scale));
      downloadUrl(url, name);
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
  }
  return true;
}

/** Width and height of an SVG document made by boardPictureFiles (its root's attributes). */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([0-9.]+)"`).exec(root)?.[1] ?? 0);
  return { width: attr('width') || EXPORT_PICTURE.width, height: attr('height') || EXPORT_PICTURE.height };
}
