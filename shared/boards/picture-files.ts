/**
 * A board's exported picture files (PNG/SVG export): the projector's picture, so what is exported is what the room
 * sees, every text whole. A board shown in sections is exported as one tall picture with its sections one under
 * another in reading order, never cut; a board of very many sections is split over several such files
 * (MAX_SECTIONS_PER_FILE each) so a PNG stays within what image viewers and browsers' canvases accept.
 * See docs/architecture.md ("Board picture exports").
 */
import type { Board } from '../domain/entities';
import type { PictureOptions } from './picture';
import { drawBoardSections } from './pictures';
import { escapeXml, num } from '../picture/svg';

/** The export's page: a 1080p projector frame with the projector's smallest text. */
export const EXPORT_PICTURE = { width: 1920, height: 1080, minFontPx: 24 } as const;
/** Sections per file: 15 × 1080 px stays under the 16,384 px canvas edge of Chromium. */
export const MAX_SECTIONS_PER_FILE = 15;

/** Standalone section SVGs (each `width` x `height`) stacked top-down into one SVG. */
export function stackSections(sections: readonly string[], width: number, height: number, title: string): string {
  const total = height * sections.length;
  const body = sections.map((svg, i) => svg.replace(/^<svg\b/, `<svg x="0" y="${num(i * height)}"`)).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(total)}" viewBox="0 0 ${num(width)} ${num(total)}" role="img"><title>${escapeXml(title)}</title>${body}</svg>`;
}

/**
 * The board's export as SVG documents, one per file: all its sections (one for a board that fits) stacked, in
 * order. Null for a kind without a picture.
 */
export function boardPictureFiles(
  board: Pick<Board, 'id' | 'name' | 'kind'>,
  doc: unknown,
  options: Omit<PictureOptions, 'width' | 'height' | 'minFontPx'>,
  perFile: number = MAX_SECTIONS_PER_FILE,
): string[] | null {
  const o: PictureOptions = { ...options, ...EXPORT_PICTURE };
  const sections = drawBoardSections(board.kind, doc, board, o);
  if (!sections) return null;
  if (sections.length === 1) return sections;
  const files: string[] = [];
  const n = Math.max(1, Math.floor(perFile));
  for (let i = 0; i < sections.length; i += n) {
    files.push(stackSections(sections.slice(i, i + n), o.width, o.height, board.name));
  }
  return files;
}
