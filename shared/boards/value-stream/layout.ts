import type { ValueStreamTotals } from '../../analysis/value-stream/totals';

/** Geometry of the ladder board, in board units (1 unit = 1 px at 100 % zoom). */
export const VS_LAYOUT = {
  pad: 32,
  /** Room for the wait (triangle and label) before each step card. */
  waitW: 124,
  cardW: 192,
  cardH: 140,
  cardTop: 56,
  /** The wait level of the ladder; process times sit `ladderGap` lower. */
  ladderTop: 252,
  ladderGap: 64,
  totalsGap: 48,
  totalsW: 380,
  /** Height of one block (title, cards, ladder and its labels). */
  blockH: 360,
  /** The comparison block: title, step names and its ladder. */
  compareH: 230,
} as const;

export interface StepBox {
  id: string;
  index: number;
  /** Left of the wait zone; the card starts at `cardX`. */
  x: number;
  cardX: number;
  onPath: boolean;
}

export interface LadderSegment {
  stepId: string;
  kind: 'wait' | 'process';
  x1: number;
  x2: number;
  /** Minutes, typical; null when missing (drawn dashed with a question mark). */
  minutes: number | null;
  onPath: boolean;
}

export interface LadderLayout {
  boxes: StepBox[];
  segments: LadderSegment[];
  /** Right end of the ladder; the totals box starts after it. */
  ladderEnd: number;
  totalsX: number;
  width: number;
}

/**
 * Places step cards in list order and the ladder under them: waits on the upper level, process times on the lower.
 * `compressed` gives every step the same width; `linear` draws the longest path to scale over the same width (cards
 * stay in their columns and are joined to their segments), and leaves steps off the path out of the ladder.
 */
export function ladderLayout(totals: ValueStreamTotals, scale: 'compressed' | 'linear'): LadderLayout {
  const L = VS_LAYOUT;
  const col = L.waitW + L.cardW;
  const boxes: StepBox[] = totals.steps.map((s, i) => ({
    id: s.id,
    index: i,
    x: L.pad + i * col,
    cardX: L.pad + i * col + L.waitW,
    onPath: s.onPath,
  }));
  const ladderWidth = Math.max(col, totals.steps.length * col);
  const segments: LadderSegment[] = [];
  if (scale === 'compressed') {
    for (const b of boxes) {
      const s = totals.steps[b.index]!;
      segments.push({
        stepId: s.id,
        kind: 'wait',
        x1: b.x,
        x2: b.cardX,
        minutes: s.wait ? s.wait.typical : null,
        onPath: s.onPath,
      });
      segments.push({
        stepId: s.id,
        kind: 'process',
        x1: b.cardX,
        x2: b.cardX + L.cardW,
        minutes: s.process ? s.process.typical : null,
        onPath: s.onPath,
      });
    }
  } else {
    const lead = totals.lead?.typical ?? 0;
    const byId = new Map(totals.steps.map((s) => [s.id, s]));
    let x = L.pad;
    const per = (m: number) => (lead > 0 ? (m / lead) * ladderWidth : 0);
    for (const id of totals.path) {
      const s = byId.get(id)!;
      const w = s.wait ? per(s.wait.typical) : 0;
      segments.push({
        stepId: id,
        kind: 'wait',
        x1: x,
        x2: x + w,
        minutes: s.wait ? s.wait.typical : null,
        onPath: true,
      });
      x += w;
      const p = s.process ? per(s.process.typical) : 0;
      segments.push({
        stepId: id,
        kind: 'process',
        x1: x,
        x2: x + p,
        minutes: s.process ? s.process.typical : null,
        onPath: true,
      });
      x += p;
    }
  }
  const ladderEnd = L.pad + ladderWidth;
  const totalsX = ladderEnd + L.totalsGap;
  return { boxes, segments, ladderEnd, totalsX, width: totalsX + L.totalsW + L.pad };
}

/** The list index a card dropped at board x lands on (drag to reorder). */
export function indexAtX(x: number, count: number): number {
  const col = VS_LAYOUT.waitW + VS_LAYOUT.cardW;
  const i = Math.round((x - VS_LAYOUT.pad - VS_LAYOUT.waitW) / col);
  return Math.max(0, Math.min(count - 1, i));
}

/** One step of the picture: the wait before it, then its card; a card taller than a section comes in parts. */
export interface StretchColumn {
  stepIndex: number;
  /** 0 for the step's card, 1, 2, … for its continued parts (drawn without the ladder). */
  part: number;
  waitW: number;
  cardW: number;
  cardH: number;
  /** The card's height at another width (the caller wraps its text again). */
  heightAt: (cardW: number) => number;
}

export interface PlacedColumn extends StretchColumn {
  /** Left of the wait zone; the card starts at `x + waitW`. */
  x: number;
}

/** A row of steps left to right: cards from `y`, all `cardH` tall, the ladder below them. */
export interface Stretch {
  y: number;
  cardH: number;
  columns: PlacedColumn[];
}

/**
 * The picture's value stream in sections: steps left to right in stretches as wide as the area (a step's wait zone
 * and card never split), stretches stacked top-down while they fit the area's height, then the next section. Every
 * card of a stretch is as tall as its tallest; `ladderH` is the room under the cards for the wait and process levels
 * and their labels; the room left in a stretch widens its cards. Pure: the caller measures the cards.
 */
export function layoutStretches(
  columns: readonly StretchColumn[],
  area: { x: number; y: number; w: number; h: number },
  ladderH: number,
  gap: number,
): Stretch[][] {
  // Stretches by width.
  const rows: PlacedColumn[][] = [];
  let row: PlacedColumn[] = [];
  let x = area.x;
  for (const c of columns) {
    const w = c.waitW + c.cardW;
    if (row.length > 0 && (x + w > area.x + area.w + 1e-6 || c.part > 0)) {
      rows.push(row);
      row = [];
      x = area.x;
    }
    row.push({ ...c, x });
    x += w;
  }
  if (row.length > 0) rows.push(row);
  // The room left in a stretch goes to its cards, so short texts wrap less.
  for (const r of rows) {
    const used = r.reduce((sum, c) => sum + c.waitW + c.cardW, 0);
    const extra = Math.floor((area.w - used) / r.length);
    if (extra < 1) continue;
    let x = area.x;
    r.forEach((c, i) => {
      const cardW = c.cardW + extra;
      r[i] = { ...c, x, cardW, cardH: c.heightAt(cardW) };
      x += c.waitW + cardW;
    });
  }
  // Stretches stacked into sections by height.
  const sections: Stretch[][] = [];
  let section: Stretch[] = [];
  let y = area.y;
  for (const r of rows) {
    const cardH = Math.max(...r.map((c) => c.cardH));
    const h = cardH + ladderH;
    if (section.length > 0 && y + h > area.y + area.h + 1e-6) {
      sections.push(section);
      section = [];
      y = area.y;
    }
    section.push({ y, cardH, columns: r });
    y += h + gap;
  }
  sections.push(section);
  return sections;
}
