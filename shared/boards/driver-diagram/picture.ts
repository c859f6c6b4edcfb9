import type { BoardPicture } from '../picture';
import { centredBaseline, clampLine, fontScale, num, picturePalette, rectEl, svgDocument, textBlock, textEl, titleBar, wrapText } from '../../picture/svg';
import { orderedNodes } from './layout';
import { DriverDiagramDoc, aimSentence, type DriverNode } from './model';

interface TreeNode {
  node: DriverNode | null;
  /** 0 aim, 1 primary drivers, 2 secondary drivers, 3 change ideas. */
  depth: number;
  children: TreeNode[];
}

/** The tree as the board shows it (a node hangs under the nearest earlier node one level up); depth at most 3. */
function buildTree(doc: DriverDiagramDoc): TreeNode {
  const root: TreeNode = { node: null, depth: 0, children: [] };
  const stack: TreeNode[] = [root];
  for (const { node, depth } of orderedNodes(doc)) {
    const d = Math.min(3, Math.max(1, depth));
    stack.length = Math.min(stack.length, d);
    const parent = stack[d - 1] ?? root;
    const t: TreeNode = { node, depth: d, children: [] };
    parent.children.push(t);
    stack[d] = t;
  }
  return root;
}

/** Caps: the most children shown under a node of depth 0, 1 and 2 (the rest become one "+N more" box). */
type Caps = [number, number, number];

/** Rows a subtree needs with the caps: a leaf or "+N" box is one row. */
function units(t: TreeNode, caps: Caps): number {
  if (t.children.length === 0) return 1;
  const cap = caps[t.depth] ?? Infinity;
  const over = t.children.length > cap;
  const shown = over ? t.children.slice(0, Math.max(0, cap - 1)) : t.children;
  return shown.reduce((s, c) => s + units(c, caps), 0) + (over ? 1 : 0);
}

/** The largest caps (ideas cut first, then secondary drivers, then primary drivers) that fit `rows`. */
function fitCaps(root: TreeNode, rows: number): Caps {
  const widest = (depth: number): number => {
    let w = 1;
    const walk = (t: TreeNode) => {
      if (t.depth === depth) w = Math.max(w, t.children.length);
      t.children.forEach(walk);
    };
    walk(root);
    return w;
  };
  const caps: Caps = [widest(0), widest(1), widest(2)];
  for (const depth of [2, 1, 0] as const) {
    while (units(root, caps) > rows && caps[depth] > 1) caps[depth] -= 1;
  }
  return caps;
}

/**
 * The driver diagram for the projector, read left to right: the aim, primary drivers, secondary drivers and change
 * ideas in four columns with their headings, each node joined to its parent. Text keeps the minimum font size;
 * when the tree is taller than the picture, change ideas are cut first, then secondary and primary drivers, each
 * cut group ending in a "+N more" box.
 */
