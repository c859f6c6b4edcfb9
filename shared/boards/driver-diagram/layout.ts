import type { Translate } from '../picture';
import type { Para } from '../../picture/blocks';
import type { PicturePalette } from '../../picture/svg';
import type { TreeItem } from '../../picture/tree-sections';
import type { DriverDiagramDoc, DriverNode } from './model';

/** The id the aim's box has in a layout. */
export const AIM_ID = 'aim';

export interface DiagramLayoutOptions {
  /** Box widths per column: aim, primary drivers, secondary drivers, change ideas (deeper columns reuse the last). */
  columnWidths: readonly number[];
  columnGap: number;
  /** Vertical gap between sibling subtrees, per depth (1 = primary drivers); deeper depths reuse the last. */
  rowGaps: readonly number[];
  /** Board text size and line height, in px at 100 % zoom. */
  fontSize: number;
  lineHeight: number;
  aimFontSize: number;
  aimLineHeight: number;
  /** Average character width as a share of the font size, used to wrap text (deliberately generous). */
  charWidth: number;
  /** The same for the aim's bold text. */
  aimCharWidth: number;
  padX: number;
  padY: number;
  /** Extra height of a box whose idea came from another board (its source line). */
  sourceLine: number;
  minHeight: number;
}

export const DEFAULT_LAYOUT: DiagramLayoutOptions = {
  columnWidths: [240, 214, 214, 250],
  columnGap: 36,
  rowGaps: [0, 22, 12, 8],
  fontSize: 18,
  lineHeight: 24,
  aimFontSize: 19,
  aimLineHeight: 25,
  charWidth: 0.56,
  aimCharWidth: 0.68,
  padX: 12,
  padY: 10,
  sourceLine: 26,
  minHeight: 48,
};

export interface LaidBox {
  id: string;
  /** 0 = aim, 1 = primary drivers, 2 = secondary drivers, 3 = change ideas. */
  depth: number;
  parentId: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: number;
}

export interface Connector {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DiagramLayout {
  boxes: LaidBox[];
  connectors: Connector[];
  width: number;
  height: number;
  /** Left edge of each column, for column headings. */
  columns: { x: number; width: number }[];
}

/** How many lines `text` wraps to in a box of `width` px (word wrap; long words break). Always at least 1. */
export function wrapLines(text: string, widthPx: number, fontSize: number, charWidth: number): number {
  const perLine = Math.max(1, Math.floor(widthPx / (fontSize * charWidth)));
  let lines = 0;
  for (const para of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of para.split(/\s+/).filter((w) => w !== '')) {
      const len = word.length;
      if (line === 0) {
        lines += Math.ceil(len / perLine) - 1;
        line = len % perLine || (len > 0 ? perLine : 0);
      } else if (line + 1 + len <= perLine) {
        line += 1 + len;
      } else {
        lines += Math.ceil(len / perLine);
        line = len % perLine || perLine;
      }
    }
  }
  return Math.max(1, lines);
}

export interface OrderedNode {
  node: DriverNode;
  /** 1 for nodes directly under the aim. */
  depth: number;
}

/**
 * The nodes in reading order (depth first, siblings in document order). A node whose parent is missing (only in a
 * hand-edited file) is shown directly under the aim, so nothing is hidden; a loop cannot hang the walk.
 */
export function orderedNodes(doc: Pick<DriverDiagramDoc, 'nodes'>): OrderedNode[] {
  const ids = new Set(doc.nodes.map((n) => n.id));
  const kids = new Map<string | null, DriverNode[]>();
  for (const n of doc.nodes) {
    const p = n.parentId !== null && ids.has(n.parentId) && n.parentId !== n.id ? n.parentId : null;
    kids.set(p, [...(kids.get(p) ?? []), n]);
  }
  const out: OrderedNode[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const n of kids.get(parent) ?? []) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      out.push({ node: n, depth });
      walk(n.id, depth + 1);
    }
  };
  walk(null, 1);
  // Nodes caught in a parent loop: shown under the aim.
  for (const n of doc.nodes)
    if (!seen.has(n.id)) {
      seen.add(n.id);
      out.push({ node: n, depth: 1 });
    }
  return out;
}

/**
 * The nodes in reading order with the box each hangs under as drawn (canvas and picture alike): the nearest earlier
 * node one level up, or the aim (`AIM_ID`).
 */
export function placedNodes(doc: Pick<DriverDiagramDoc, 'nodes'>): (OrderedNode & { parentId: string })[] {
  const stack: string[] = [AIM_ID];
  return orderedNodes(doc).map(({ node, depth }) => {
    stack.length = depth;
    const parentId = stack[depth - 1] ?? AIM_ID;
    stack.push(node.id);
    return { node, depth, parentId };
  });
}

/**
 * The diagram's boxes for the picture (`layoutTreeSections`, under the aim as a band): primary drivers bold on the
 * accent tint, secondary drivers plain, change ideas green, each with its whole text; an idea adopted from another
 * board names it.
 */
