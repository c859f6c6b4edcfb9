/**
 * The process map as drawn in a picture, in layout units where every text is `MAP_FONT` units high: wrapped step
 * texts, box sizes that hold them, wrapped lane names and connector labels, placed by the shared `layoutProcessMap`.
 * A picture scales this drawing; a scale of `minFontPx / MAP_FONT` or more keeps every text at least minFontPx.
 */
import { measureText, wrapText } from '../../picture/svg';
import type { HyphenLang } from '../../picture/hyphenate';
import type { Translate } from '../picture';
import { flowColumns, layoutProcessMap, layoutStretch, type MapLayout } from './layout';
import {
  ORPHAN_LANE_ID,
  PROBLEM_KINDS,
  type NodeKind,
  type ProblemKind,
  type ProcessEdge,
  type ProcessMapDoc,
} from './model';

/** Size of every text of the drawing, in layout units. */
export const MAP_FONT = 18;
export const LINE_HEIGHT = MAP_FONT * 1.22;
/** Space between a box's outline and its text. */
export const BOX_PAD = MAP_FONT * 0.5;
/** Space above and below a step's text (less than at the sides: a projector's height is the scarcer). */
export const BOX_PAD_Y = MAP_FONT * 0.35;
/**
 * Width of the lane-name column left of the map (a picture may choose a narrower one, see `MapDrawing.headerWidth`):
 * a long Finnish word of a lane name ("Päihdepoliklinikka", "Nuorisopsykiatria") fits it whole in bold.
 */
export const LANE_HEADER_WIDTH = MAP_FONT * 12;
/** Lane-name column widths a picture chooses from (narrow first): a narrow column leaves room for more steps. */
export const HEADER_WIDTHS = [
  MAP_FONT * 6,
  MAP_FONT * 7,
  MAP_FONT * 8,
  MAP_FONT * 9,
  MAP_FONT * 11,
  LANE_HEADER_WIDTH,
] as const;
/** Lines a step box may have at its normal width before it is made wider. */
const TALL_LINES = 8;
/** Widest a step box gets (a pasted page of text), as multiples of the normal width. */
const MAX_WIDTH_FACTOR = 3;
/** Problem badges: one round badge per problem kind on a step, numbered as in the legend. */
export const BADGE = { height: MAP_FONT * 1.45, gap: MAP_FONT * 0.25 } as const;

export interface StepText {
  lines: string[];
  /** Text block's left, top and width inside the box (relative to the box). */
  left: number;
  top: number;
  width: number;
}

export interface DrawnStep {
  id: string;
  kind: NodeKind;
  text: StepText;
  /** Problem kinds on the step, in legend order. */
  problems: ProblemKind[];
}

export interface DrawnEdge {
  id: string;
  lines: string[];
  problems: number;
}

export interface MapDrawing {
  layout: MapLayout;
  steps: Map<string, DrawnStep>;
  edges: Map<string, DrawnEdge>;
  /** Lane names wrapped into the header column, by lane index. */
  laneLines: string[][];
  /** Width of the lane-name column. */
  headerWidth: number;
  /** Problem kinds in use, in legend order (badge number = index + 1). */
  legend: { kind: ProblemKind; count: number }[];
}

/** Horizontal inset of the text inside a kind's outline (the slanted sides of a decision and a hand-over). */
export function textInset(kind: NodeKind, w: number, h: number): { left: number; right: number } {
  const inset = Math.min(h / 2, w * 0.12);
  if (kind === 'decision') return { left: inset * 0.6 + BOX_PAD * 0.5, right: inset * 0.6 + BOX_PAD * 0.5 };
  if (kind === 'handoff') return { left: inset * 0.7 + BOX_PAD * 0.4, right: inset + BOX_PAD * 0.2 };
  if (kind === 'start' || kind === 'end')
    return { left: Math.min(h / 4, w * 0.1) + BOX_PAD, right: Math.min(h / 4, w * 0.1) + BOX_PAD };
  return { left: BOX_PAD, right: BOX_PAD };
}

export function laneName(lane: ProcessMapDoc['lanes'][number], t: Translate): string {
  if (lane.name.trim()) return lane.name;
  if (lane.id === ORPHAN_LANE_ID) return t('pictures.processMap.unassignedLane');
  return t(`processMap.laneType.${lane.type}`);
}

