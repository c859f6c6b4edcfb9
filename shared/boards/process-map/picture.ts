import type { BoardPicture, PictureOptions } from '../picture';
import {
  type PicturePalette,
  centredBaseline,
  clampLine,
  fontScale,
  measureText,
  num,
  picturePalette,
  rectEl,
  svgDocument,
  textEl,
  titleBar,
  wrapText,
} from '../../picture/svg';
import { liveEdges } from './flow';
import { NODE_SIZE, ORPHAN_LANE_ID, PROBLEM_KINDS, ProcessMapDoc, type NodeKind, type ProcessNode } from './model';
import { LANE } from './geometry';

/** Fill, outline and text of each node kind, as on the board (process-map.css). */
interface KindStyle {
  fill: string;
  stroke: string;
  text: string;
}

function kindStyles(theme: PictureOptions['theme'], p: PicturePalette): Record<NodeKind, KindStyle> {
  if (theme === 'high-contrast') {
    const k = (stroke: string): KindStyle => ({ fill: '#000000', stroke, text: '#ffffff' });
    return { start: k('#8dffb0'), step: k('#ffffff'), decision: k('#ffd400'), wait: k('#f0f0f0'), handoff: k('#7fe3ff'), document: k('#d9b8ff'), end: k('#ffffff') };
  }
  return {
    start: { fill: '#dff3e7', stroke: '#1d6b3a', text: p.text },
    step: { fill: '#ffffff', stroke: '#0b5f6e', text: p.text },
    decision: { fill: '#fff3cf', stroke: '#9a6b00', text: p.text },
    wait: { fill: '#eef1f4', stroke: '#5b6673', text: p.text },
    handoff: { fill: '#e1eff1', stroke: '#0a4450', text: p.text },
    document: { fill: '#f1eafc', stroke: '#5b3aa4', text: p.text },
    end: { fill: '#23313f', stroke: '#23313f', text: '#ffffff' },
  };
}

/** Exported for the contrast test: every kind's text on its fill. */
export function processMapKindStyles(theme: PictureOptions['theme']): Record<NodeKind, KindStyle> {
  return kindStyles(theme, picturePalette(theme));
}

interface Placed {
  node: ProcessNode;
  lane: number;
  row: number;
  col: number;
  x: number;
  y: number;
}

const ROW_PITCH = NODE_SIZE.height + LANE.gapY;
/** How far (in box widths) a column moves right when it does not share a lane row with the column before. */
const CROSS_ADVANCE = 0.4;

/** The outline of a node kind in the box (x, y, w, h). */
function shape(kind: NodeKind, x: number, y: number, w: number, h: number, s: KindStyle, sw: number, problem: string | null): string {
  const stroke = problem ?? s.stroke;
  const width = problem ? sw * 1.8 : sw;
  const common = `fill="${s.fill}" stroke="${stroke}" stroke-width="${num(width)}"`;
  const inset = Math.min(h / 2, w * 0.12);
  switch (kind) {
    case 'start':
    case 'end':
      return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${num(Math.min(h / 2, w / 2))}" ${common}/>`;
    case 'decision':
      return `<polygon points="${num(x)},${num(y + h / 2)} ${num(x + inset)},${num(y)} ${num(x + w - inset)},${num(y)} ${num(x + w)},${num(y + h / 2)} ${num(x + w - inset)},${num(y + h)} ${num(x + inset)},${num(y + h)}" ${common}/>`;
    case 'wait':
      return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${num(Math.min(18, h / 4))}" ${common} stroke-dasharray="${num(sw * 4)} ${num(sw * 2.5)}"/>`;
    case 'handoff':
      return `<polygon points="${num(x)},${num(y)} ${num(x + w - inset)},${num(y)} ${num(x + w)},${num(y + h / 2)} ${num(x + w - inset)},${num(y + h)} ${num(x)},${num(y + h)} ${num(x + inset * 0.7)},${num(y + h / 2)}" ${common}/>`;
    case 'document': {
      const wave = Math.min(h * 0.12, 14);
      return `<path d="M${num(x)},${num(y)} H${num(x + w)} V${num(y + h - wave)} Q${num(x + w * 0.75)},${num(y + h - 3 * wave)} ${num(x + w / 2)},${num(y + h - wave)} T${num(x)},${num(y + h - wave)} Z" ${common}/>`;
    }
    default:
      return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${num(Math.min(10, h / 6))}" ${common}/>`;
  }
}

