import type { Board } from '../domain/entities';
import type { BoardPicture, PictureOptions } from './picture';
import { messagePicture } from '../picture/svg';
import { processMapPicture } from './process-map/picture';
import { fishbonePicture } from './fishbone/picture';
import { fiveWhysPicture } from './five-whys/picture';
import { valueStreamPicture } from './value-stream/picture';
import { ideasWallPicture } from './ideas-wall/picture';
import { dotVotePicture } from './dot-vote/picture';
import { measuresPicture } from './measures/picture';
import { pdsaPicture } from './pdsa/picture';
import { driverDiagramPicture } from './driver-diagram/picture';

/**
 * One picture module per board kind (shared/boards/<kind>/picture.ts), keyed by kind. A new kind adds one line.
 * tests/node/boards/pictures.test.ts checks that every kind in BOARD_DEFINITIONS has one.
 */
export const BOARD_PICTURES: Record<string, BoardPicture<never>> = {
  'process-map': processMapPicture,
  'value-stream': valueStreamPicture,
  fishbone: fishbonePicture,
  'five-whys': fiveWhysPicture,
  'ideas-wall': ideasWallPicture,
  'dot-vote': dotVotePicture,
  measures: measuresPicture,
  pdsa: pdsaPicture,
  'driver-diagram': driverDiagramPicture,
};

/** Sizes that make no sense (0, NaN, negative, absurd) are brought to something drawable. */
function saneOptions(o: PictureOptions): PictureOptions {
  const clamp = (n: number, lo: number, hi: number, dflt: number) =>
    Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : dflt;
  return {
    ...o,
    width: clamp(o.width, 16, 16_384, 1920),
    height: clamp(o.height, 16, 16_384, 1080),
    minFontPx: clamp(o.minFontPx, 1, 200, 24),
    theme: o.theme === 'high-contrast' ? 'high-contrast' : 'light',
  };
}

/** The calm picture shown instead of a board whose document cannot be drawn. */
export function cannotDrawPicture(board: Pick<Board, 'id' | 'name' | 'kind'>, options: PictureOptions): string {
  const o = saneOptions(options);
  return messagePicture(o, board.name, o.t('pictures.cannotDraw'));
}

/**
 * The board as one standalone SVG string, or null for a kind without a picture. Never throws: a document the
 * picture cannot draw (corrupt, from a newer version) gives a calm "cannot be drawn" picture instead.
 */
export function drawBoard(
  kind: string,
  doc: unknown,
  board: Pick<Board, 'id' | 'name' | 'kind'>,
  options: PictureOptions,
): string | null {
  const picture = Object.prototype.hasOwnProperty.call(BOARD_PICTURES, kind) ? BOARD_PICTURES[kind] : undefined;
  if (!picture) return null;
  const o = saneOptions(options);
  try {
    return (picture as BoardPicture<unknown>).draw(doc, board, o);
  } catch {
    try {
      return cannotDrawPicture(board, o);
    } catch {
      return messagePicture(o, '', 'Kuvaa ei voi piirtää');
    }
  }
}

/**
 * The board as its sections (see BoardPicture.sections), or null for a kind without a picture. Never throws and
 * never returns an empty list: a document that cannot be drawn gives one calm "cannot be drawn" section.
 */
export function drawBoardSections(
  kind: string,
  doc: unknown,
  board: Pick<Board, 'id' | 'name' | 'kind'>,
  options: PictureOptions,
): string[] | null {
  const picture = Object.prototype.hasOwnProperty.call(BOARD_PICTURES, kind) ? BOARD_PICTURES[kind] : undefined;
  if (!picture) return null;
  const o = saneOptions(options);
  const p = picture as BoardPicture<unknown>;
  try {
    const out = p.sections ? p.sections(doc, board, o) : [p.draw(doc, board, o)];
    return out.length > 0 ? out : [cannotDrawPicture(board, o)];
  } catch {
    try {
      return [cannotDrawPicture(board, o)];
    } catch {
      return [messagePicture(o, '', 'Kuvaa ei voi piirtää')];
    }
  }
}