export function edgeText(e: ProcessEdge, t: Translate): string {
  return e.label.trim() || (e.branch ? t(`processMap.branch.${e.branch}`) : '');
}

export interface StepBox {
  width: number;
  height: number;
  text: StepText;
}

/**
 * Wrapped step boxes by text, then (kind, width, problems, language): wrapping with hyphenation is most of a
 * picture's cost, and a picture tries several widths and redraws as the coach edits one step at a time. Keyed by the
 * text first so a lookup hashes the step's own string (V8 keeps a string's hash) instead of building a long key.
 * Boxes are never mutated, so sharing them is safe; the oldest texts go first when the cache is full.
 */
const boxCache = new Map<string, Map<string, StepBox>>();
const BOX_CACHE_TEXTS = 4_000;

/**
 * The step box for a text: `baseWidth` wide (wider for a very long text, up to three times), as tall as its wrapped
 * lines need. Decisions and hand-overs are given the height their slanted sides need too.
 */
export function stepBox(
  kind: NodeKind,
  text: string,
  baseWidth: number,
  hasProblems: boolean,
  lang: HyphenLang,
): StepBox {
  let byText = boxCache.get(text);
  if (!byText) {
    if (boxCache.size >= BOX_CACHE_TEXTS) boxCache.delete(boxCache.keys().next().value!);
    byText = new Map();
    boxCache.set(text, byText);
  }
  const key = `${kind}${baseWidth}${hasProblems ? '!' : ''}${lang}`;
  let box = byText.get(key);
  if (!box) {
    box = measureStepBox(kind, text, baseWidth, hasProblems, lang);
    byText.set(key, box);
  }
  return box;
}

function measureStepBox(
  kind: NodeKind,
  text: string,
  baseWidth: number,
  hasProblems: boolean,
  lang: HyphenLang,
): StepBox {
  const style = { size: MAP_FONT };
  const top = BOX_PAD_Y + (hasProblems ? BADGE.height / 2 : 0);
  // The rounds below often wrap at the same width (a plain step's inset does not depend on its height).
  const wrapped = new Map<number, string[]>();
  const wrap = (width: number): string[] => {
    let lines = wrapped.get(width);
    if (!lines) wrapped.set(width, (lines = wrapText(text, width, style, Infinity, lang).lines));
    return lines;
  };
  const attempt = (w: number) => {
    // The inset depends on the height, which depends on the lines: two rounds settle it.
    let h = 2 * LINE_HEIGHT + 2 * BOX_PAD_Y;
    for (let i = 0; i < 2; i++) {
      const round = textInset(kind, w, h);
      const lines = wrap(w - round.left - round.right);
      h = Math.max(h, lines.length * LINE_HEIGHT + top + BOX_PAD_Y);
    }
    const inset = textInset(kind, w, h);
    const fit = wrap(w - inset.left - inset.right);
    return {
      width: w,
      height: Math.max(h, fit.length * LINE_HEIGHT + top + BOX_PAD_Y),
      text: { lines: fit, left: inset.left, top, width: w - inset.left - inset.right },
    };
  };
  let box = attempt(baseWidth);
  if (box.text.lines.length > TALL_LINES) {
    const factor = Math.min(MAX_WIDTH_FACTOR, Math.sqrt(box.text.lines.length / TALL_LINES) * 1.2);
    box = attempt(Math.round(baseWidth * factor));
  }
  return box;
}

/** Gaps of the picture's layout. */
export const MAP_SPACING = {
  gapX: MAP_FONT * 1.4,
  gapY: MAP_FONT * 0.8,
  lanePad: MAP_FONT * 0.45,
  emptyLaneHeight: LINE_HEIGHT + 2 * BOX_PAD,
};

/** Step box widths a picture chooses from (narrow first): narrower boxes give more columns per screen. */
export const STEP_WIDTHS = [MAP_FONT * 13, MAP_FONT * 16, MAP_FONT * 20] as const;

/** How a picture sizes the drawing's boxes (see plan in picture.ts). */
export interface DrawingFit {
  /**
   * Most lines a step should wrap to: each step takes the narrowest width from `minWidth` up to the step width
   * that holds its text in this many lines (boxes grow in height rather than width); absent, every step is as wide
   * as the step width.
   */
  maxLines?: number;
  minWidth?: number;
  /** Width of the lane-name column; LANE_HEADER_WIDTH when absent. */
  headerWidth?: number;
}

