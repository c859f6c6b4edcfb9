/**
 * A tree read left to right (one column per level, a node's first child beside it, later children below the earlier
 * ones' branches), cut into sections of a picture in reading order: the five whys and the driver diagram lay out
 * their boxes with it. A branch that reaches below a section continues in the next one under its ancestors repeated
 * as small "continued" boxes; a branch deeper than the columns continues in a section that starts at its parent. A
 * box taller than a whole section (a 2,000-character answer on a small picture) is split between two lines.
 */
import type { HyphenLang } from './hyphenate';
import {
  boxHeight,
  lineHeightOf,
  splitLines,
  wrapParas,
  type BoxLine,
  type BoxStyle,
  type Para,
  type TextBox,
} from './blocks';

export interface TreeItem {
  id: string;
  /** 1 = the top level (under the heading the kind draws: the problem, the aim). */
  depth: number;
  parentId: string | null;
  paras: Para[];
  /** What the box says when repeated above a continuation (its kicker and a "continued" mark). */
  contextParas: Para[];
  style: BoxStyle;
}

export interface TreeConnector {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  midX: number;
}

export interface TreeSection {
  /** The level shown in the first column (where the section starts). */
  base: number;
  /** The section restarts at another level part-way down (a deep branch folded under itself): no column headings. */
  mixed?: boolean;
  /** Left edge of each column. */
  columns: number[];
  columnWidth: number;
  boxes: TextBox[];
  connectors: TreeConnector[];
}

export interface TreeSectionOptions {
  area: { x: number; y: number; w: number; h: number };
  minColumnWidth: number;
  maxColumnWidth: number;
  columnGap: number;
  rowGap: number;
  /** Extra space above a new top-level branch. */
  branchGap: number;
  pad: number;
  lang: HyphenLang;
  /** First line of a box's continued part (e.g. "(jatkuu)"). */
  continuedLine: BoxLine;
  contextStyle: BoxStyle;
  /** Stop after this many sections (the first section alone is cheap for thumbnails). */
  limit?: number;
}

