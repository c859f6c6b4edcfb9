/**
 * Boxes of wrapped text for diagram pictures that go into sections (five whys, value stream, driver diagram, ideas
 * wall): a box is measured once (its lines wrapped with `wrapText` and hyphenation), placed by a kind's layout, split
 * between two lines when it is taller than a section, and drawn. Every line is whole and inside its box.
 */
import type { HyphenLang } from './hyphenate';
import { escapeXml, num, rectEl, textEl, wrapText } from './svg';

/** One paragraph of a box: wrapped to the box's width at its size. */
export interface Para {
  text: string;
  size: number;
  bold?: boolean;
  fill: string;
}

/** One wrapped line, drawn at `size`. */
export interface BoxLine {
  text: string;
  size: number;
  bold: boolean;
  fill: string;
}

export interface BoxStyle {
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  rx?: number;
  /** A dashed outline (a box repeated as context, a continued part). */
  dashed?: boolean;
}

/** A placed box: its outline and its lines, the first baseline `pad` below the top. */
export interface TextBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  pad: number;
  lines: BoxLine[];
  style: BoxStyle;
  /** Repeated from an earlier section to show where a continuation hangs (not counted as the item's place). */
  context?: boolean;
  /** A later part of an item split over sections (its first part is the item's place). */
  continued?: boolean;
}

export const LINE_HEIGHT = 1.25;

export const lineHeightOf = (l: Pick<BoxLine, 'size'>): number => l.size * LINE_HEIGHT;

/** The paragraphs wrapped to `width` (empty paragraphs are left out). */
export function wrapParas(paras: readonly Para[], width: number, lang: HyphenLang): BoxLine[] {
  const out: BoxLine[] = [];
  for (const p of paras) {
    const bold = p.bold ?? false;
    for (const text of wrapText(p.text, width, { size: p.size, bold }, Infinity, lang).lines)
      out.push({ text, size: p.size, bold, fill: p.fill });
  }
  return out;
}

/** Height of lines stacked. */
export function linesHeight(lines: readonly BoxLine[]): number {
  return lines.reduce((s, l) => s + lineHeightOf(l), 0);
}

/** Height of a box holding `lines` with `pad` above and below. */
export function boxHeight(lines: readonly BoxLine[], pad: number): number {
  return linesHeight(lines) + 2 * pad;
}

/**
 * The first lines of `lines` that fit `height` (with the pads), at least one so a split always moves on, and the
 * rest. Only a text taller than a whole section is split.
 */
export function splitLines(lines: readonly BoxLine[], height: number, pad: number): [BoxLine[], BoxLine[]] {
  let h = 2 * pad;
  let n = 0;
  while (n < lines.length && h + lineHeightOf(lines[n]!) <= height + 1e-6) {
    h += lineHeightOf(lines[n]!);
    n++;
  }
  n = Math.max(1, n);
  return [lines.slice(0, n), lines.slice(n)];
}

/** The box's outline and lines as SVG; context boxes are grouped under `data-context` so checks can tell them apart. */
export function boxSvg(b: TextBox): string {
  const s = b.style;
  const rect = rectEl(b.x, b.y, b.w, b.h, {
    fill: s.fill,
    ...(s.stroke ? { stroke: s.stroke, strokeWidth: s.strokeWidth ?? 1.5 } : {}),
    rx: s.rx ?? 6,
    ...(s.dashed ? { extra: 'stroke-dasharray="8 6"' } : {}),
  });
  let y = b.y + b.pad;
  const texts = b.lines.map((l) => {
    const el = textEl(b.x + b.pad, y + l.size * 0.92, l.text, { size: l.size, bold: l.bold, fill: l.fill });
    y += lineHeightOf(l);
    return el;
  });
  const body = rect + texts.join('');
  if (b.context) return `<g data-context="true">${body}</g>`;
  return `<g data-item="${escapeXml(b.id)}"${b.continued ? ' data-continued="true"' : ''}>${body}</g>`;
}

/**
 * An orthogonal connector from the right edge of one box to the left edge of another, turning in the gap between
 * them (`midX`), so it never crosses a box of either column.
 */
export function elbow(x1: number, y1: number, x2: number, y2: number, midX: number, stroke: string): string {
  const d =
    y1 === y2 ? `M${num(x1)},${num(y1)} H${num(x2)}` : `M${num(x1)},${num(y1)} H${num(midX)} V${num(y2)} H${num(x2)}`;
  return `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="2"/>`;
}
