import type { BoardPicture, PictureOptions } from '../picture';
import {
  type PicturePalette,
  centredBaseline,
  escapeXml,
  fontScale,
  measureText,
  num,
  picturePalette,
  rectEl,
  svgDocument,
  textEl,
  titleBar,
} from '../../picture/svg';
import { processMapCounts, type ProcessMapCounts } from './counts';
import { ProcessMapDoc, type NodeKind } from './model';
import { BADGE, BOX_PAD, BOX_PAD_Y, LINE_HEIGHT, MAP_FONT, STEP_WIDTHS, mapDrawing, type MapDrawing } from './drawing';
import { HEADER_GAP, packCandidates, type PackCandidate } from './packing';
import { EDGE, TOP, planWindows, stackWindows, type MapWindow } from './sections';
import { STUB_ARROW, continuations, gutterWidth, type Continuations, type Stub } from './continuations';

/** Fill, outline and text of each node kind, as on the board (process-map.css). */
interface KindStyle {
  fill: string;
  stroke: string;
  text: string;
}

function kindStyles(theme: PictureOptions['theme'], p: PicturePalette): Record<NodeKind, KindStyle> {
  if (theme === 'high-contrast') {
    const k = (stroke: string): KindStyle => ({ fill: '#000000', stroke, text: '#ffffff' });
    return {
      start: k('#8dffb0'),
      step: k('#ffffff'),
      decision: k('#ffd400'),
      wait: k('#f0f0f0'),
      handoff: k('#7fe3ff'),
      document: k('#d9b8ff'),
      end: k('#ffffff'),
    };
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

/** The outline of a node kind in the box (x, y, w, h). */
function shape(
  kind: NodeKind,
  x: number,
  y: number,
  w: number,
  h: number,
  s: KindStyle,
  sw: number,
  problem: string | null,
): string {
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

/** A round badge with the legend number of a problem kind, centred at (cx, cy), text `size` high. */
function badge(cx: number, cy: number, label: string, size: number, p: PicturePalette): string {
  const h = size * 1.45;
  const w = Math.max(h, measureText(label, { size, bold: true }) + size * 0.7);
  return (
    rectEl(cx - w / 2, cy - h / 2, w, h, {
      fill: p.danger,
      rx: h / 2,
      stroke: p.background,
      strokeWidth: Math.max(1, size / 10),
    }) +
    textEl(cx, centredBaseline(cy - h / 2, h, size), label, { size, bold: true, fill: p.onDanger, anchor: 'middle' })
  );
}

/** A nested <svg> that shows the layout-unit rectangle (vx, vy, vw, vh) at (x, y) scaled by `scale`, clipped to it. */
function viewport(
  x: number,
  y: number,
  scale: number,
  vx: number,
  vy: number,
  vw: number,
  vh: number,
  body: string,
): string {
  return `<svg x="${num(x)}" y="${num(y)}" width="${num(vw * scale)}" height="${num(vh * scale)}" viewBox="${num(vx)} ${num(vy)} ${num(vw)} ${num(vh)}" preserveAspectRatio="xMinYMin meet" overflow="hidden">${body}</svg>`;
}

interface Frame {
  parts: string[];
  legend: string[];
  areaTop: number;
  areaBottom: number;
  areaLeft: number;
  areaRight: number;
}

/** Title bar, the legend of problem kinds at the bottom (wrapped, numbered as the badges) and the space between. */
function frame(
  counted: ProcessMapCounts,
  legendKinds: MapDrawing['legend'],
  board: { name: string },
  o: PictureOptions,
  p: PicturePalette,
): Frame {
  const f = fontScale(o);
  const margin = Math.round(f.base * 0.8);
  const summary = `${o.t('pictures.processMap.steps', { count: counted.steps })} · ${o.t('pictures.processMap.problems', { count: counted.problems })}`;
  const head = titleBar(o, p, board.name, summary, margin);
  const size = f.small;
  const legend: string[] = [];
  let legendH = 0;
  if (legendKinds.length > 0) {
    const lh = size * 1.7;
    const maxX = o.width - margin;
    let x = margin;
    let row = 0;
    const items: { w: number; draw: (x: number, y: number) => string }[] = [];
    const lead = `${o.t('pictures.processMap.problemLegend')}:`;
    items.push({
      w: measureText(lead, { size, bold: true }),
      draw: (x, y) => textEl(x, y + lh / 2 + size * 0.35, lead, { size, bold: true, fill: p.text }),
    });
    legendKinds.forEach((l, i) => {
      const label = `${o.t(`processMap.problem.${l.kind}`)} (${l.count})`;
      const bw = size * 1.45;
      items.push({
        w: bw + size * 0.4 + measureText(label, { size }),
        draw: (x, y) =>
          badge(x + bw / 2, y + lh / 2, String(i + 1), size, p) +
          textEl(x + bw + size * 0.4, y + lh / 2 + size * 0.35, label, { size, fill: p.text }),
      });
    });
    // On the projector (no title) the legend shares the summary's row when it fits there, giving the map its height.
    const gapW = size * 1.2;
    const total = items.reduce((a, it) => a + it.w, 0) + gapW * (items.length - 1);
    const summaryW = measureText(summary, { size: f.base }) + f.base * 1.5;
    if (o.hideTitle && head.height > 0 && margin + summaryW + total <= maxX) {
      let ix = maxX - total;
      const top = (head.height - lh) / 2;
      for (const item of items) {
        legend.push(item.draw(ix, top));
        ix += item.w + gapW;
      }
      return {
        parts: [head.svg],
        legend,
        areaTop: head.height + margin * 0.5,
        areaBottom: o.height - margin,
        areaLeft: margin,
        areaRight: o.width - margin,
      };
    }
    const placed: { x: number; row: number; item: (typeof items)[number] }[] = [];
    for (const item of items) {
      if (x > margin && x + item.w > maxX) {
        row++;
        x = margin;
      }
      placed.push({ x, row, item });
      x += item.w + gapW;
    }
    legendH = (row + 1) * lh + size * 0.5;
    const top = o.height - margin - (row + 1) * lh;
    for (const pl of placed) legend.push(pl.item.draw(pl.x, top + pl.row * lh));
  }
  return {
    parts: [head.svg],
    legend,
    areaTop: head.height + margin * 0.5,
    areaBottom: o.height - margin - legendH,
    areaLeft: margin,
    areaRight: o.width - margin,
  };
}

/** The map's part inside window `w`, drawn at `scale`, at the frame's top-left. */
function drawWindow(
  doc: ProcessMapDoc,
  d: MapDrawing,
  w: MapWindow,
  scale: number,
  fr: Frame,
  o: PictureOptions,
  p: PicturePalette,
  uid: string,
  cut: WindowCut = NO_CUT,
): string {
  const styles = kindStyles(o.theme, p);
  const sw = MAP_FONT * 0.1;
  const vw = w.x1 - w.x0;
  const vh = w.y1 - w.y0;
  const gap = HEADER_GAP;
  const x = fr.areaLeft;
  const y = fr.areaTop;
  const gl = cut.left;
  const gr = cut.right;
  const mapX = x + (d.headerWidth + gap + gl) * scale;
  const hc = o.theme === 'high-contrast';

  // Lane names, kept at the top of the lane's visible part.
  const header: string[] = [];
  const bands: string[] = [];
  const gutterBands: ((width: number) => string)[] = [];
  for (const lane of d.layout.lanes) {
    const top = Math.max(lane.top, w.y0);
    const bottom = Math.min(lane.top + lane.height, w.y1);
    if (bottom <= top) continue;
    const fill = lane.index % 2 === 0 ? p.surface : p.surfaceAlt;
    const stroke = hc ? { stroke: p.border, strokeWidth: 1 } : {};
    header.push(rectEl(0, lane.top, d.headerWidth, lane.height, { fill, rx: 6, ...stroke }));
    bands.push(rectEl(w.x0 - gap, lane.top, vw + 2 * gap, lane.height, { fill, ...stroke }));
    gutterBands.push((width) => rectEl(-gap, lane.top, width + 2 * gap, lane.height, { fill, ...stroke }));
    const lines = d.laneLines[lane.index] ?? [];
    if (top + lines.length * LINE_HEIGHT + BOX_PAD <= bottom + 0.5) {
      lines.forEach((line, i) =>
        header.push(
          textEl(BOX_PAD, top + BOX_PAD + i * LINE_HEIGHT + MAP_FONT * 0.92, line, {
            size: MAP_FONT,
            bold: true,
            fill: p.text,
          }),
        ),
      );
    }
  }
  const body: string[] = [...bands];
  const visible = (x0: number, y0: number, x1: number, y1: number) =>
    x1 >= w.x0 && x0 <= w.x1 && y1 >= w.y0 && y0 <= w.y1;
  const arrow = `pm-arrow-${uid}`;
  body.push(
    `<defs><marker id="${arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${p.line}"/></marker></defs>`,
  );
  for (const e of connectorsOf(d)) {
    if (!visible(e.x0, e.y0, e.x1, e.y1)) continue;
    // A connector that leaves the window ends in a continuation stub, not in an arrow head outside the picture;
    // such an off-window marker (with text in the same clipped group) made resvg 2.6.2 panic and abort the process.
    const head = visible(e.end.x, e.end.y, e.end.x, e.end.y) ? ` marker-end="url(#${arrow})"` : '';
    body.push(
      `<path d="${e.path}" fill="none" stroke="${p.line}" stroke-width="${num(sw * 1.6)}" stroke-linejoin="round"${head}/>`,
    );
  }
  for (const b of d.layout.boxes) {
    if (!visible(b.x, b.y, b.x + b.width, b.y + b.height)) continue;
    const step = d.steps.get(b.id);
    if (!step) continue;
    const s = styles[step.kind];
    body.push(shape(step.kind, b.x, b.y, b.width, b.height, s, sw * 1.4, step.problems.length > 0 ? p.danger : null));
    const cx = b.x + step.text.left + step.text.width / 2;
    const blockTop =
      b.y + step.text.top + (b.height - step.text.top - BOX_PAD_Y - step.text.lines.length * LINE_HEIGHT) / 2;
    step.text.lines.forEach((line, i) =>
      body.push(
        textEl(cx, blockTop + i * LINE_HEIGHT + MAP_FONT * 0.92, line, {
          size: MAP_FONT,
          fill: s.text,
          anchor: 'middle',
        }),
      ),
    );
    let bx = b.x + b.width - BOX_PAD;
    for (let i = step.problems.length - 1; i >= 0; i--) {
      const n = d.legend.findIndex((l) => l.kind === step.problems[i]) + 1;
      const bw = Math.max(BADGE.height, measureText(String(n), { size: MAP_FONT, bold: true }) + MAP_FONT * 0.7);
      body.push(badge(bx - bw / 2, b.y, String(n), MAP_FONT, p));
      bx -= bw + BADGE.gap;
    }
    const flowNumber = cut.numbers.get(b.id);
    if (flowNumber !== undefined) body.push(numberTag(b.x + BOX_PAD, b.y, flowNumber, p));
  }
  for (const e of d.layout.edges) {
    const l = e.label;
    const de = d.edges.get(e.id);
    if (!l || !de || !visible(l.x, l.y, l.x + l.width, l.y + l.height)) continue;
    body.push(rectEl(l.x, l.y, l.width, l.height, { fill: p.background, stroke: p.border, strokeWidth: 1, rx: 4 }));
    de.lines.forEach((line, i) =>
      body.push(
        textEl(l.x + MAP_FONT * 0.3, l.y + MAP_FONT * 0.15 + i * LINE_HEIGHT + MAP_FONT * 0.92, line, {
          size: MAP_FONT,
          fill: p.text,
        }),
      ),
    );
    if (de.problems > 0)
      body.push(badge(l.x + l.width - BADGE.height / 2, l.y + l.height / 2, String(de.problems), MAP_FONT, p));
  }
  let out =
    viewport(x, y, scale, 0, w.y0, d.headerWidth, vh, header.join('')) +
    viewport(mapX, y, scale, w.x0, w.y0, vw, vh, body.join(''));
  // The gutters beside the window with their stubs: "7 →" entering at the left, "→ 12" leaving at the right.
  const marker = `<defs><marker id="${arrow}-s" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${p.line}"/></marker></defs>`;
  const gutter = (side: Stub['side'], width: number, gx: number) =>
    viewport(
      gx,
      y,
      scale,
      0,
      w.y0,
      width,
      vh,
      marker +
        gutterBands.map((band) => band(width)).join('') +
        cut.stubs
          .filter((s) => s.side === side)
          .map((s) => stubEl(s, width, sw * 1.6, `${arrow}-s`, o, p))
          .join(''),
    );
  if (gl > 0) out += gutter('in', gl, x + (d.headerWidth + gap) * scale);
  if (gr > 0) out += gutter('out', gr, mapX + vw * scale);
  return out;
}

/** How a window is cut from the rest of the map: its continuation stubs and gutters, the step numbers to tag. */
interface WindowCut {
  stubs: Stub[];
  numbers: ReadonlyMap<string, number>;
  /** Widths of the gutters left and right of the window (0: none on that side). */
  left: number;
  right: number;
}

const NO_CUT: WindowCut = { stubs: [], numbers: new Map(), left: 0, right: 0 };

/**
 * A step's number in a tag on its top-left corner, standing on the box's outline (its foot no lower than the
 * padding above the text, so it never covers the first line).
 */
function numberTag(left: number, top: number, n: number, p: PicturePalette): string {
  const label = String(n);
  const h = BADGE.height;
  const w = Math.max(h, measureText(label, { size: MAP_FONT, bold: true }) + MAP_FONT * 0.7);
  const y = top + BOX_PAD_Y * 0.5 - h;
  return (
    rectEl(left, y, w, h, { fill: p.background, stroke: p.line, strokeWidth: MAP_FONT * 0.1, rx: h / 2 }) +
    textEl(left + w / 2, centredBaseline(y, h, MAP_FONT), label, {
      size: MAP_FONT,
      bold: true,
      fill: p.text,
      anchor: 'middle',
    })
  );
}

/**
 * One continuation stub in its gutter (x from 0 to `g`): "7 →" entering the window at the left, "→ 12" leaving it at
 * the right; a short jog joins the stub's row to where the connector crosses the window's edge.
 */
function stubEl(s: Stub, g: number, strokeWidth: number, marker: string, o: PictureOptions, p: PicturePalette): string {
  const title = `<title>${stubTitle(o.t, s.side, s.other)}</title>`;
  const line = (d: string) =>
    `<path d="${d}" fill="none" stroke="${p.line}" stroke-width="${num(strokeWidth)}" stroke-linejoin="round" marker-end="url(#${marker})"/>`;
  const baseline = s.y + MAP_FONT * 0.35;
  const style = { size: MAP_FONT, bold: true, fill: p.text } as const;
  if (s.side === 'in') {
    const x0 = g - STUB_ARROW;
    const jog = g - STUB_ARROW / 3;
    return `<g>${title}${textEl(x0 - MAP_FONT * 0.1, baseline, String(s.other), { ...style, anchor: 'end' })}${line(`M${num(x0)},${num(s.y)} H${num(jog)} V${num(s.edgeY)} H${num(g)}`)}</g>`;
  }
  const jog = STUB_ARROW / 3;
  return `<g>${title}${line(`M0,${num(s.edgeY)} H${num(jog)} V${num(s.y)} H${num(STUB_ARROW)}`)}${textEl(STUB_ARROW + MAP_FONT * 0.1, baseline, String(s.other), style)}</g>`;
}

/** Stub titles by translator, side and step number: a big map has hundreds, and a translation is slow next to them. */
const stubTitles = new WeakMap<PictureOptions['t'], Map<string, string>>();

function stubTitle(t: PictureOptions['t'], side: Stub['side'], step: number): string {
  let byKey = stubTitles.get(t);
  if (!byKey) stubTitles.set(t, (byKey = new Map()));
  const key = `${side}${step}`;
  let title = byKey.get(key);
  if (title === undefined) {
    const id = side === 'out' ? 'pictures.processMap.continuesTo' : 'pictures.processMap.continuesFrom';
    byKey.set(key, (title = escapeXml(t(id, { step }))));
  }
  return title;
}

const SAFE_ID = /[^A-Za-z0-9_-]/g;

/** A connector's SVG path and its bounding box, computed once per drawing: every window of every section asks. */
interface Connector {
  path: string;
  /** Where the arrow head goes. */
  end: { x: number; y: number };
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const connectorCache = new WeakMap<MapDrawing, Connector[]>();

function connectorsOf(d: MapDrawing): Connector[] {
  let out = connectorCache.get(d);
  if (out) return out;
  out = [];
  for (const e of d.layout.edges) {
    if (e.points.length < 2) continue;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    let path = '';
    e.points.forEach((q, i) => {
      x0 = Math.min(x0, q.x);
      y0 = Math.min(y0, q.y);
      x1 = Math.max(x1, q.x);
      y1 = Math.max(y1, q.y);
      path += `${i === 0 ? 'M' : ' L'}${num(q.x)},${num(q.y)}`;
    });
    out.push({ path, end: e.points[e.points.length - 1]!, x0, y0, x1, y1 });
  }
  connectorCache.set(d, out);
  return out;
}

interface Plan {
  doc: ProcessMapDoc;
  drawing: MapDrawing;
  fr: Frame;
  p: PicturePalette;
  counts: ProcessMapCounts;
  /** The pictures' description (translated once: every section carries it). */
  description: string;
  /** Each section's windows, stacked top-down (stretches of the flow in order). */
  sections: MapWindow[][];
  /** Continuation stubs of connectors cut between windows (null when the map is shown whole). */
  cont: Continuations | null;
  scale: number;
  /** The most a section's windows may take at minFontPx, in layout units: widest stretch, stacked height. */
  room: { width: number; height: number };
}

/** Space between two stretches stacked in one section, in layout units. */
const STACK_GAP = MAP_FONT * 1.5;

/**
 * Candidates a picture lays out for real (each is an ELK run): for a small map the best estimated one of every line
 * budget (the estimates rank budgets less well than a layout does), for a big map the best estimate alone.
 */
function layoutTries(candidates: readonly PackCandidate[], steps: number): PackCandidate[] {
  if (steps > 40) return candidates.slice(0, 1);
  return candidates.filter((c, i) => candidates.findIndex((x) => x.fit.maxLines === c.fit.maxLines) === i);
}

interface Packed {
  drawing: MapDrawing;
  sections: MapWindow[][];
  scale: number;
  room: { width: number; height: number };
}

/**
 * The drawing packed into the area (px) at minScale or more: the whole map when it fits, else its windows stacked
 * into sections. All sections share one scale, the largest at which every section fits (capped at `cap`).
 */
function pack(
  drawing: MapDrawing,
  areaW: number,
  areaH: number,
  minScale: number,
  cap: number,
  whole: boolean,
): Packed {
  const gap = HEADER_GAP;
  const contentW = drawing.headerWidth + gap + Math.max(1, drawing.layout.width) + 2 * EDGE + gap;
  const contentH = Math.max(1, drawing.layout.height) + TOP;
  const fit = Math.min(areaW / contentW, areaH / contentH);
  const room = { width: areaW / minScale - drawing.headerWidth - 2 * gap, height: areaH / minScale };
  const all: MapWindow = {
    x0: -EDGE,
    x1: Math.max(1, drawing.layout.width) + EDGE,
    y0: -TOP,
    y1: contentH - TOP,
    stepIds: drawing.layout.boxes.map((b) => b.id),
  };
  if (whole || fit >= minScale) return { drawing, sections: [[all]], scale: Math.min(fit, cap), room };
  // Cut into windows: a gutter beside a window holds the stubs of connectors that continue elsewhere.
  const windows = planWindows(drawing, room.width, room.height, gutterWidth(drawing.layout.boxes.length));
  const sections = stackWindows(windows, room.height, STACK_GAP);
  let scale = cap;
  for (const sec of sections) {
    const w = Math.max(...sec.map((x) => x.x1 - x.x0 + (x.gutters?.left ?? 0) + (x.gutters?.right ?? 0)));
    const h = sec.reduce((a, x) => a + x.y1 - x.y0, 0) + STACK_GAP * (sec.length - 1);
    scale = Math.min(scale, areaW / (drawing.headerWidth + 2 * gap + w), areaH / h);
  }
  return { drawing, sections, scale: Math.max(minScale, scale), room };
}

/**
 * Scale and windows: the whole map when it fits at minFontPx (or `whole`), else sections at minFontPx or a little
 * more. The drawing's sizing (lines per step, lane-name column) is chosen from estimates (packCandidates) and the
 * best few are laid out for real: fewest sections first, then the largest text.
 */
function plan(raw: unknown, board: { name: string }, o: PictureOptions, whole: boolean): Plan {
  const doc = ProcessMapDoc.parse(raw);
  const p = picturePalette(o.theme);
  const lang = o.lang ?? 'fi';
  const f = fontScale(o);
  const counts = processMapCounts(doc);
  const fr = frame(counts, legendOf(doc), board, o, p);
  const areaW = Math.max(1, fr.areaRight - fr.areaLeft);
  const areaH = Math.max(1, fr.areaBottom - fr.areaTop);
  // A hair over the minimum so rounding in the SVG never renders a text under minFontPx.
  const minScale = (o.minFontPx / MAP_FONT) * 1.0005;
  const cap = Math.max(minScale, (f.base * 1.2) / MAP_FONT);
  // Estimated as cut into sections (gutters for the continuation stubs); a map that fits whole needs no gutters.
  const candidates = packCandidates(doc, o.t, lang, {
    width: areaW / minScale - 2 * gutterWidth(doc.nodes.length),
    height: areaH / minScale,
    stackGap: STACK_GAP,
  });
  let best: Packed | null = null;
  for (const c of layoutTries(candidates, doc.nodes.length)) {
    const packed = pack(mapDrawing(doc, o.t, lang, STEP_WIDTHS[2], c.fit, c.parts), areaW, areaH, minScale, cap, whole);
    // A clearly larger text wins a tie; otherwise the better estimate (fewer lines, wider lane names) stays.
    if (
      !best ||
      packed.sections.length < best.sections.length ||
      (packed.sections.length === best.sections.length && packed.scale > best.scale * 1.04)
    )
      best = packed;
  }
  const windows = best!.sections.flat();
  const cont = windows.length > 1 ? continuations(best!.drawing, windows) : null;
  return {
    doc,
    drawing: best!.drawing,
    fr,
    p,
    counts,
    description: o.t('pictures.processMap.description', { ...counts }),
    sections: best!.sections,
    cont,
    scale: best!.scale,
    room: best!.room,
  };
}

function legendOf(doc: ProcessMapDoc): MapDrawing['legend'] {
  const counts = new Map<string, number>();
  for (const m of doc.markers) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  return [...counts.keys()].map((kind) => ({
    kind: kind as MapDrawing['legend'][number]['kind'],
    count: counts.get(kind) ?? 0,
  }));
}

function render(
  pl: Plan,
  section: readonly MapWindow[],
  index: number,
  board: { id?: string; name: string },
  o: PictureOptions,
): string {
  const { doc, drawing, fr, p } = pl;
  const uid = `${(board.id ?? 'map').replace(SAFE_ID, '')}-${index}`;
  const parts = [...fr.parts];
  if (doc.lanes.length === 0 && doc.nodes.length === 0) {
    const f = fontScale(o);
    parts.push(
      textEl(o.width / 2, (fr.areaTop + fr.areaBottom) / 2, o.t('pictures.empty'), {
        size: f.base,
        fill: p.muted,
        anchor: 'middle',
      }),
    );
  } else {
    let top = fr.areaTop;
    const first = pl.sections.slice(0, index).reduce((a, sec) => a + sec.length, 0);
    section.forEach((w, k) => {
      const cut: WindowCut = pl.cont
        ? {
            stubs: pl.cont.stubs[first + k] ?? [],
            numbers: pl.cont.numbers,
            left: w.gutters?.left ?? 0,
            right: w.gutters?.right ?? 0,
          }
        : NO_CUT;
      parts.push(drawWindow(doc, drawing, w, pl.scale, { ...fr, areaTop: top }, o, p, `${uid}-${k}`, cut));
      top += (w.y1 - w.y0 + STACK_GAP) * pl.scale;
    });
  }
  parts.push(...fr.legend);
  return svgDocument(
    { width: o.width, height: o.height, background: p.background, title: board.name, description: pl.description },
    parts.join(''),
  );
}

/**
 * The whole map in one picture whatever its size: swimlanes top-down with their names, steps in flow columns
 * (parallel steps share a column), connectors routed by ELK around the steps, branch labels, problem badges numbered
 * as in the legend. Nothing is left out; when the map cannot be shown whole at minFontPx its text is smaller. For
 * overviews that say where the readable map is (the storyboard's thumbnail); everything else uses the picture.
 */
export function drawProcessMapWhole(raw: unknown, board: { id?: string; name: string }, o: PictureOptions): string {
  const pl = plan(raw, board, o, true);
  return render(pl, pl.sections[0]!, 0, board, o);
}

/** The map's first section: the whole map when it fits at minFontPx, else the start of the flow (as other kinds). */
function drawProcessMap(raw: unknown, board: { id?: string; name: string }, o: PictureOptions): string {
  const pl = plan(raw, board, o, false);
  return render(pl, pl.sections[0]!, 0, board, o);
}

/** The map in sections at minFontPx or more: stretches of the flow across all lanes, in flow order. */
function processMapSections(raw: unknown, board: { id?: string; name: string }, o: PictureOptions): string[] {
  const pl = plan(raw, board, o, false);
  return pl.sections.map((s, i) => render(pl, s, i, board, o));
}

export const processMapPicture: BoardPicture<unknown> = {
  kind: 'process-map',
  draw: drawProcessMap,
  sections: processMapSections,
};

/**
 * The plan of a map's sections, for tests: the windows (stretches of the flow) in order with the steps each holds,
 * how they are stacked into sections, the scale used and the room a section had.
 */
export function processMapSectionPlan(
  raw: unknown,
  o: PictureOptions,
): {
  windows: MapWindow[];
  sections: MapWindow[][];
  scale: number;
  drawing: MapDrawing;
  room: { width: number; height: number };
  /** Continuation stubs by window (null when the map is one window). */
  continuations: Continuations | null;
} {
  const pl = plan(raw, { name: '' }, o, false);
  return {
    windows: pl.sections.flat(),
    sections: pl.sections,
    scale: pl.scale,
    drawing: pl.drawing,
    room: pl.room,
    continuations: pl.cont,
  };
}

/** One printed row of the map: a stretch of the flow across all lanes (or the legend), `height` px at `width`. */
export interface MapRow {
  svg: string;
  /** Size of the row's SVG in px: as wide as its stretch of the map needs (at most the given width). */
  width: number;
  height: number;
  /** Steps drawn in the row (empty for the legend). */
  stepIds: string[];
}

/**
 * The whole map as rows for paper (the storyboard's map pages): every text `fontPx` high, each row a stretch of the
 * flow across all lanes no wider than `width` (cut between steps when taller than `maxRowHeight`), in flow order,
 * then the legend of problem kinds. Rows stack top-down; a page takes as many as fit.
 */
export function processMapRows(
  raw: unknown,
  board: { id?: string; name: string },
  o: {
    width: number;
    fontPx: number;
    maxRowHeight: number;
    theme: PictureOptions['theme'];
    t: PictureOptions['t'];
    lang?: PictureOptions['lang'];
    /** Step box width in layout units (one of STEP_WIDTHS); the middle one when absent. */
    stepWidth?: number;
  },
): MapRow[] {
  const doc = ProcessMapDoc.parse(raw);
  const p = picturePalette(o.theme);
  const scale = o.fontPx / MAP_FONT;
  const drawing = mapDrawing(doc, o.t, o.lang ?? 'fi', o.stepWidth ?? STEP_WIDTHS[1]);
  const gap = HEADER_GAP;
  const maxW = Math.max(STEP_WIDTHS[2] * 1.5, o.width / scale - drawing.headerWidth - 2 * gap);
  // Rows are cut as the projector's sections are: a connector between two rows continues with a numbered stub.
  const windows = planWindows(
    drawing,
    maxW,
    Math.max(MAP_FONT * 8, o.maxRowHeight / scale),
    gutterWidth(drawing.layout.boxes.length),
  );
  const cont = windows.length > 1 ? continuations(drawing, windows) : null;
  const uid = (board.id ?? 'map').replace(SAFE_ID, '');
  const rows: MapRow[] = windows.map((w, i) => {
    const cut: WindowCut = cont
      ? { stubs: cont.stubs[i] ?? [], numbers: cont.numbers, left: w.gutters?.left ?? 0, right: w.gutters?.right ?? 0 }
      : NO_CUT;
    const height = Math.ceil((w.y1 - w.y0) * scale) + 2;
    const width = Math.min(
      o.width,
      Math.ceil((drawing.headerWidth + gap + cut.left + (w.x1 - w.x0) + cut.right) * scale) + 2,
    );
    const po: PictureOptions = { width, height, theme: o.theme, minFontPx: o.fontPx, t: o.t };
    const fr: Frame = { parts: [], legend: [], areaTop: 1, areaBottom: height, areaLeft: 0, areaRight: width };
    const svg = svgDocument(
      { width, height, background: p.background, title: board.name },
      drawWindow(doc, drawing, w, scale, fr, po, p, `${uid}-row${i}`, cut),
    );
    return { svg, width, height, stepIds: w.stepIds };
  });
  if (drawing.legend.length > 0) {
    // The legend as the pictures draw it, in a strip of its own height.
    const probe: PictureOptions = {
      width: o.width,
      height: 10_000,
      theme: o.theme,
      minFontPx: o.fontPx,
      t: o.t,
      hideTitle: true,
    };
    const counts = processMapCounts(doc);
    const f = frame(counts, drawing.legend, board, probe, p);
    const legendH = probe.height - fontScale(probe).base * 0.8 - f.areaBottom;
    const height = Math.ceil(legendH + fontScale(probe).base * 0.8 * 2);
    const fr = frame(counts, drawing.legend, board, { ...probe, height }, p);
    rows.push({
      svg: svgDocument({ width: o.width, height, background: p.background, title: board.name }, fr.legend.join('')),
      width: o.width,
      height,
      stepIds: [],
    });
  }
  return rows;
}
