import type { FishboneDoc } from './model';
import { orderedCauses } from './tree';

/**
 * Sizes of the fishbone drawing in board units (1 unit = 1 px at 100 % zoom). Note text is 20 px, category labels
 * 22 px and the effect 24 px, so the smallest board text stays above 18 px on a projector at 100 %.
 */
const FISHBONE_GEOMETRY_BASE = {
  noteWidth: 220,
  notePad: 12,
  font: 20,
  lineHeight: 25,
  maxLines: 6,
  /** Strip at a note's foot for the root-cause / 5-whys badge: one 18 px line (two when the text is long). */
  badgeHeight: 30,
  badgeFont: 18,
  badgeLineHeight: 22,
  indent: 34,
  rowGap: 14,
  /** Horizontal distance from the bone line to a cause note. */
  tick: 26,
  colGap: 36,
  boneInset: 22,
  labelHeight: 56,
  labelFont: 22,
  /** Lines a category name may wrap to (the board: one; pictures: as many as it needs) and their height. */
  labelMaxLines: 1,
  labelLineHeight: 27,
  labelGap: 18,
  spineGap: 24,
  minStack: 150,
  slantRatio: 0.22,
  slantMax: 64,
  headWidth: 290,
  headPad: 18,
  headFont: 24,
  headLineHeight: 30,
  headMaxLines: 8,
  headMinHeight: 130,
  headGap: 48,
  tail: 40,
  /** How far the bottom row of bones starts right of the top row, for the staggered fishbone look. */
  stagger: 40,
} as const;

/** The drawing's sizes; the board uses FISHBONE_GEOMETRY, board pictures their own (larger text). */
export type FishboneGeometry = { readonly [K in keyof typeof FISHBONE_GEOMETRY_BASE]: number };

export const FISHBONE_GEOMETRY: FishboneGeometry = FISHBONE_GEOMETRY_BASE;

/** Text width in px for a font size; the renderer passes a canvas measurement, tests use the estimate. */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

/** A width estimate for Inter-like sans fonts, a little generous so real text never overflows its box. */
export const estimateWidth: Measure = (text, fontSize, bold) => {
  let units = 0;
  for (const ch of text) {
    if ("iljtfrI.,:;'!|()[] ".includes(ch)) units += 0.33;
    else if ('mwMWÖÄ@%'.includes(ch)) units += 0.9;
    else if (ch >= 'A' && ch <= 'Z') units += 0.7;
    else if (ch >= '0' && ch <= '9') units += 0.6;
    else units += 0.58;
  }
  return units * fontSize * (bold ? 1.06 : 1);
};