/** Widths a fitted step box is tried at, in steps of one em. */
const FIT_STEP = MAP_FONT;

/** The box of a step: the narrowest fitted width (binary search, steps of one em) whose box `holds`, else the widest. */
function fittedBox(
  kind: NodeKind,
  text: string,
  stepWidth: number,
  hasProblems: boolean,
  lang: HyphenLang,
  minWidth: number,
  holds: (b: StepBox) => boolean,
): StepBox {
  const widest = stepBox(kind, text, stepWidth, hasProblems, lang);
  if (!holds(widest)) return widest;
  const count = Math.floor((stepWidth - Math.min(stepWidth, minWidth)) / FIT_STEP);
  const at = (k: number) => stepBox(kind, text, stepWidth - (count - k) * FIT_STEP, hasProblems, lang);
  let lo = 0;
  let hi = count;
  // Index k is the width stepWidth - (count - k) * FIT_STEP; `hi` always holds.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(at(mid))) hi = mid;
    else lo = mid + 1;
  }
  return at(hi);
}

/** Everything of a drawing but its layout: wrapped texts and box sizes (cheap once wrapped; see boxCache). */
export interface DrawingParts {
  steps: Map<string, DrawnStep>;
  sizes: Map<string, { width: number; height: number }>;
  edges: Map<string, DrawnEdge>;
  labelSize: Map<string, { width: number; height: number }>;
  laneLines: string[][];
  headerWidth: number;
  legend: MapDrawing['legend'];
}

export function drawingParts(
  doc: ProcessMapDoc,
  t: Translate,
  lang: HyphenLang,
  stepWidth: number = STEP_WIDTHS[0],
  fit?: DrawingFit,
  /** flowColumns(doc), when the caller has it. */
  columns?: ReadonlyMap<string, number>,
): DrawingParts {
  const counts = new Map<ProblemKind, number>();
  const nodeKinds = new Map<string, Set<ProblemKind>>();
  const edgeCounts = new Map<string, number>();
  for (const m of doc.markers) {
    counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
    if (m.target.type === 'node')
      (nodeKinds.get(m.target.id) ?? nodeKinds.set(m.target.id, new Set()).get(m.target.id)!).add(m.kind);
    else edgeCounts.set(m.target.id, (edgeCounts.get(m.target.id) ?? 0) + 1);
  }
  const legend = PROBLEM_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));

  const steps = new Map<string, DrawnStep>();
  const sizes = new Map<string, { width: number; height: number }>();
  const inputs = doc.nodes.map((n) => {
    const problems = legend.map((l) => l.kind).filter((k) => nodeKinds.get(n.id)?.has(k));
    return { n, problems, text: n.text.trim() || t(`processMap.nodeKind.${n.kind}`) };
  });
  const maxLines = fit?.maxLines;
  const minWidth = fit?.minWidth ?? stepWidth;
  // Fitted: each step first takes the narrowest width holding its text in maxLines lines; then, as its lane is as
  // tall as its tallest step anyway, the narrowest width whose box is no taller than that. "Its lane" is the lane
  // within the step's stretch of the layout (layoutStretch): a long text typed into one step then reshapes only
  // its own stretch, whose layout alone is run again.
  const laneTall = new Map<string, number>();
  const columnOf = maxLines ? (columns ?? flowColumns(doc)) : null;
  const cellOf = (n: ProcessMapDoc['nodes'][number]) => `${layoutStretch(columnOf?.get(n.id) ?? 0)}:${n.laneId}`;
  if (maxLines) {
    for (const { n, problems, text } of inputs) {
      const b = fittedBox(
        n.kind,
        text,
        stepWidth,
        problems.length > 0,
        lang,
        minWidth,
        (x) => x.text.lines.length <= maxLines,
      );
      laneTall.set(cellOf(n), Math.max(laneTall.get(cellOf(n)) ?? 0, b.height));
    }
  }
  for (const { n, problems, text } of inputs) {
    const tall = laneTall.get(cellOf(n));
    const box =
      maxLines && tall
        ? fittedBox(n.kind, text, stepWidth, problems.length > 0, lang, minWidth, (x) => x.height <= tall + 0.01)
        : stepBox(n.kind, text, stepWidth, problems.length > 0, lang);
    sizes.set(n.id, { width: box.width, height: box.height });
    steps.set(n.id, { id: n.id, kind: n.kind, text: box.text, problems });
  }

  const labelStyle = { size: MAP_FONT };
  const labelMax = MAP_FONT * 10;
  const edges = new Map<string, DrawnEdge>();
  const labelSize = new Map<string, { width: number; height: number }>();
  for (const e of doc.edges) {
    const text = edgeText(e, t);
    const lines = text ? wrapText(text, labelMax, labelStyle, Infinity, lang).lines : [];
    edges.set(e.id, { id: e.id, lines, problems: edgeCounts.get(e.id) ?? 0 });
    const badgeW = (edgeCounts.get(e.id) ?? 0) > 0 ? BADGE.height + BADGE.gap : 0;
    if (lines.length > 0 || badgeW > 0) {
      const w = Math.max(0, ...lines.map((l) => measureText(l, labelStyle))) + MAP_FONT * 0.6 + badgeW;
      labelSize.set(e.id, { width: w, height: Math.max(BADGE.height, lines.length * LINE_HEIGHT + MAP_FONT * 0.3) });
    }
  }
  const headerWidth = fit?.headerWidth ?? LANE_HEADER_WIDTH;
  const laneLines = doc.lanes.map((l) => laneNameLines(l, t, lang, headerWidth));
  return { steps, sizes, edges, labelSize, laneLines, headerWidth, legend };
}