/** Horizontal inset of the text inside a node kind's outline. */
function textInset(kind: NodeKind, w: number, h: number, pad: number): { left: number; right: number } {
  const inset = Math.min(h / 2, w * 0.12);
  if (kind === 'decision') return { left: inset * 0.6 + pad * 0.5, right: inset * 0.6 + pad * 0.5 };
  if (kind === 'handoff') return { left: inset * 0.7 + pad * 0.4, right: inset + pad * 0.2 };
  if (kind === 'start' || kind === 'end') return { left: Math.min(h / 4, w * 0.1) + pad, right: Math.min(h / 4, w * 0.1) + pad };
  return { left: pad, right: pad };
}

/** A small count badge ("2") in the problem colour, centred at (cx, cy). */
function badge(cx: number, cy: number, count: number, size: number, p: PicturePalette): string {
  const label = String(count);
  const w = Math.max(size * 1.5, measureText(label, { size, bold: true }) + size);
  const h = size * 1.45;
  return (
    rectEl(cx - w / 2, cy - h / 2, w, h, { fill: p.danger, rx: h / 2, stroke: p.background, strokeWidth: Math.max(1, size / 10) }) +
    textEl(cx, centredBaseline(cy - h / 2, h, size), label, { size, bold: true, fill: p.onDanger, anchor: 'middle' })
  );
}

function laneLabel(lane: ProcessMapDoc['lanes'][number], t: PictureOptions['t']): string {
  if (lane.name.trim()) return lane.name;
  if (lane.id === ORPHAN_LANE_ID) return t('pictures.processMap.unassignedLane');
  return t(`processMap.laneType.${lane.type}`);
}

/**
 * A process map as the room reads it on a projector: swimlanes top-down with their names, steps in the coach's
 * left-to-right order (columns packed so a hand-over to another lane does not cost a whole column), connectors,
 * and problem markers as red count badges with a legend. A map too large for `minFontPx` shows the lanes and the
 * steps that fit, then "+N more".
 */