/** The items (in reading order: depth first) laid out over as many sections as they need; at least one section. */
export function layoutTreeSections(items: readonly TreeItem[], o: TreeSectionOptions): TreeSection[] {
  const limit = o.limit ?? Infinity;
  const maxDepth = Math.max(1, ...items.map((i) => i.depth));
  const fitCols = Math.max(1, Math.floor((o.area.w + o.columnGap) / (o.minColumnWidth + o.columnGap)));
  const K = Math.min(maxDepth, fitCols);
  const colW = Math.min(o.maxColumnWidth, (o.area.w - o.columnGap * (K - 1)) / K);
  const x0 = o.area.x + (o.area.w - (K * colW + (K - 1) * o.columnGap)) / 2;
  const columns = Array.from({ length: K }, (_, c) => x0 + c * (colW + o.columnGap));
  const textW = colW - 2 * o.pad;
  const top = o.area.y;
  const bottom = o.area.y + o.area.h;
  const byId = new Map(items.map((i) => [i.id, i]));

  const sections: TreeSection[] = [];
  let cur!: TreeSection;
  let colBottom: number[] = [];
  let placed = new Map<string, TextBox>();
  let hasContent = false;

  const open = (base: number): boolean => {
    if (sections.length >= limit) return false;
    cur = { base, columns, columnWidth: colW, boxes: [], connectors: [] };
    sections.push(cur);
    colBottom = columns.map(() => -Infinity);
    placed = new Map();
    hasContent = false;
    return true;
  };
  const put = (item: TreeItem, box: TextBox, col: number) => {
    cur.boxes.push(box);
    colBottom[col] = box.y + box.h;
    // A box repeated as context is what this section's children hang from.
    if (box.context || !placed.has(item.id)) placed.set(item.id, box);
    const parent = item.parentId === null ? undefined : placed.get(item.parentId);
    // Repeated ancestors are joined to each other, never to a box of an earlier part of the section.
    if (parent && (!box.context || (parent.context && parent.y === box.y))) {
      const anchor = (b: TextBox) => b.y + b.pad + lineHeightOf(b.lines[0] ?? o.continuedLine) / 2;
      cur.connectors.push({
        from: parent.id,
        to: item.id,
        x1: parent.x + parent.w,
        y1: anchor(parent),
        x2: box.x,
        y2: anchor(box),
        midX: parent.x + parent.w + o.columnGap / 2,
      });
    }
  };
  const ancestors = (item: TreeItem): TreeItem[] => {
    const out: TreeItem[] = [];
    const seen = new Set<string>([item.id]);
    for (let p = item.parentId; p !== null && !seen.has(p);) {
      seen.add(p);
      const a = byId.get(p);
      if (!a) break;
      out.unshift(a);
      p = a.parentId;
    }
    return out;
  };
  /** The level a restart for `item` shows first: the top level when its level fits the columns, else its parent's. */
  const baseFor = (item: TreeItem) => (item.depth <= K ? 1 : item.depth - (K > 1 ? 1 : 0));
  /** The ancestors repeated above `item` as context from level `base`, with their lines. */
  const contextOf = (item: TreeItem, base: number) =>
    ancestors(item)
      .filter((a) => a.depth >= base && a.depth - base < K)
      .map((a) => ({ a, lines: wrapParas(a.contextParas, textW, o.lang) }));
  const putContext = (ctx: ReturnType<typeof contextOf>, base: number, y: number) => {
    for (const { a, lines } of ctx) {
      const col = a.depth - base;
      put(
        a,
        {
          id: a.id,
          x: columns[col]!,
          y,
          w: colW,
          h: boxHeight(lines, o.pad),
          pad: o.pad,
          lines,
          style: o.contextStyle,
          context: true,
        },
        col,
      );
    }
  };
  /**
   * A branch deeper than the columns, or back from one: it starts again from another level below what this
   * section shows, under its ancestors repeated, when that and its first box fit; otherwise false.
   */
  const restartHere = (item: TreeItem, lines: readonly BoxLine[]): boolean => {
    const base = baseFor(item);
    const ctx = contextOf(item, base);
    const y0 = Math.max(top, ...colBottom.map((b) => b + o.branchGap));
    const need = Math.max(boxHeight(lines, o.pad), ...ctx.map((c) => boxHeight(c.lines, o.pad)));
    if (y0 + need > bottom + 1e-6) return false;
    cur.base = base;
    cur.mixed = true;
    colBottom = columns.map(() => y0 - o.rowGap);
    putContext(ctx, base, y0);
    return true;
  };
  /** A new section for `item`, under its ancestors repeated. */
  const openFor = (item: TreeItem): boolean => {
    const base = baseFor(item);
    if (!open(base)) return false;
    putContext(contextOf(item, base), base, top);
    return true;
  };

  open(1);
  /** Where the current top-level branch started, to move it whole to a new section when it would be cut. */
  let checkpoint: {
    index: number;
    base: number;
    mixed: boolean;
    sections: number;
    boxes: number;
    connectors: number;
    colBottom: number[];
    placed: Map<string, TextBox>;
  } | null = null;
  const movedWhole = new Set<number>();
  /** A new section because `item` does not fit below: the branch moves whole when it started low enough. */
  const overflow = (item: TreeItem): 'rewind' | 'opened' | 'stop' => {
    const cp = checkpoint;
    if (cp && cp.sections === sections.length && !movedWhole.has(cp.index)) {
      cur.boxes.length = cp.boxes;
      cur.connectors.length = cp.connectors;
      colBottom = cp.colBottom;
      placed = cp.placed;
      cur.base = cp.base;
      if (cp.mixed) cur.mixed = true;
      else delete cur.mixed;
      movedWhole.add(cp.index);
      return 'rewind';
    }
    return openFor(item) ? 'opened' : 'stop';
  };

  let index = 0;
  items: while (index < items.length) {
    const item = items[index]!;
    if (item.depth === 1 && hasContent) {
      if (movedWhole.has(index)) {
        if (!openFor(item)) return sections;
      } else {
        const lowest = Math.max(...colBottom);
        checkpoint =
          lowest - top > o.area.h * 0.25
            ? {
                index,
                base: cur.base,
                mixed: cur.mixed ?? false,
                sections: sections.length,
                boxes: cur.boxes.length,
                connectors: cur.connectors.length,
                colBottom: [...colBottom],
                placed: new Map(placed),
              }
            : null;
      }
    } else if (item.depth === 1) checkpoint = null;
    let lines = wrapParas(item.paras, textW, o.lang);
    let part = 0;
    while (lines.length > 0) {
      let col = item.depth - cur.base;
      if (col < 0 || col >= K) {
        if (!hasContent || !restartHere(item, lines)) {
          const next = hasContent ? overflow(item) : openFor(item) ? 'opened' : 'stop';
          if (next === 'stop') return sections;
          if (next === 'rewind') {
            index = checkpoint!.index;
            checkpoint = null;
            continue items;
          }
        }
        col = item.depth - cur.base;
      }
      const parent = item.parentId === null ? undefined : placed.get(item.parentId);
      const gap = item.depth === cur.base && hasContent ? o.branchGap : o.rowGap;
      let y = Math.max(top, parent ? parent.y : top);
      for (let c = col; c < K; c++) y = Math.max(y, colBottom[c]! + gap);
      const h = boxHeight(lines, o.pad);
      const box = (shown: BoxLine[]): TextBox => ({
        id: item.id,
        x: columns[col]!,
        y,
        w: colW,
        h: boxHeight(shown, o.pad),
        pad: o.pad,
        lines: shown,
        style: item.style,
        ...(part > 0 ? { continued: true } : {}),
      });
      if (y + h > bottom + 1e-6) {
        if (hasContent) {
          const next = overflow(item);
          if (next === 'stop') return sections;
          if (next === 'rewind') {
            index = checkpoint!.index;
            checkpoint = null;
            continue items;
          }
          continue;
        }
        // Alone in its section under its context and still too tall: split between two lines.
        const [head, rest] = splitLines(lines, Math.max(bottom - y, 0), o.pad);
        put(item, box(head), col);
        hasContent = true;
        part++;
        lines = rest.length > 0 ? [o.continuedLine, ...rest] : [];
        if (lines.length > 0 && !openFor(item)) return sections;
        continue;
      }
      put(item, box(lines), col);
      hasContent = true;
      lines = [];
    }
    index++;
  }
  return sections;
}