export function driverItems(
  doc: Pick<DriverDiagramDoc, 'nodes'>,
  t: Translate,
  p: PicturePalette,
  f: { small: number; base: number },
): TreeItem[] {
  return placedNodes(doc).map(({ node, depth, parentId }) => {
    const bold = depth === 1;
    const text = node.text.trim();
    const paras: Para[] = [{ text: text || t('drivers.textEmpty'), size: f.base, bold, fill: text ? p.text : p.muted }];
    if (node.source && node.sourceBoardName.trim())
      paras.push({
        text: t('pictures.driverDiagram.from', { board: node.sourceBoardName.trim() }),
        size: f.small,
        fill: p.muted,
      });
    const level = t(`drivers.level.${node.level}`);
    return {
      id: node.id,
      depth,
      parentId: parentId === AIM_ID ? null : parentId,
      paras,
      contextParas: [
        { text: `${level} ${t('pictures.continued')}`, size: f.small, bold: true, fill: p.muted },
        ...(text && text.length <= 140 ? [{ text, size: f.small, fill: p.muted }] : []),
      ],
      style:
        depth === 1
          ? { fill: p.accentSoft, stroke: p.accent, strokeWidth: 2, rx: 6 }
          : depth === 2
            ? { fill: p.surface, stroke: p.border, strokeWidth: 1.5, rx: 6 }
            : { fill: p.notes.green, stroke: p.border, strokeWidth: 1.5, rx: 6 },
    };
  });
}

const at = <T>(list: readonly T[], i: number): T => list[Math.min(i, list.length - 1)]!;

/**
 * Places the aim and its tree left to right: one column per depth, each subtree in its own horizontal band, a
 * parent centred on its children. Pure; sizes are estimated from the text so the same layout serves the screen,
 * the tests and an export.
 */
export function layoutDiagram(
  doc: DriverDiagramDoc,
  opts: DiagramLayoutOptions = DEFAULT_LAYOUT,
  aimText?: string,
): DiagramLayout {
  const order = placedNodes(doc);
  const placedParent = new Map<string, string | null>();
  const children = new Map<string, string[]>();
  const depthOf = new Map<string, number>([[AIM_ID, 0]]);
  for (const { node, depth, parentId } of order) {
    placedParent.set(node.id, parentId);
    children.set(parentId, [...(children.get(parentId) ?? []), node.id]);
    depthOf.set(node.id, depth);
  }
  const maxDepth = Math.max(0, ...order.map((o) => o.depth));
  const columns: { x: number; width: number }[] = [];
  let x = 0;
  for (let d = 0; d <= Math.max(3, maxDepth); d++) {
    const w = at(opts.columnWidths, d);
    columns.push({ x, width: w });
    x += w + opts.columnGap;
  }

  const texts = new Map(order.map((o) => [o.node.id, o.node]));
  const size = new Map<string, { h: number; lines: number }>();
  const sizeOf = (id: string) => {
    const depth = depthOf.get(id)!;
    const w = columns[depth]!.width - 2 * opts.padX;
    const node = texts.get(id);
    const aim = id === AIM_ID;
    const text = aim ? (aimText ?? doc.aim.statement) : (node?.text ?? '');
    const fs = aim ? opts.aimFontSize : opts.fontSize;
    const lh = aim ? opts.aimLineHeight : opts.lineHeight;
    const lines = wrapLines(text || ' ', w, fs, aim ? opts.aimCharWidth : opts.charWidth);
    const h = Math.max(opts.minHeight, 2 * opts.padY + lines * lh + (node?.source ? opts.sourceLine : 0));
    size.set(id, { h, lines });
    return h;
  };

  const block = new Map<string, number>();
  const blockOf = (id: string): number => {
    const own = sizeOf(id);
    const kids = children.get(id) ?? [];
    const gap = at(opts.rowGaps, (depthOf.get(id) ?? 0) + 1);
    const sum = kids.reduce((s, k) => s + blockOf(k), 0) + gap * Math.max(0, kids.length - 1);
    const b = Math.max(own, sum);
    block.set(id, b);
    return b;
  };
  const total = blockOf(AIM_ID);

  const boxes: LaidBox[] = [];
  const place = (id: string, top: number) => {
    const b = block.get(id)!;
    const { h, lines } = size.get(id)!;
    const depth = depthOf.get(id)!;
    boxes.push({
      id,
      depth,
      parentId: id === AIM_ID ? null : placedParent.get(id)!,
      x: columns[depth]!.x,
      y: top + (b - h) / 2,
      width: columns[depth]!.width,
      height: h,
      lines,
    });
    const kids = children.get(id) ?? [];
    const gap = at(opts.rowGaps, depth + 1);
    const sum = kids.reduce((s, k) => s + block.get(k)!, 0) + gap * Math.max(0, kids.length - 1);
    let y = top + (b - sum) / 2;
    for (const k of kids) {
      place(k, y);
      y += block.get(k)! + gap;
    }
  };
  place(AIM_ID, 0);

  const byId = new Map(boxes.map((b) => [b.id, b]));
  const connectors: Connector[] = boxes
    .filter((b) => b.parentId !== null)
    .map((b) => {
      const p = byId.get(b.parentId!)!;
      return { from: p.id, to: b.id, x1: p.x + p.width, y1: p.y + p.height / 2, x2: b.x, y2: b.y + b.height / 2 };
    });
  const used = columns.slice(0, Math.max(3, maxDepth) + 1);
  const last = used[used.length - 1]!;
  return { boxes, connectors, width: last.x + last.width, height: total, columns: used };
}