function drawProcessMap(raw: unknown, board: { name: string }, o: PictureOptions): string {
  const doc = ProcessMapDoc.parse(raw);
  const p = picturePalette(o.theme);
  const styles = kindStyles(o.theme, p);
  const f = fontScale(o);
  const margin = Math.round(f.base * 0.8);
  const sw = Math.max(1.5, o.minFontPx / 10);

  // --- problem markers per node and per edge
  const nodeProblems = new Map<string, number>();
  const edgeProblems = new Map<string, number>();
  const kindCounts = new Map<string, number>();
  for (const m of doc.markers) {
    const map = m.target.type === 'node' ? nodeProblems : edgeProblems;
    map.set(m.target.id, (map.get(m.target.id) ?? 0) + 1);
    kindCounts.set(m.kind, (kindCounts.get(m.kind) ?? 0) + 1);
  }

  const summary = `${o.t('pictures.processMap.steps', { count: doc.nodes.length })} · ${o.t('pictures.processMap.problems', { count: doc.markers.length })}`;
  const head = titleBar(o, p, board.name, summary, margin);
  const parts: string[] = [head.svg];

  // --- legend of problem kinds at the bottom (only kinds in use)
  const legendSize = f.small;
  let legendH = 0;
  const legendParts: string[] = [];
  if (doc.markers.length > 0) {
    const items = PROBLEM_KINDS.filter((k) => kindCounts.has(k)).map((k) => `${o.t(`processMap.problem.${k}`)} ${kindCounts.get(k) ?? 0}`);
    const bw = legendSize * 1.6;
    const lead = o.t('pictures.processMap.problemLegend');
    const lines = wrapText(`${lead}: ${items.join(' · ')}`, o.width - 2 * margin - bw - legendSize * 0.6, { size: legendSize }, 2).lines;
    legendH = lines.length * legendSize * 1.3 + legendSize * 0.8;
    const top = o.height - margin - lines.length * legendSize * 1.3;
    legendParts.push(badge(margin + bw / 2, top + legendSize * 0.62, doc.markers.length, legendSize, p));
    lines.forEach((line, i) => legendParts.push(textEl(margin + bw + legendSize * 0.6, top + i * legendSize * 1.3 + legendSize * 0.95, line, { size: legendSize, fill: p.text })));
  }

  const areaTop = head.height + margin * 0.6;
  const areaBottom = o.height - margin - legendH;
  const areaLeft = margin;
  const areaRight = o.width - margin;
  const areaH = Math.max(0, areaBottom - areaTop);
  const areaW = Math.max(0, areaRight - areaLeft);

  if (doc.lanes.length === 0 && doc.nodes.length === 0) {
    parts.push(textEl(o.width / 2, areaTop + areaH / 2, o.t('pictures.empty'), { size: f.base, fill: p.muted, anchor: 'middle' }));
    return svgDocument({ width: o.width, height: o.height, background: p.background, title: board.name }, parts.join(''));
  }

  // --- rows inside each lane (distinct y positions of its nodes) and columns (x order, nodes overlapping in x share one)
  const laneIndex = new Map(doc.lanes.map((l, i) => [l.id, i]));
  const rowsOf = new Map<string, number[]>();
  for (const n of doc.nodes) {
    const r = Math.round(n.y / ROW_PITCH);
    const list = rowsOf.get(n.laneId) ?? [];
    if (!list.includes(r)) list.push(r);
    rowsOf.set(n.laneId, list);
  }
  for (const list of rowsOf.values()) list.sort((a, b) => a - b);
  const sorted = [...doc.nodes].sort((a, b) => a.x - b.x || (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) || a.y - b.y || a.id.localeCompare(b.id));
  const placed: Placed[] = [];
  let col = -1;
  let colStart = -Infinity;
  for (const n of sorted) {
    if (n.x - colStart >= NODE_SIZE.width / 2) {
      col++;
      colStart = n.x;
    }
    const rows = rowsOf.get(n.laneId) ?? [0];
    placed.push({ node: n, lane: laneIndex.get(n.laneId) ?? 0, row: rows.indexOf(Math.round(n.y / ROW_PITCH)), col, x: 0, y: 0 });
  }
  const colCount = col + 1;

  // --- horizontal packing in units of the box width: a column moves right by a whole box only where it shares a
  // lane row with the column before; a hand-over to another lane moves half a box.
  const gapRatio = 0.16;
  const colX = (boxW: number): number[] => {
    const gap = boxW * gapRatio;
    const right = new Map<string, number>();
    const xs: number[] = [];
    let prev = -Infinity;
    for (let c = 0, i = 0; c < colCount; c++) {
      let x = prev === -Infinity ? 0 : prev + boxW * CROSS_ADVANCE + gap / 2;
      const start = i;
      while (i < placed.length && placed[i]!.col === c) {
        const key = `${placed[i]!.lane}:${placed[i]!.row}`;
        const r = right.get(key);
        if (r !== undefined) x = Math.max(x, r + gap);
        i++;
      }
      for (let j = start; j < i; j++) right.set(`${placed[j]!.lane}:${placed[j]!.row}`, x + boxW);
      xs.push(x);
      prev = x;
    }
    return xs;
  };
  const unitXs = colX(1);
  const extentUnits = colCount > 0 ? (unitXs[colCount - 1] ?? 0) + 1 : 1;

  // --- vertical: a label strip per lane, rows of boxes; collapsed lanes are a strip only
  const stepFontFor = (size: number) => ({ size, lh: size * 1.22, pad: size * 0.45 });
  const laneFont = f.small;
  const stripH = laneFont * 1.45;
  const rowGap = Math.max(4, o.minFontPx * 0.35);
  const laneRows = doc.lanes.map((l) => (l.collapsed ? 0 : Math.max(1, rowsOf.get(l.id)?.length ?? 1)));
  const totalRows = laneRows.reduce((a, b) => a + b, 0);
  const laneGap = Math.max(2, o.minFontPx * 0.15);
  const fixedH = doc.lanes.length * (stripH + laneGap) + laneRows.reduce((a, r) => a + (r > 0 ? rowGap * (r + 1) : 0), 0);

  // Step text size: large when the map is small, never below minFontPx; box width from the space.
  let fs = stepFontFor(f.base);
  const minLinesH = (s: { lh: number; pad: number }, lines: number) => lines * s.lh + 2 * s.pad;
  const widthFor = (s: { size: number }) => Math.min(s.size * 11, areaW / extentUnits);
  if (widthFor(fs) < fs.size * 6 || (totalRows > 0 && (areaH - fixedH) / totalRows < minLinesH(fs, 2))) fs = stepFontFor(f.small);
  const minBoxW = fs.size * 6;
  const boxW = Math.max(minBoxW, Math.min(fs.size * 11, areaW / extentUnits));
  const xs = colX(boxW);
  const rowH = totalRows > 0 ? Math.max(minLinesH(fs, 2), Math.min(minLinesH(fs, 5), (areaH - fixedH) / totalRows)) : 0;

  // Lanes that fit from the top; the rest are counted.
  const laneTops: number[] = [];
  const laneHs: number[] = [];
  let y = areaTop;
  let lanesShown = 0;
  for (let i = 0; i < doc.lanes.length; i++) {
    const rows = laneRows[i] ?? 0;
    const h = stripH + (rows > 0 ? rows * rowH + (rows + 1) * rowGap : 0);
    if (y + h > areaBottom + 0.5 && i > 0) break;
    laneTops.push(y);
    laneHs.push(h);
    y += h + laneGap;
    lanesShown++;
  }
  const lanesHidden = doc.lanes.length - lanesShown;

  // Columns that fit from the left, keeping room for a "+N more" pill.
  const moreW = measureText(o.t('pictures.more', { count: 8888 }), { size: f.small, bold: true }) + f.small * 1.5;
  let colsShown = colCount;
  if (colCount > 0 && (xs[colCount - 1] ?? 0) + boxW > areaW + 0.5) {
    colsShown = 0;
    while (colsShown < colCount && (xs[colsShown] ?? 0) + boxW <= areaW - moreW) colsShown++;
  }

  const visible = (pl: Placed) => pl.col < colsShown && pl.lane < lanesShown && !doc.lanes[pl.lane]?.collapsed;
  for (const pl of placed) {
    pl.x = areaLeft + (xs[pl.col] ?? 0);
    pl.y = (laneTops[pl.lane] ?? 0) + stripH + rowGap + pl.row * (rowH + rowGap);
  }
  const hiddenSteps = placed.filter((pl) => !visible(pl) && !doc.lanes[pl.lane]?.collapsed).length;

  // --- lanes
  const laneRight = colsShown < colCount || lanesHidden > 0 ? areaRight : Math.min(areaRight, areaLeft + (xs[colCount - 1] ?? 0) + boxW + boxW * gapRatio);
  const laneW = Math.max(areaW * 0.5, laneRight - areaLeft);
  for (let i = 0; i < lanesShown; i++) {
    const lane = doc.lanes[i]!;
    const top = laneTops[i] ?? 0;
    const h = laneHs[i] ?? 0;
    parts.push(rectEl(areaLeft, top, laneW, h, { fill: i % 2 === 0 ? p.surface : p.surfaceAlt, rx: 6, ...(o.theme === 'high-contrast' ? { stroke: p.border, strokeWidth: 1 } : {}) }));
    let label = laneLabel(lane, o.t);
    if (lane.collapsed) {
      const n = doc.nodes.filter((nd) => nd.laneId === lane.id).length;
      label = `${label} (${o.t('processMap.lane.hiddenSteps', { count: n })})`;
    }
    parts.push(textEl(areaLeft + laneFont * 0.6, centredBaseline(top, stripH, laneFont), clampLine(label, laneW - laneFont * 1.2, { size: laneFont, bold: true }), { size: laneFont, bold: true, fill: p.text }));
  }

  // --- connectors (under the boxes)
  const byId = new Map(placed.map((pl) => [pl.node.id, pl]));
  const boxH = rowH;
  const edgeParts: string[] = [];
  const labelParts: string[] = [];
  const labelSize = f.small;
  for (const e of liveEdges(doc)) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b || !visible(a) || !visible(b)) continue;
    const ax1 = a.x + boxW;
    const bx0 = b.x;
    let d: string;
    let mid: { x: number; y: number };
    const blocked = (x0: number, x1: number, yy: number) =>
      placed.some((q) => q !== a && q !== b && visible(q) && q.y < yy && q.y + boxH > yy && q.x < x1 && q.x + boxW > x0);
    if (bx0 >= ax1 + 4 && a.y === b.y && blocked(ax1, bx0, a.y + boxH / 2)) {
      // Forward in the same row over other boxes: under the row, into the target's bottom.
      const ax = a.x + boxW * 0.6;
      const bx = b.x + boxW * 0.4;
      const low = a.y + boxH + rowGap / 2;
      d = `M${num(ax)},${num(a.y + boxH)} V${num(low)} H${num(bx)} V${num(b.y + boxH + sw)}`;
      mid = { x: (ax + bx) / 2, y: low };
    } else if (bx0 >= ax1 + 4) {
      // Forward: right side to left side with one vertical jog in the gap.
      const ay = a.y + boxH / 2;
      const by = b.y + boxH / 2;
      const jx = Math.max(ax1 + 4, bx0 - boxW * gapRatio / 2);
      d = `M${num(ax1)},${num(ay)} H${num(jx)} V${num(by)} H${num(bx0 - sw)}`;
      mid = { x: (ax1 + jx) / 2, y: ay };
    } else if (b.y !== a.y && Math.max(a.x, b.x) < Math.min(a.x, b.x) + boxW - 8) {
      // Overlapping in x, other row or lane: straight down (or up) through the shared span.
      const lo = Math.max(a.x, b.x);
      const hi = Math.min(a.x + boxW, b.x + boxW);
      const x = (lo + hi) / 2;
      const down = b.y > a.y;
      const y0 = down ? a.y + boxH : a.y;
      const y1 = down ? b.y - sw : b.y + boxH + sw;
      d = `M${num(x)},${num(y0)} V${num(y1)}`;
      mid = { x, y: (y0 + y1) / 2 };
    } else if (b.y === a.y) {
      // Backward in the same row (a loop back for rework): out of the bottom, under the row, into the target's bottom.
      const ax = a.x + boxW / 2;
      const bx = b.x + boxW / 2;
      const low = a.y + boxH + rowGap / 2;
      d = `M${num(ax)},${num(a.y + boxH)} V${num(low)} H${num(bx)} V${num(b.y + boxH + sw)}`;
      mid = { x: (ax + bx) / 2, y: low };
    } else {
      // Backward to another row: through the space between the two rows, then into the facing side of the target.
      const ax = a.x + boxW / 2;
      const bx = b.x + boxW / 2;
      const up = b.y < a.y;
      const between = up ? (b.y + boxH + a.y) / 2 : (a.y + boxH + b.y) / 2;
      const y0 = up ? a.y : a.y + boxH;
      const y1 = up ? b.y + boxH + sw : b.y - sw;
      d = `M${num(ax)},${num(y0)} V${num(between)} H${num(bx)} V${num(y1)}`;
      mid = { x: (ax + bx) / 2, y: between };
    }
    edgeParts.push(`<path d="${d}" fill="none" stroke="${p.line}" stroke-width="${num(sw * 1.4)}" marker-end="url(#pm-arrow)"/>`);
    const text = e.label.trim() || (e.branch ? o.t(`processMap.branch.${e.branch}`) : '');
    if (text) {
      const shown = clampLine(text, boxW * 0.9, { size: labelSize });
      const w = measureText(shown, { size: labelSize }) + labelSize * 0.6;
      const h = labelSize * 1.3;
      labelParts.push(rectEl(mid.x - w / 2, mid.y - h / 2, w, h, { fill: p.background, stroke: p.border, strokeWidth: 1, rx: 4 }));
      labelParts.push(textEl(mid.x, centredBaseline(mid.y - h / 2, h, labelSize), shown, { size: labelSize, fill: p.text, anchor: 'middle' }));
    }
    const problems = edgeProblems.get(e.id);
    if (problems) {
      const labelW = text ? measureText(clampLine(text, boxW * 0.9, { size: labelSize }), { size: labelSize }) + labelSize * 0.6 : 0;
      labelParts.push(badge(mid.x + (text ? labelW / 2 + f.small * 0.9 : 0), mid.y, problems, f.small, p));
    }
  }
  parts.push(
    `<defs><marker id="pm-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="${num(Math.max(4, 12 / Math.max(1, sw * 1.4) * 1.6))}" markerHeight="${num(Math.max(4, 12 / Math.max(1, sw * 1.4) * 1.6))}" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${p.line}"/></marker></defs>`,
  );
  parts.push(...edgeParts);

  // --- steps
  const lines = Math.max(1, Math.floor((boxH - 2 * fs.pad) / fs.lh + 1e-6));
  for (const pl of placed) {
    if (!visible(pl)) continue;
    const n = pl.node;
    const s = styles[n.kind];
    const count = nodeProblems.get(n.id) ?? 0;
    parts.push(shape(n.kind, pl.x, pl.y, boxW, boxH, s, sw, count > 0 ? p.danger : null));
    const inset = textInset(n.kind, boxW, boxH, fs.pad);
    const tw = boxW - inset.left - inset.right;
    const text = n.text.trim() || o.t(`processMap.nodeKind.${n.kind}`);
    const wrapped = wrapText(text, tw, { size: fs.size }, lines).lines;
    const top = pl.y + (boxH - wrapped.length * fs.lh) / 2;
    const cx = pl.x + inset.left + tw / 2;
    wrapped.forEach((line, i) => parts.push(textEl(cx, top + i * fs.lh + fs.size * 0.92, line, { size: fs.size, fill: s.text, anchor: 'middle' })));
    if (count > 0) parts.push(badge(pl.x + boxW - f.small * 0.4, pl.y + f.small * 0.1, count, f.small, p));
  }
  parts.push(...labelParts);

  // --- what did not fit
  if (hiddenSteps > 0 || lanesHidden > 0) {
    const msg = [hiddenSteps > 0 ? o.t('pictures.more', { count: hiddenSteps }) : '', lanesHidden > 0 ? o.t('pictures.processMap.moreLanes', { count: lanesHidden }) : '']
      .filter(Boolean)
      .join(' · ');
    const size = f.small;
    const shown = clampLine(msg, areaW * 0.6, { size, bold: true });
    const w = measureText(shown, { size, bold: true }) + size * 1.2;
    const h = size * 1.6;
    const x = areaRight - w;
    const yy = lanesHidden > 0 ? areaBottom - h : areaTop + (y - areaTop) / 2 - h / 2;
    parts.push(rectEl(x, yy, w, h, { fill: p.accent, rx: h / 2 }));
    parts.push(textEl(x + w / 2, centredBaseline(yy, h, size), shown, { size, bold: true, fill: p.onAccent, anchor: 'middle' }));
  }
  parts.push(...legendParts);

  const description = o.t('pictures.processMap.description', { lanes: doc.lanes.length, steps: doc.nodes.length, problems: doc.markers.length });
  return svgDocument({ width: o.width, height: o.height, background: p.background, title: board.name, description }, parts.join(''));
}

export const processMapPicture: BoardPicture<unknown> = { kind: 'process-map', draw: drawProcessMap };
