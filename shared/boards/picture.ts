import type { Board } from '../domain/entities';
import type { HyphenLang } from '../picture/hyphenate';

/** Looks a label up by i18n key (renderer: i18next's t; Node: the shared translator for one language). */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export interface PictureOptions {
  /** Size of the drawing in CSS px; the SVG's viewBox is 0 0 width height. */
  width: number;
  height: number;
  theme: 'light' | 'high-contrast';
  /**
   * Smallest font size, in px at width x height. The audience view asks for 24 at 1920x1080 so every text reads
   * from the back of the room; a board with more than fits says "+N more" rather than shrinking text below this.
   */
  minFontPx: number;
  t: Translate;
  /**
   * The team's other boards, for pictures that show what links boards together (the PDSA cycles' start dates on a
   * measure's run chart). Optional: without it a picture shows its own document only.
   */
  teamBoards?: readonly { kind: string; doc: unknown }[];
  /** Today as yyyy-mm-dd (overdue PDSA evaluations); the current date when absent. */
  today?: string;
  /** Leaves the board's name out of the picture when the place showing it names the board already (the projector). */
  hideTitle?: boolean;
  /** Hyphenation patterns for breaking long words (board text is usually Finnish): 'fi' when absent. */
  lang?: HyphenLang;
}

/**
 * A board drawn from its document alone, as one standalone SVG string (no DOM, no fonts to load, no scripts).
 * The audience view, the gallery walk, the storyboard and the Excel pictures sheet all show boards this way, so
 * the projector never shows a toolbar and a picture is the same in every place.
 */
export interface BoardPicture<Doc = unknown> {
  kind: string;
  draw(doc: Doc, board: Pick<Board, 'id' | 'name' | 'kind'>, options: PictureOptions): string;
  /**
   * The board split into sections in reading order, each a standalone SVG of options.width x options.height that
   * shows its part whole with every text at least options.minFontPx. A board that fits is one section. Every item
   * of the document appears in exactly one section. Absent: the board is always one section (`draw`).
   */
  sections?(doc: Doc, board: Pick<Board, 'id' | 'name' | 'kind'>, options: PictureOptions): string[];
}
