import type { BoardPicture } from './picture';

/**
 * One picture module per board kind (shared/boards/<kind>/picture.ts), keyed by kind. A new kind adds one line.
 * tests/node/boards/pictures.test.ts checks that every kind in BOARD_DEFINITIONS has one.
 */
export const BOARD_PICTURES: Record<string, BoardPicture<never>> = {};
