/**
 * How a process map is packed onto screens before any layout is run: for each candidate way of sizing the drawing
 * (how many lines a step may wrap to, how wide the lane-name column is), an estimate of how many sections the map
 * needs, from box sizes and flow columns alone (no ELK run). The picture lays out the best few candidates for real
 * and keeps the one with fewest sections (see plan in picture.ts, docs/architecture.md "Process map sections").
 */
import type { Translate } from '../picture';
import type { HyphenLang } from '../../picture/hyphenate';
import type { ProcessMapDoc } from './model';
import {
  MAP_FONT,
  MAP_SPACING,
  STEP_WIDTHS,
  drawingParts,
  laneHeaderWidths,
  laneNameHeight,
  laneNameLines,
  type DrawingFit,
  type DrawingParts,
} from './drawing';
import { flowColumns } from './layout';

/** Most lines a step box may wrap to, tried in this order (fewer lines read more easily: ties go to the first). */
const LINE_BUDGETS = [3, 4, 5, 6, 2, 8] as const;
/** Narrowest fitted step box. */
export const MIN_STEP_WIDTH = MAP_FONT * 8;
/** Gap between the lane-name column and the map, in layout units. */
export const HEADER_GAP = MAP_FONT * 0.5;

export interface PackCandidate {
  fit: Required<DrawingFit>;
  /** The drawing's boxes and texts at this fit (lane names wrapped at its column width), ready for the layout. */
  parts: DrawingParts;
  /** Estimated sections, and the estimated map height (layout units) for ties. */
  sections: number;
  height: number;
}

/** Space for the map in layout units: the lane-name column and the map's windows share `width`. */
export interface PackArea {
  width: number;
  height: number;
  /** Space between two stretches stacked in one section. */
  stackGap: number;
}

/**
 * Candidates sorted best first (fewest estimated sections, then fewest lines per step, then the narrower lane-name
 * column). Cheap: every step is wrapped at a few widths once (boxes are cached) and no layout runs.
 */
export function packCandidates(doc: ProcessMapDoc, t: Translate, lang: HyphenLang, area: PackArea): PackCandidate[] {
  const columnOf = flowColumns(doc);
  const laneIndex = new Map(doc.lanes.map((l, i) => [l.id, i]));
  const headerWidths = laneHeaderWidths(doc.lanes, t);
  const nameLines = headerWidths.map((hw) => doc.lanes.map((l) => laneNameLines(l, t, lang, hw)));
  const out: PackCandidate[] = [];
  for (const maxLines of LINE_BUDGETS) {
    const parts = drawingParts(doc, t, lang, STEP_WIDTHS[2], { maxLines, minWidth: MIN_STEP_WIDTH }, columnOf);
    // Lane contents: per lane, the tallest stack of steps sharing one column.
    const cells = new Map<string, number>();
    const colWidth: number[] = [];
    const colLabel: number[] = [];
    for (const n of doc.nodes) {
      const li = laneIndex.get(n.laneId);
      const c = columnOf.get(n.id);
      const size = parts.sizes.get(n.id);
      if (li === undefined || c === undefined || !size) continue;
      const key = `${li}:${c}`;
      cells.set(key, (cells.get(key) ?? -MAP_SPACING.gapY) + size.height + MAP_SPACING.gapY);
      colWidth[c] = Math.max(colWidth[c] ?? 0, size.width);
    }
    for (const e of doc.edges) {
      const c = columnOf.get(e.source);
      const label = parts.labelSize.get(e.id);
      // A branch label sits beside its decision, inside the decision's column.
      if (c !== undefined && label) colLabel[c] = Math.max(colLabel[c] ?? 0, label.width);
    }
    const content = doc.lanes.map(() => 0);
    for (const [key, h] of cells) {
      const li = Number(key.split(':')[0]);
      content[li] = Math.max(content[li] ?? 0, h + 2 * MAP_SPACING.lanePad);
    }
    headerWidths.forEach((headerWidth, hi) => {
      let height = 0;
      doc.lanes.forEach(
        (_, li) =>
          (height += Math.max(
            content[li] || MAP_SPACING.emptyLaneHeight,
            laneNameHeight(nameLines[hi]![li]?.length ?? 1),
          )),
      );
      const maxW = area.width - headerWidth - 2 * HEADER_GAP;
      let stretches = 0;
      let used = Infinity;
      for (let c = 0; c < colWidth.length; c++) {
        const cw = (colWidth[c] ?? 0) + (colLabel[c] ?? 0) + MAP_SPACING.gapX;
        if (used + cw > maxW) {
          stretches++;
          used = 0;
        }
        used += cw;
      }
      stretches = Math.max(1, stretches);
      const sections =
        height <= area.height
          ? Math.ceil(stretches / Math.max(1, Math.floor((area.height + area.stackGap) / (height + area.stackGap))))
          : stretches * Math.ceil(height / area.height);
      out.push({
        fit: { maxLines, minWidth: MIN_STEP_WIDTH, headerWidth },
        parts: { ...parts, laneLines: nameLines[hi]!, headerWidth },
        sections,
        height,
      });
    });
  }
  const rank = (c: PackCandidate) => LINE_BUDGETS.indexOf(c.fit.maxLines as (typeof LINE_BUDGETS)[number]);
  return out.sort((a, b) => a.sections - b.sections || rank(a) - rank(b) || a.fit.headerWidth - b.fit.headerWidth);
}
