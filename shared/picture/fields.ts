/**
 * Labelled texts ("fields") packed into columns and pages in reading order, for pictures that show a board as a
 * worksheet (a PDSA cycle, a ramp list, a long list of notes). Nothing is cut: every text wraps onto as many lines as
 * it needs, a field taller than what is left of a column continues in the next column (its label marked as
 * continued), and what does not fit one page goes on the next. The result is plain boxes, so a picture draws them and
 * tests check them (no overlap, every line inside its box, every field on some page).
 */
import type { HyphenLang } from './hyphenate';
import { measureText, rectEl, textBlock, wrapText, type PicturePalette } from './svg';

export interface Field {
  /** The item this field shows (a cycle's field, a note); tests follow items into sections by it. */
  id: string;
  label: string;
  /** Paragraphs of the value, each wrapped on its own (a list of cycles, one a paragraph). */
  paragraphs: readonly string[];
  /** Shown in the muted colour: a placeholder such as "not written yet". */
  muted?: boolean;
  /** Draws the field's frame in the accent colour (the decision, the change idea). */
  emphasis?: boolean;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Lines of text in a box; the first baseline is at y + 0.92 * size. */
export interface TextBox extends Box {
  id: string;
  lines: string[];
  size: number;
  bold: boolean;
  lineHeight: number;
  role: 'label' | 'value';
  muted: boolean;
}

/** One piece of a field on a page: its frame and its texts. */
export interface FieldPiece {
  id: string;
  frame: Box;
  texts: TextBox[];
  emphasis: boolean;
  /** True for the second and later pieces of a field split over columns or pages. */
  continued: boolean;
}

export interface FieldPackOptions {
  /** The area on every page the fields fill. */
  area: Box;
  columns: number;
  labelSize: number;
  valueSize: number;
  /** Space between columns and between fields, and the padding inside a field's frame. */
  gap: number;
  pad: number;
  lang: HyphenLang;
  /** Appended to the label of a continued piece ("(jatkuu)"). */
  continued: string;
  /** Stop after this many pages (a picture's first section need not wrap a whole huge board). */
  maxPages?: number;
}

interface Line {
  text: string;
  /** Starts a new paragraph (a little space above it). */
  first: boolean;
}

/**
 * Packs `fields` into pages of `columns` columns, in reading order (down a column, then the next column, then the
 * next page). Returns at least one page (an empty one for no fields).
 */
export function packFields(fields: readonly Field[], o: FieldPackOptions): FieldPiece[][] {
  const columns = Math.max(1, Math.floor(o.columns));
  const colW = (o.area.w - (columns - 1) * o.gap) / columns;
  const inner = Math.max(8, colW - 2 * o.pad);
  const llh = Math.round(o.labelSize * 1.25);
  const vlh = Math.round(o.valueSize * 1.28);
  const paraGap = Math.round(o.valueSize * 0.35);
  const pages: FieldPiece[][] = [[]];
  let col = 0;
  let y = o.area.y;
  const bottom = o.area.y + o.area.h;
  const nextColumn = () => {
    col++;
    y = o.area.y;
    if (col >= columns) {
      col = 0;
      pages.push([]);
    }
  };

  const maxPages = Math.max(1, o.maxPages ?? Infinity);
  for (const field of fields) {
    if (pages.length > maxPages) break;
    const label = wrapText(field.label, inner, { size: o.labelSize, bold: true }, Infinity, o.lang).lines;
    const labelCont = wrapText(
      `${field.label} ${o.continued}`,
      inner,
      { size: o.labelSize, bold: true },
      Infinity,
      o.lang,
    ).lines;
    const lines: Line[] = [];
    for (const para of field.paragraphs) {
      wrapText(para, inner, { size: o.valueSize }, Infinity, o.lang).lines.forEach((text, i) =>
        lines.push({ text, first: i === 0 && lines.length > 0 }),
      );
    }
    let rest = lines;
    let continued = false;
    for (;;) {
      const head = continued ? labelCont : label;
      const headH = head.length * llh;
      const room = bottom - y - 2 * o.pad - headH;
      // How many of the remaining lines fit under the label here.
      let take = 0;
      let used = 0;
      while (take < rest.length) {
        const add = vlh + (rest[take]!.first && take > 0 ? paraGap : 0);
        if (used + add > room) break;
        used += add;
        take++;
      }
      const fitsAll = take === rest.length;
      // A field that a fresh column holds whole moves there rather than split; otherwise start a fresh column rather
      // than leave a label with less than two lines under it (unless the column is new).
      const freshRoom = o.area.h - 2 * o.pad - headH;
      const fitsFresh = rest.reduce((h, l, i) => h + vlh + (l.first && i > 0 ? paraGap : 0), 0) <= freshRoom;
      if (!fitsAll && (fitsFresh || take < Math.min(2, rest.length)) && y > o.area.y) {
        nextColumn();
        continue;
      }
      // A split falls between paragraphs (one idea, one note) when there is one in what fits here.
      if (!fitsAll && take > 0 && !rest[take]!.first) {
        let j = take;
        while (j > 0 && !rest[j]!.first) j--;
        if (j > 0) take = j;
      }
      if (take === 0 && rest.length > 0) take = 1; // a column shorter than one line: never loop forever
      const x = o.area.x + col * (colW + o.gap);
      const shown = rest.slice(0, take);
      const texts: TextBox[] = [];
      texts.push({
        id: field.id,
        x: x + o.pad,
        y: y + o.pad,
        w: inner,
        h: headH,
        lines: head,
        size: o.labelSize,
        bold: true,
        lineHeight: llh,
        role: 'label',
        muted: false,
      });
      let ty = y + o.pad + headH;
      // Each paragraph is its own text box, so the space between paragraphs belongs to no box.
      let start = 0;
      while (start < shown.length) {
        let end = start + 1;
        while (end < shown.length && !shown[end]!.first) end++;
        if (start > 0) ty += paraGap;
        const part = shown.slice(start, end).map((l) => l.text);
        texts.push({
          id: field.id,
          x: x + o.pad,
          y: ty,
          w: inner,
          h: part.length * vlh,
          lines: part,
          size: o.valueSize,
          bold: false,
          lineHeight: vlh,
          role: 'value',
          muted: field.muted === true,
        });
        ty += part.length * vlh;
        start = end;
      }
      const h = ty - y + o.pad;
      pages[pages.length - 1]!.push({
        id: field.id,
        frame: { x, y, w: colW, h },
        texts,
        emphasis: field.emphasis === true,
        continued,
      });
      y += h + o.gap;
      rest = rest.slice(take).map((l, i) => (i === 0 ? { ...l, first: false } : l));
      if (rest.length === 0) break;
      continued = true;
      nextColumn();
    }
  }
  if (pages.length > maxPages) pages.length = maxPages;
  if (pages.length > 1 && pages[pages.length - 1]!.length === 0) pages.pop();
  return pages;
}

/** How many columns of at least `minWidth` fit `width` with `gap` between them (at least 1, at most `max`). */
export function columnsFor(width: number, minWidth: number, gap: number, max: number): number {
  return Math.max(1, Math.min(max, Math.floor((width + gap) / (minWidth + gap))));
}

/** True when every line of a text box is no wider than the box. */
export function textFits(t: TextBox): boolean {
  return (
    t.lines.every((line) => measureText(line, { size: t.size, bold: t.bold }) <= t.w + 0.01) &&
    t.lines.length * t.lineHeight <= t.h + 0.01
  );
}

/** The pieces as SVG: a framed card each, the label bold in the accent colour, the value in the text colour. */
export function fieldPiecesSvg(pieces: readonly FieldPiece[], p: PicturePalette): string {
  const out: string[] = [];
  for (const piece of pieces) {
    const f = piece.frame;
    out.push(
      rectEl(f.x, f.y, f.w, f.h, {
        fill: p.surface,
        stroke: piece.emphasis ? p.accent : p.border,
        strokeWidth: piece.emphasis ? 3 : 1.5,
        rx: 6,
      }),
    );
    for (const t of piece.texts) {
      const fill = t.role === 'label' ? p.accent : t.muted ? p.muted : p.text;
      out.push(textBlock(t.x, t.y, t.lines, { size: t.size, bold: t.bold, fill, lineHeight: t.lineHeight }).svg);
    }
  }
  return out.join('');
}

/**
 * Rows of known heights placed down columns and across pages in reading order (a row never splits). A row taller
 * than a column gets a column to itself. Returns each row's page, column and top.
 */
export function packRows(
  heights: readonly number[],
  top: number,
  bottom: number,
  columns: number,
): { page: number; column: number; y: number }[] {
  const out: { page: number; column: number; y: number }[] = [];
  let page = 0;
  let column = 0;
  let y = top;
  for (const h of heights) {
    if (y + h > bottom && y > top) {
      column++;
      y = top;
      if (column >= columns) {
        column = 0;
        page++;
      }
    }
    out.push({ page, column, y });
    y += h;
  }
  return out;
}
