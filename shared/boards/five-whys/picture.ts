import type { BoardPicture, PictureOptions } from '../picture';
import { centredBaseline, clampLine, fontScale, lineEl, measureText, picturePalette, rectEl, svgDocument, textEl, titleBar, wrapText } from '../../picture/svg';
import { FiveWhysDoc } from './model';
import { whyTree, type WhyNode } from './tree';

interface Slot {
  node: WhyNode | null;
  /** Level: 0 = the problem, n = the n-th why. */
  level: number;
  /** Leaf columns spanned, [first, last]. */
  from: number;
  to: number;
  children: Slot[];
}

/**
 * A 5 whys chain as on the board, top-down: the problem at the top, each "why?" answered one level below, branches
 * side by side, root causes outlined in red with their countermeasure. Levels or branches beyond what fits at
 * minFontPx are counted as "+N more".
 */
function drawFiveWhys(raw: unknown, board: { name: string }, o: PictureOptions): string {
  const doc = FiveWhysDoc.parse(raw);
  const p = picturePalette(o.theme);
  const f = fontScale(o);
  const t = o.t;
  const margin = Math.round(f.base * 0.8);
  const roots = doc.steps.filter((s) => s.rootCause).length;
  const head = titleBar(o, p, board.name, t('pictures.fiveWhys.summary', { count: doc.steps.length, roots }), margin);
  const parts: string[] = [head.svg];
  const areaX = margin;
  const areaY = head.height + margin * 0.6;
  const areaW = o.width - 2 * margin;
  const areaH = o.height - areaY - margin;

  const tree = whyTree(doc);
  const maxDepth = (nodes: WhyNode[]): number => nodes.reduce((m, n) => Math.max(m, n.depth, maxDepth(n.children)), 0);
  const countLeaves = (nodes: WhyNode[]): number => nodes.reduce((m, n) => m + Math.max(1, countLeaves(n.children)), 0);
  const depth = maxDepth(tree);
  const levels = depth + 1;
  // The larger text when the whole chain fits with it (kicker + three lines per box), else minFontPx.
  const roomy = (size: number) => levels * (2 * size * 0.45 + size * 1.22 * 4 + size * 1.1) <= areaH && countLeaves(tree) * size * 9 <= areaW;
  const fs = roomy(f.base) ? f.base : f.small;
  const lh = fs * 1.22;
  const pad = fs * 0.45;
  const conn = Math.max(fs * 1.1, 12);
  const minBoxH = 2 * pad + lh * 3; // kicker + two lines
  const maxBoxH = 2 * pad + lh * 6;
  let levelsShown = Math.max(1, Math.min(levels, Math.floor((areaH + conn) / (minBoxH + conn))));
  const moreRowH = fs * 1.6;
  if (levelsShown < levels) levelsShown = Math.max(1, Math.floor((areaH - moreRowH + conn) / (minBoxH + conn)));
  const boxH = Math.max(minBoxH, Math.min(maxBoxH, (areaH - (levelsShown < levels ? moreRowH : 0) - (levelsShown - 1) * conn) / levelsShown));

  // Leaf columns of the visible tree.
  let leaves = 0;
  const build = (node: WhyNode | null, level: number, kids: WhyNode[]): Slot => {
    const visibleKids = level + 1 < levelsShown ? kids : [];
    if (visibleKids.length === 0) {
      const col = leaves++;
      return { node, level, from: col, to: col, children: [] };
    }
    const children = visibleKids.map((k) => build(k, level + 1, k.children));
    return { node, level, from: children[0]!.from, to: children[children.length - 1]!.to, children };
  };
  const root = build(null, 0, tree);
  const minColW = fs * 9;
  const colsFit = Math.max(1, Math.floor(areaW / minColW));
  const moreColW = measureText(t('pictures.more', { count: 8888 }), { size: fs, bold: true }) + fs;
  const colsShown = leaves <= colsFit ? leaves : Math.max(1, Math.floor((areaW - moreColW) / minColW));
  const colW = leaves <= colsFit ? areaW / Math.max(1, leaves) : (areaW - moreColW) / colsShown;
  const problemW = Math.min(areaW, Math.max(colW, fs * 28));
  const boxW = (level: number, span: number) => (level === 0 ? problemW : Math.min(colW * span - fs * 0.8, fs * 22));

  let drawn = 0;
  const place = (slot: Slot): { cx: number; top: number } => {
    const span = Math.min(slot.to, colsShown - 1) - slot.from + 1;
    const cx = slot.level === 0 ? areaX + Math.min(colW * Math.min(leaves, colsShown), areaW) / 2 : areaX + colW * (slot.from + span / 2);
    const top = areaY + slot.level * (boxH + conn);
    return { cx, top };
  };
  const drawSlot = (slot: Slot) => {
    if (slot.from >= colsShown) return;
    const { cx, top } = place(slot);
    const span = Math.min(slot.to, colsShown - 1) - slot.from + 1;
    const w = Math.max(fs * 4, boxW(slot.level, span));
    const x = cx - w / 2;
    const tw = w - 2 * pad;
    // Connectors to the visible children: stem, bar, drops.
    const kids = slot.children.filter((c) => c.from < colsShown);
    if (kids.length > 0) {
      const barY = top + boxH + conn / 2;
      parts.push(lineEl(cx, top + boxH, cx, barY, p.line, 2));
      const xs = kids.map((k) => place(k).cx);
      if (xs.length > 1) parts.push(lineEl(Math.min(...xs), barY, Math.max(...xs), barY, p.line, 2));
      for (const kx of xs) parts.push(lineEl(kx, barY, kx, top + boxH + conn, p.line, 2));
    }
    const lines = Math.max(1, Math.floor((boxH - 2 * pad) / lh + 1e-6) - 1);
    if (slot.node === null) {
      parts.push(rectEl(x, top, w, boxH, { fill: p.accent, rx: 8 }));
      parts.push(textEl(x + pad, top + pad + fs * 0.92, clampLine(t('whys.problem'), tw, { size: fs }), { size: fs, fill: p.onAccent }));
      const body = wrapText(doc.problem || t('whys.problemEmpty'), tw, { size: fs, bold: true }, lines).lines;
      body.forEach((line, i) => parts.push(textEl(x + pad, top + pad + (i + 1) * lh + fs * 0.92, line, { size: fs, bold: true, fill: p.onAccent })));
    } else {
      drawn++;
      const s = slot.node.step;
      const isRoot = s.rootCause;
      parts.push(rectEl(x, top, w, boxH, { fill: isRoot ? p.dangerSoft : p.surface, stroke: isRoot ? p.danger : p.border, strokeWidth: isRoot ? 4 : 1.5, rx: 8 }));
      const kicker = `${slot.node.depth}. ${s.question.trim() || t('whys.why')}`;
      const badge = isRoot ? t('whys.rootBadge') : '';
      const badgeW = badge ? measureText(badge, { size: fs, bold: true }) + fs * 0.8 : 0;
      const kickerText = clampLine(kicker, tw - (badgeW ? badgeW + fs * 0.4 : 0), { size: fs, bold: true });
      parts.push(textEl(x + pad, top + pad + fs * 0.92, kickerText, { size: fs, bold: true, fill: isRoot ? p.danger : p.accent }));
      if (badge && badgeW <= tw) {
        const bh = fs * 1.3;
        parts.push(rectEl(x + w - pad - badgeW, top + pad - fs * 0.15, badgeW, bh, { fill: p.danger, rx: bh / 2 }));
        parts.push(textEl(x + w - pad - badgeW / 2, centredBaseline(top + pad - fs * 0.15, bh, fs), badge, { size: fs, bold: true, fill: p.onDanger, anchor: 'middle' }));
      }
      const counter = isRoot && s.countermeasure.trim() ? t('whys.countermeasureShown', { text: s.countermeasure.trim() }) : '';
      const counterLines = counter ? Math.min(3, Math.max(0, lines - 2)) : 0;
      const answer = wrapText(s.answer || t('whys.emptyAnswer'), tw, { size: fs }, Math.max(1, lines - counterLines)).lines;
      answer.forEach((line, i) => parts.push(textEl(x + pad, top + pad + (i + 1) * lh + fs * 0.92, line, { size: fs, fill: p.text })));
      if (counterLines > 0) {
        const cm = wrapText(counter, tw, { size: fs, bold: true }, counterLines).lines;
        cm.forEach((line, i) => parts.push(textEl(x + pad, top + pad + (answer.length + 1 + i) * lh + fs * 0.92, line, { size: fs, bold: true, fill: p.success })));
      }
    }
    for (const c of slot.children) drawSlot(c);
  };
  drawSlot(root);

  const hidden = doc.steps.length - drawn;
  if (hidden > 0) {
    const msg = t('pictures.more', { count: hidden });
    const w = measureText(msg, { size: fs, bold: true }) + fs * 1.2;
    const h = fs * 1.5;
    const x = colsShown < leaves ? o.width - margin - w : areaX;
    const y = colsShown < leaves ? areaY + boxH + conn : o.height - margin - h;
    parts.push(rectEl(x, y, w, h, { fill: p.accent, rx: h / 2 }));
    parts.push(textEl(x + w / 2, centredBaseline(y, h, fs), msg, { size: fs, bold: true, fill: p.onAccent, anchor: 'middle' }));
  }

  const description = t('pictures.fiveWhys.description', { problem: doc.problem || t('whys.problemEmpty'), whys: doc.steps.length, roots });
  return svgDocument({ width: o.width, height: o.height, background: p.background, title: board.name, description }, parts.join(''));
}

export const fiveWhysPicture: BoardPicture<unknown> = { kind: 'five-whys', draw: drawFiveWhys };
