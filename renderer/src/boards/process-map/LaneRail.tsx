import { memo } from 'react';
import { useStore } from '@xyflow/react';
import { LANE } from '../../../../shared/boards/process-map/geometry';

export interface RailLane {
  id: string;
  label: string;
  top: number;
  height: number;
}

/** Lanes shorter than this on screen get no name in the rail: it would not be readable. */
const MIN_ROW_PX = 22;

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
            <span className="pm-lane-rail-name">{l.label}</span>
          </div>
        );
      })}
    </div>
  );
});