/** A lane's name wrapped into a header column `headerWidth` wide. */
export function laneNameLines(
  lane: ProcessMapDoc['lanes'][number],
  t: Translate,
  lang: HyphenLang,
  headerWidth: number,
): string[] {
  return wrapText(laneName(lane, t), headerWidth - 2 * BOX_PAD, { size: MAP_FONT, bold: true }, Infinity, lang).lines;
}

/**
 * Lane-name column widths a picture may choose from: the narrowest of HEADER_WIDTHS' range in which every word of
 * every lane name fits whole (no hyphen in "Päihdepoliklinikka"), then the wider ones. Only a single word wider
 * than the widest column is still hyphenated.
 */
export function laneHeaderWidths(lanes: ProcessMapDoc['lanes'], t: Translate): number[] {
  const style = { size: MAP_FONT, bold: true };
  // A word wider than the widest column is hyphenated whatever the width: it does not widen the column.
  const widest = LANE_HEADER_WIDTH - 2 * BOX_PAD;
  let word = 0;
  for (const l of lanes)
    for (const w of laneName(l, t).split(/\s+/)) {
      const width = measureText(w, style);
      if (width <= widest) word = Math.max(word, width);
    }
  const least = Math.min(LANE_HEADER_WIDTH, Math.max(HEADER_WIDTHS[0], Math.ceil(word + 2 * BOX_PAD + 1)));
  return [least, ...HEADER_WIDTHS.filter((w) => w > least)];
}

/** Smallest height of a lane whose name has `lines` lines. */
export const laneNameHeight = (lines: number): number => lines * LINE_HEIGHT + 2 * BOX_PAD;

/**
 * The whole map drawn at MAP_FONT with steps `stepWidth` wide (or fitted, see DrawingFit). Collapsed lanes are
 * drawn open: the room sees every step. Pure; one ELK layout per call.
 */
export function mapDrawing(
  doc: ProcessMapDoc,
  t: Translate,
  lang: HyphenLang,
  stepWidth: number = STEP_WIDTHS[0],
  fit?: DrawingFit,
  /** The parts for these arguments when the caller has them already (packCandidates). */
  ready?: DrawingParts,
): MapDrawing {
  const parts = ready ?? drawingParts(doc, t, lang, stepWidth, fit);
  const layout = layoutProcessMap(doc, {
    sizeOf: (n) => parts.sizes.get(n.id) ?? { width: stepWidth, height: 2 * LINE_HEIGHT + 2 * BOX_PAD },
    labelOf: (e) => parts.labelSize.get(e.id) ?? null,
    laneMinHeight: parts.laneLines.map((lines) => laneNameHeight(lines.length)),
    spacing: MAP_SPACING,
  });
  return {
    layout,
    steps: parts.steps,
    edges: parts.edges,
    laneLines: parts.laneLines,
    headerWidth: parts.headerWidth,
    legend: parts.legend,
  };
}
