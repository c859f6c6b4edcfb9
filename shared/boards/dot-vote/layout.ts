import type { HyphenLang } from '../../picture/hyphenate';
import { columnsFor, packRows, type Box, type TextBox } from '../../picture/fields';
import { measureText, wrapText } from '../../picture/svg';

/** One option's row: its place (or number), its label wrapped whole, and in a result its bar and dot count. */
export interface VoteRowLayout {
  optionId: string;
  page: number;
  /** The row's band (the zebra stripe). */
  band: Box;
  place: TextBox;
  label: TextBox;
  /** The bar's box (zero width for no dots) and the count right of it; absent before the reveal. */
  bar?: Box;
  count?: TextBox;
  /** The "decided" badge's box and text. */
  badge?: TextBox;
}

export interface VoteRowInput {
  optionId: string;
  /** "1.", "2=": the place, or the option's number before the reveal. */
  place: string;
  text: string;
  /** Dots, in a result. */
  total?: number;
  bold?: boolean;
  decided?: boolean;
}

export interface VoteLayoutOptions {
  area: { x: number; y: number; w: number; h: number };
  size: number;
  small: number;
  lang: HyphenLang;
  /** Text of the decided badge. */
  badgeText: string;
}

/**
 * The vote's options as rows in place order, labels wrapped whole in a column of their own so a label never runs
 * under a bar; the bars start right of the widest label column. Rows that do not fit the area go on further pages
 * (sections), by places. Before the reveal (no totals) the rows are numbered and may take two columns.
 */
export function layoutVoteRows(
  rows: readonly VoteRowInput[],
  o: VoteLayoutOptions,
): { rows: VoteRowLayout[]; pages: number } {
  const { area, size } = o;
  const result = rows.some((r) => r.total !== undefined);
  const lh = Math.round(size * 1.22);
  const rowPad = Math.round(size * 0.35);
  const gap = size;
  const columns = result ? 1 : rows.length > 6 ? columnsFor(area.w, size * 24, gap, 2) : 1;
  const colW = (area.w - (columns - 1) * gap) / columns;
  const placeW =
    Math.max(...rows.map((r) => measureText(r.place, { size, bold: true })), measureText('00.', { size, bold: true })) +
    size * 0.4;
  const max = Math.max(1, ...rows.map((r) => r.total ?? 0));
  const countW = measureText(String(max), { size, bold: true }) + size * 0.5;
  const badgeW = rows.some((r) => r.decided)
    ? measureText(o.badgeText, { size: o.small, bold: true }) + o.small * 1.2
    : 0;
  // A result keeps at least a third of the width for the bars; the labels get the rest.
  const labelW = result
    ? Math.max(
        size * 6,
        Math.min(colW * 0.6, colW - placeW - size * 0.6 - countW - (badgeW ? badgeW + size * 0.5 : 0) - colW / 3),
      )
    : colW - placeW;
  const barX0 = placeW + labelW + size * 0.6;
  const barMaxW = Math.max(size * 2, colW - barX0 - countW - (badgeW ? badgeW + size * 0.5 : 0));

  const wrapped = rows.map((r) => wrapText(r.text, labelW, { size, bold: r.bold === true }, Infinity, o.lang).lines);
  const heights = wrapped.map((lines) => Math.max(1, lines.length) * lh + 2 * rowPad);
  const placed = packRows(heights, area.y, area.y + area.h, columns);
  const out = rows.map((r, i): VoteRowLayout => {
    const at = placed[i]!;
    const x = area.x + at.column * (colW + gap);
    const h = heights[i]!;
    const lines = wrapped[i]!;
    const row: VoteRowLayout = {
      optionId: r.optionId,
      page: at.page,
      band: { x, y: at.y, w: colW, h },
      place: {
        id: r.optionId,
        x,
        y: at.y + rowPad,
        w: placeW - size * 0.3,
        h: lh,
        lines: [r.place],
        size,
        bold: true,
        lineHeight: lh,
        role: 'label',
        muted: false,
      },
      label: {
        id: r.optionId,
        x: x + placeW,
        y: at.y + rowPad,
        w: labelW,
        h: lines.length * lh,
        lines,
        size,
        bold: r.bold === true,
        lineHeight: lh,
        role: 'value',
        muted: false,
      },
    };
    if (r.total !== undefined) {
      const barH = Math.round(size * 1.1);
      const barY = at.y + (h - barH) / 2;
      const w = (r.total / max) * barMaxW;
      row.bar = { x: x + barX0, y: barY, w, h: barH };
      const cx = x + barX0 + Math.max(3, w) + size * 0.3;
      row.count = {
        id: r.optionId,
        x: cx,
        y: at.y + (h - lh) / 2,
        w: countW,
        h: lh,
        lines: [String(r.total)],
        size,
        bold: true,
        lineHeight: lh,
        role: 'value',
        muted: false,
      };
      if (r.decided) {
        const bh = Math.round(o.small * 1.5);
        row.badge = {
          id: r.optionId,
          x: x + colW - badgeW,
          y: at.y + (h - bh) / 2,
          w: badgeW,
          h: bh,
          lines: [o.badgeText],
          size: o.small,
          bold: true,
          lineHeight: bh,
          role: 'label',
          muted: false,
        };
      }
    }
    return row;
  });
  return { rows: out, pages: Math.max(1, ...placed.map((p) => p.page + 1)) };
}