/**
 * Greedy word wrap into at most `maxLines` lines; a word wider than a line is split by characters, and text that
 * does not fit ends in "…". Empty text gives one empty line.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  measure: Measure = estimateWidth,
  bold = false,
): { lines: string[]; truncated: boolean } {
  const lines: string[] = [];
  let truncated = false;
  const fits = (s: string) => measure(s, fontSize, bold) <= maxWidth;
  const paras = text.split('\n');
  outer: for (let pi = 0; pi < paras.length; pi++) {
    const para = paras[pi]!;
    let line = '';
    for (const rawWord of para.split(/[ \t]+/).filter((w) => w.length > 0)) {
      let word = rawWord;
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) {
        lines.push(line);
        if (lines.length >= maxLines) {
          truncated = true;
          break outer;
        }
      }
      while (!fits(word)) {
        let cut = word.length - 1;
        while (cut > 1 && !fits(word.slice(0, cut))) cut = Math.max(1, Math.floor(cut * 0.8));
        while (cut + 1 < word.length && fits(word.slice(0, cut + 1))) cut += 1;
        lines.push(word.slice(0, cut));
        if (lines.length >= maxLines) {
          truncated = true;
          break outer;
        }
        word = word.slice(cut);
      }
      line = word;
    }
    lines.push(line);
    if (lines.length >= maxLines) {
      if (paras.slice(pi + 1).some((p) => p.trim().length > 0)) truncated = true;
      break;
    }
  }
  if (lines.length > maxLines) {
    lines.length = maxLines;
    truncated = true;
  }
  if (truncated && lines.length > 0) {
    let last = lines[lines.length - 1]!;
    while (last.length > 0 && !fits(`${last}…`)) last = last.slice(0, -1);
    lines[lines.length - 1] = `${last.trimEnd()}…`;
  }
  return { lines: lines.length > 0 ? lines : [''], truncated };
}

const wrapCache = new WeakMap<Measure, Map<string, string[]>>();

/** `wrapText` lines, memoised per measure function: a relayout after one edit re-wraps only the edited text. */
export function wrapCached(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  measure: Measure,
  bold = false,
): string[] {
  let cache = wrapCache.get(measure);
  if (!cache) {
    cache = new Map();
    wrapCache.set(measure, cache);
  }
  const key = `${maxWidth}|${fontSize}|${maxLines}|${bold ? 1 : 0}|${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const lines = wrapText(text, maxWidth, fontSize, maxLines, measure, bold).lines;
  if (cache.size > 50_000) cache.clear();
  cache.set(key, lines);
  return lines;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface NoteBox extends Box {
  id: string;
  boneId: string;
  parentId: string | null;
  level: number;
  lines: string[];
  badge: boolean;
  /** The badge's wrapped text (empty without a badge) and its strip height. */
  badgeLines: string[];
  badgeH: number;
}

export interface BoneBox {
  id: string;
  side: 'top' | 'bottom';
  /** The column the bone's label and notes live in. */
  column: Box;
  label: Box;
  labelLines: string[];
  /** Outer end (at the label) and spine end of the bone line. */
  from: { x: number; y: number };
  to: { x: number; y: number };
}

export interface Connector {
  id: string;
  points: number[];
}

export interface FishboneLayout {
  notes: NoteBox[];
  bones: BoneBox[];
  connectors: Connector[];
  spine: { x0: number; x1: number; y: number };
  head: Box & { lines: string[] };
  bounds: Box;
}

export interface LayoutOptions {
  measure?: Measure;
  /** Names shown on the bones (preset names are translated by the caller). */
  boneName?: (boneId: string) => string;
  /** Text for an empty cause or effect (the layout sizes it like any text). */
  emptyText?: string;
  emptyEffect?: string;
  /** The badge text of a root cause / linked cause (translated by the caller); wrapped to at most two lines. */
  badgeText?: (causeId: string) => string;
  /** Sizes other than the board's (board pictures use larger text relative to the boxes); default FISHBONE_GEOMETRY. */
  geometry?: FishboneGeometry;
  /**
   * Wraps a text whole (no line limit, hyphenated) instead of the board's clamped wrap: pictures pass the shared
   * picture wrap so nothing is cut.
   */
  wrap?: (text: string, maxWidth: number, fontSize: number, bold: boolean) => string[];
  /** Every category above the spine (a picture section short of height); default: alternating above and below. */
  oneSide?: boolean;
}

/**
 * Lays the fishbone out: the effect at the head on the right, categories alternating above and below the spine,
 * each category a column whose causes stack along its slanted bone, sub-causes indented under their parent. Notes
 * never overlap (columns are side by side, rows inside a column stacked), bones on one side grow together to fit
 * the tallest stack, and texts wrap. Pure and linear in the number of causes.
 */
export function layoutFishbone(
  doc: Pick<FishboneDoc, 'bones' | 'causes' | 'effect'>,
  opts: LayoutOptions = {},
): FishboneLayout {
  const G = opts.geometry ?? FISHBONE_GEOMETRY;
  const measure = opts.measure ?? estimateWidth;
  const inner = G.noteWidth - 2 * G.notePad;
  const wrap = (text: string, width: number, size: number, maxLines: number, bold = false) => {
    const lines = opts.wrap
      ? opts.wrap(text, width, size, bold)
      : wrapCached(text, width, size, maxLines, measure, bold);
    return lines.length > 0 ? lines : [''];
  };

  // 1. Notes sized, grouped by bone in reading order.
  const perBone = new Map<
    string,
    {
      id: string;
      parentId: string | null;
      level: number;
      lines: string[];
      badge: boolean;
      badgeLines: string[];
      badgeH: number;
      h: number;
      top: string;
    }[]
  >();
  for (const b of doc.bones) perBone.set(b.id, []);
  const topOf = new Map<string, string>();
  for (const { cause: c, level } of orderedCauses(doc)) {
    const lines = wrap(c.text || opts.emptyText || '', inner, G.font, G.maxLines);
    const badge = c.rootCause || c.whys !== null;
    const badgeLines = badge ? wrap(opts.badgeText?.(c.id) ?? '', inner, G.badgeFont, 2, true) : [];
    const badgeH = badge ? Math.max(G.badgeHeight, 8 + badgeLines.length * G.badgeLineHeight) : 0;
    const h = 2 * G.notePad + lines.length * G.lineHeight + badgeH;
    const top = c.parentId === null ? c.id : (topOf.get(c.parentId) ?? c.id);
    topOf.set(c.id, top);
    perBone.get(c.boneId)?.push({ id: c.id, parentId: c.parentId, level, lines, badge, badgeLines, badgeH, h, top });
  }

  const stackHeight = (id: string) => {
    const list = perBone.get(id) ?? [];
    return list.reduce((s, n) => s + n.h, 0) + Math.max(0, list.length - 1) * G.rowGap;
  };
  const maxLevel = (id: string) => (perBone.get(id) ?? []).reduce((m, n) => Math.max(m, n.level), 1);

  const topBones = doc.bones.filter((_, i) => opts.oneSide || i % 2 === 0);
  const bottomBones = doc.bones.filter((_, i) => !opts.oneSide && i % 2 === 1);
  // Category names wrapped once, each side's label band as tall as its longest name needs.
  const labelOf = new Map(
    doc.bones.map((b) => [
      b.id,
      wrap(
        opts.boneName?.(b.id) ?? b.name,
        G.noteWidth + (maxLevel(b.id) - 1) * G.indent,
        G.labelFont,
        G.labelMaxLines,
        true,
      ),
    ]),
  );
  const labelBand = (row: typeof doc.bones) =>
    Math.max(G.labelHeight, ...row.map((b) => (labelOf.get(b.id)?.length ?? 1) * G.labelLineHeight + 20));
  const labelTop = labelBand(topBones);
  const labelBottom = labelBand(bottomBones);
  const stackTop = Math.max(G.minStack, ...topBones.map((b) => stackHeight(b.id)));
  const stackBottom = Math.max(G.minStack, ...bottomBones.map((b) => stackHeight(b.id)));
  const lenTop = G.labelGap + stackTop + G.spineGap;
  const lenBottom = G.spineGap + stackBottom + G.labelGap;
  const slantTop = Math.min(G.slantMax, Math.round(G.slantRatio * lenTop));
  const slantBottom = Math.min(G.slantMax, Math.round(G.slantRatio * lenBottom));
  const spineY = labelTop + lenTop;

  const notes: NoteBox[] = [];
  const bones: BoneBox[] = [];
  const connectors: Connector[] = [];
  const boxOf = new Map<string, NoteBox>();

  function placeRow(row: typeof doc.bones, side: 'top' | 'bottom', startX: number): number {
    let x = startX;
    const slant = side === 'top' ? slantTop : slantBottom;
    for (const b of row) {
      const list = perBone.get(b.id) ?? [];
      const colW = G.boneInset + slant + G.tick + (maxLevel(b.id) - 1) * G.indent + G.noteWidth;
      const lineX0 = x + G.boneInset;
      const labelH = side === 'top' ? labelTop : labelBottom;
      const labelY = side === 'top' ? 0 : spineY + lenBottom;
      const outerY = side === 'top' ? labelTop : labelY;
      // x of the bone line at height y: the outer end is at lineX0, the spine end `slant` further right.
      const lineX = (y: number) =>
        lineX0 +
        (slant * (side === 'top' ? y - outerY : outerY - y)) / (side === 'top' ? spineY - outerY : outerY - spineY);
      const labelLines = opts.wrap
        ? (labelOf.get(b.id) ?? [''])
        : wrapCached(opts.boneName?.(b.id) ?? b.name, colW - 2 * G.notePad, G.labelFont, 1, measure, true);
      bones.push({
        id: b.id,
        side,
        column: { x, y: side === 'top' ? 0 : spineY, w: colW, h: side === 'top' ? spineY : lenBottom + labelH },
        label: { x, y: labelY, w: colW, h: labelH },
        labelLines,
        from: { x: lineX0, y: outerY },
        to: { x: lineX0 + slant, y: spineY },
      });

      // Stack the notes; each top-level cause's subtree shares one base x, taken where the bone is furthest right
      // over the subtree's height, so the whole subtree clears the bone and its connectors never cross a note.
      let y = side === 'top' ? labelTop + G.labelGap : spineY + G.spineGap;
      const ys = list.map((n) => {
        const at = y;
        y += n.h + G.rowGap;
        return at;
      });
      const span = new Map<string, { y0: number; y1: number }>();
      list.forEach((n, i) => {
        const s = span.get(n.top);
        const y0 = ys[i]!;
        const y1 = y0 + n.h;
        if (s) s.y1 = Math.max(s.y1, y1);
        else span.set(n.top, { y0, y1 });
      });
      list.forEach((n, i) => {
        const s = span.get(n.top)!;
        const base = Math.ceil(Math.max(lineX(s.y0), lineX(s.y1)));
        const box: NoteBox = {
          id: n.id,
          boneId: b.id,
          parentId: n.parentId,
          level: n.level,
          lines: n.lines,
          badge: n.badge,
          badgeLines: n.badgeLines,
          badgeH: n.badgeH,
          x: base + G.tick + (n.level - 1) * G.indent,
          y: ys[i]!,
          w: G.noteWidth,
          h: n.h,
        };
        notes.push(box);
        boxOf.set(n.id, box);
        const midY = box.y + box.h / 2;
        const parent = n.parentId ? boxOf.get(n.parentId) : undefined;
        if (!parent) connectors.push({ id: n.id, points: [lineX(midY), midY, box.x, midY] });
        else {
          const vx = parent.x + G.indent / 2;
          connectors.push({ id: n.id, points: [vx, parent.y + parent.h, vx, midY, box.x, midY] });
        }
      });
      x += colW + G.colGap;
    }
    return x - G.colGap;
  }

  const topRight = placeRow(topBones, 'top', G.tail);
  const bottomRight = bottomBones.length > 0 ? placeRow(bottomBones, 'bottom', G.tail + G.stagger) : G.tail;
  const spineEnd = Math.max(topRight, bottomRight, G.tail + G.noteWidth) + G.headGap;

  const headLines = wrap(
    doc.effect.text || opts.emptyEffect || '',
    G.headWidth - 2 * G.headPad,
    G.headFont,
    G.headMaxLines,
    true,
  );
  const headH = Math.max(G.headMinHeight, 2 * G.headPad + headLines.length * G.headLineHeight);
  const head = { x: spineEnd, y: spineY - headH / 2, w: G.headWidth, h: headH, lines: headLines };

  const bottomEdge = bottomBones.length > 0 ? spineY + lenBottom + labelBottom : spineY + G.spineGap;
  const minY = Math.min(0, head.y);
  const maxY = Math.max(bottomEdge, head.y + head.h);
  return {
    notes,
    bones,
    connectors,
    spine: { x0: 0, x1: spineEnd, y: spineY },
    head,
    bounds: { x: 0, y: minY, w: head.x + head.w, h: maxY - minY },
  };
}

/** True when two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The note under a point (topmost in drawing order), if any. */
export function noteAt(layout: FishboneLayout, x: number, y: number, skip?: ReadonlySet<string>): NoteBox | undefined {
  for (let i = layout.notes.length - 1; i >= 0; i--) {
    const n = layout.notes[i]!;
    if (skip?.has(n.id)) continue;
    if (x >= n.x && x <= n.x + n.w && y >= n.y && y <= n.y + n.h) return n;
  }
  return undefined;
}

/** The bone whose column is nearest to a point on that point's side of the spine. */
export function boneAt(layout: FishboneLayout, x: number, y: number): BoneBox | undefined {
  const side = y < layout.spine.y ? 'top' : 'bottom';
  let best: BoneBox | undefined;
  let bestD = Infinity;
  for (const b of layout.bones) {
    if (b.side !== side && layout.bones.some((o) => o.side === side)) continue;
    const d = x < b.column.x ? b.column.x - x : x > b.column.x + b.column.w ? x - (b.column.x + b.column.w) : 0;
    if (d < bestD) {
      bestD = d;
      best = b;
    }
  }
  return best;
}
