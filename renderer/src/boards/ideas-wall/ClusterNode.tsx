import type Konva from 'konva';
import { Group, Rect, Text } from 'react-konva';
import type { IdeaCluster } from '../../../../shared/boards/ideas-wall/model';
import { NOTE_FONT, type WallTheme } from './colors';

interface Props {
  cluster: IdeaCluster;
  label: string;
  selected: boolean;
  theme: WallTheme;
  draggable: boolean;
  onSelect: () => void;
  onZoom: () => void;
  onDragMove: (dx: number, dy: number) => void;
  onDragEnd: (x: number, y: number) => void;
  onResizeEnd: (width: number, height: number) => void;
}

const HANDLE = 22;

/** A named frame; dragging it carries its notes (the parent shows them offset while dragging). */
export function ClusterNode({
  cluster,
  label,
  selected,
  theme,
  draggable,
  onSelect,
  onZoom,
  onDragMove,
  onDragEnd,
  onResizeEnd,
}: Props) {
  const { x, y, width, height } = cluster;
  return (
    <Group name="cluster" id={cluster.id} x={x} y={y}>
      <Group
        draggable={draggable}
        onMouseDown={onSelect}
        onTap={onSelect}
        onDblClick={onZoom}
        onDblTap={onZoom}
        onDragStart={onSelect}
        onDragMove={(e: Konva.KonvaEventObject<DragEvent>) => onDragMove(e.target.x(), e.target.y())}
        onDragEnd={(e: Konva.KonvaEventObject<DragEvent>) => {
          const dx = Math.round(e.target.x());
          const dy = Math.round(e.target.y());
          e.target.position({ x: 0, y: 0 });
          onDragEnd(x + dx, y + dy);
        }}
      >
        <Rect
          width={width}
          height={height}
          fill={theme.clusterFill}
          stroke={selected ? theme.selected : theme.clusterStroke}
          strokeWidth={selected ? 4 : 2}
          dash={selected ? undefined : [10, 6]}
          cornerRadius={14}
        />
        <Text
          x={18}
          y={14}
          width={width - 36}
          text={label}
          fontFamily={NOTE_FONT.family}
          fontSize={22}
          fontStyle="600"
          fill={theme.clusterText}
          wrap="none"
          ellipsis
        />
      </Group>
      {draggable && selected && (
        <Rect
          name="cluster-resize"
          x={width - HANDLE}
          y={height - HANDLE}
          width={HANDLE}
          height={HANDLE}
          fill={theme.selected}
          cornerRadius={4}
          draggable
          onDragEnd={(e: Konva.KonvaEventObject<DragEvent>) => {
            const w = Math.max(200, Math.round(e.target.x() + HANDLE));
            const h = Math.max(150, Math.round(e.target.y() + HANDLE));
            e.target.position({ x: width - HANDLE, y: height - HANDLE });
            onResizeEnd(w, h);
          }}
        />
      )}
    </Group>
  );
}