export const driverDiagramPicture: BoardPicture<DriverDiagramDoc> = {
  kind: 'driver-diagram',
  draw(raw, board, o) {
    const doc = DriverDiagramDoc.parse(raw);
    const p = picturePalette(o.theme);
    const f = fontScale(o);
    const m = f.base;
    const root = buildTree(doc);
    const count = (level: DriverNode['level']) => doc.nodes.filter((n) => n.level === level).length;
    const summary = o.t('pictures.driverDiagram.summary', { drivers: count('primary') + count('secondary'), ideas: count('idea') });
    const head = titleBar(o, p, board.name, summary, m);
    const parts = [head.svg];
    const aimText = doc.aim.statement.trim() || aimSentence(doc.aim);
    const description = o.t('pictures.driverDiagram.description', { aim: aimText || '–', drivers: count('primary') + count('secondary'), ideas: count('idea') });
    const done = () => svgDocument({ width: o.width, height: o.height, background: p.background, title: board.name, description }, parts.join(''));

    const areaW = o.width - 2 * m;
    const colGap = Math.round(f.base * 1.4);
    const aimW = Math.round(areaW * 0.22);
    const colW = (areaW - aimW - 3 * colGap) / 3;
    const colX = [m, m + aimW + colGap, m + aimW + colGap + (colW + colGap), m + aimW + colGap + 2 * (colW + colGap)];
    const widthOf = (depth: number) => (depth === 0 ? aimW : colW);

    // Column headings.
    const headingTop = head.height + m * 0.4;
    const headingKeys = ['drivers.col.aim', 'drivers.col.primary', 'drivers.col.secondary', 'drivers.col.idea'];
    headingKeys.forEach((k, i) => {
      parts.push(textEl(colX[i]!, headingTop + f.small * 0.92, clampLine(o.t(k), widthOf(i), { size: f.small, bold: true }), { size: f.small, bold: true, fill: p.muted }));
    });
    const top = headingTop + f.small * 1.5 + m * 0.3;
    const bottom = o.height - m * 0.5;
    const areaH = bottom - top;

    const lh = Math.round(f.base * 1.22);
    const pad = Math.round(f.base * 0.4);
    const gap = Math.round(f.base * 0.35);
    // Three lines a box when everything fits so, else two, else cut with "+N more".
    const pitch = (lines: number) => lines * lh + 2 * pad + gap;
    const all: Caps = [Infinity, Infinity, Infinity];
    const lines = units(root, all) * pitch(3) - gap <= areaH ? 3 : 2;
    const rows = Math.max(1, Math.floor((areaH + gap) / pitch(lines)));
    const caps = root.children.length === 0 ? all : fitCaps(root, rows);
    const rowPitch = pitch(lines);

    // Aim: the whole statement, as many lines as the height allows.
    const aimLines = wrapText(aimText || o.t('drivers.q1Empty'), aimW - 2 * pad, { size: f.base, bold: true }, Math.max(1, Math.floor((areaH - 2 * pad) / lh))).lines;
    const aimH = aimLines.length * lh + 2 * pad;

    if (root.children.length === 0) {
      const ay = top + (areaH - aimH) / 2;
      parts.push(rectEl(colX[0]!, ay, aimW, aimH, { fill: p.accent, rx: 8 }));
      parts.push(textBlock(colX[0]! + pad, ay + pad, aimLines, { size: f.base, bold: true, fill: p.onAccent, lineHeight: lh }).svg);
      parts.push(textEl(colX[1]!, top + areaH / 2, clampLine(o.t('pictures.empty'), areaW - aimW - colGap, { size: f.base }), { size: f.base, fill: p.muted }));
      return done();
    }

    const total = units(root, caps);
    const used = total * rowPitch - gap;
    const startY = top + Math.max(0, (areaH - used) / 2);
    const style = (depth: number): { fill: string; stroke: string; text: string; bold: boolean } => {
      if (depth === 1) return { fill: p.accentSoft, stroke: p.accent, text: p.text, bold: true };
      if (depth === 2) return { fill: p.surface, stroke: p.border, text: p.text, bold: false };
      return { fill: p.notes.green, stroke: p.border, text: p.text, bold: false };
    };
    const connectors: string[] = [];
    const boxes: string[] = [];
    const connect = (x1: number, y1: number, x2: number, y2: number) => {
      const xm = x1 + (x2 - x1) / 2;
      connectors.push(`<path d="M${num(x1)},${num(y1)} H${num(xm)} V${num(y2)} H${num(x2)}" fill="none" stroke="${p.line}" stroke-width="2"/>`);
    };

    /** Places a subtree from row `row`; returns the vertical centre of its box. */
    const place = (t: TreeNode, row: number): number => {
      const n = units(t, caps);
      const bandTop = startY + row * rowPitch;
      const bandH = n * rowPitch - gap;
      const cap = caps[t.depth] ?? Infinity;
      const over = t.children.length > cap;
      const shown = over ? t.children.slice(0, Math.max(0, cap - 1)) : t.children;
      const x = colX[t.depth]!;
      const w = widthOf(t.depth);
      let centre: number;
      if (t.depth === 0) {
        const h = Math.min(aimH, areaH);
        centre = bandTop + bandH / 2;
        boxes.push(rectEl(x, centre - h / 2, w, h, { fill: p.accent, rx: 8 }));
        boxes.push(textBlock(x + pad, centre - h / 2 + pad, aimLines, { size: f.base, bold: true, fill: p.onAccent, lineHeight: lh }).svg);
      } else {
        const s = style(t.depth);
        const text = wrapText(t.node?.text.trim() || o.t('drivers.textEmpty'), w - 2 * pad, { size: f.base, bold: s.bold }, lines).lines;
        const h = text.length * lh + 2 * pad;
        centre = bandTop + bandH / 2;
        boxes.push(rectEl(x, centre - h / 2, w, h, { fill: s.fill, stroke: s.stroke, strokeWidth: t.depth === 1 ? 2 : 1.5, rx: 6 }));
        boxes.push(textBlock(x + pad, centre - h / 2 + pad, text, { size: f.base, bold: s.bold, fill: s.text, lineHeight: lh }).svg);
      }
      let r = row;
      for (const c of shown) {
        const cc = place(c, r);
        connect(x + w, centre, colX[c.depth]!, cc);
        r += units(c, caps);
      }
      if (over) {
        const hidden = t.children.length - shown.length;
        const cx = colX[Math.min(3, t.depth + 1)]!;
        const cy = startY + r * rowPitch;
        const h = lh + 2 * pad;
        boxes.push(rectEl(cx, cy, colW, h, { fill: p.background, stroke: p.border, strokeWidth: 1.5, rx: 6, extra: 'stroke-dasharray="6 5"' }));
        boxes.push(textEl(cx + pad, centredBaseline(cy, h, f.base), o.t('pictures.more', { count: hidden }), { size: f.base, bold: true, fill: p.muted }));
        connect(x + w, centre, cx, cy + h / 2);
      }
      return centre;
    };
    place(root, 0);
    parts.push(connectors.join(''), boxes.join(''));
    return done();
  },
};
