import { memo } from 'react';
import { useStore } from '@xyflow/react';
import { LANE } from '../../../../shared/boards/process-map/geometry';
import { wrapText } from '../../../../shared/picture/svg';

export interface RailLane {
  id: string;
  label: string;
  top: number;
  height: number;
}

/** Lanes shorter than this on screen get no name in the rail: it would not be readable. */
const MIN_ROW_PX = 22;

/** The rail's name area (its CSS width less padding) and type: 14 px bold. */
const RAIL_NAME_WIDTH = 152;
const RAIL_FONT = { size: 14, bold: true } as const;
const railLines = new Map<string, string[]>();

/**
 * A lane name wrapped for the rail as the pictures and the lane header wrap it (wrapText): at spaces, and inside a
 * word only by hyphenation when the word is wider than the rail.
 */
export function laneRailLines(label: string): string[] {
  let lines = railLines.get(label);
  if (!lines) {
    lines = wrapText(label, RAIL_NAME_WIDTH, RAIL_FONT).lines;
    if (railLines.size > 500) railLines.clear();
    railLines.set(label, lines);
  }
  return lines;
}

/**
 * The lane names pinned to the canvas's left edge once the lanes' own name column has been panned out of view. One
 * small absolutely placed layer outside the zoomed viewport: unlike `position: sticky` inside every lane, it adds no
 * compositing layers and does not repaint the map on every pan frame. Decorative (aria-hidden): the lanes' own
 * headers and the accessible step list already name every lane.
 */
export const LaneRail = memo(function LaneRail({ lanes, left }: { lanes: RailLane[]; left: number }) {
  const x = useStore((s) => s.transform[0]);
  const y = useStore((s) => s.transform[1]);
  const zoom = useStore((s) => s.transform[2]);
  // Shown only while the lanes' own name column is wholly off the left edge.
  if (lanes.length === 0 || x + (left + LANE.headerWidth) * zoom > 0) return null;
  return (
    <div className="pm-lane-rail" aria-hidden>
      {lanes.map((l) => {
        const height = l.height * zoom;
        if (height < MIN_ROW_PX) return null;
        return (
          <div key={l.id} className="pm-lane-rail-row" style={{ top: y + l.top * zoom, height }}>
            <span className="pm-lane-rail-name">
              {laneRailLines(l.label).map((line, i) => (
                <span key={i} className="pm-lane-rail-line">
                  {line}
                </span>
              ))}
            </span>
          </div>
        );
      })}
    </div>
  );
});
