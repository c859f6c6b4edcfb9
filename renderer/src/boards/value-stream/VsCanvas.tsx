import { isToggleClick } from '../kit/useMultiSelection';
import { useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import type Konva from 'konva';
import { Group, Layer, Line, Rect, Text } from 'react-konva';
import { PanZoomStage } from '../kit/PanZoomStage';
import { indexAtX, VS_LAYOUT } from '../../../../shared/boards/value-stream/layout';
import { FONT, type Prim, type Scene, type VsTheme } from './scene';

export type { Viewport } from '../kit/zoom';
import type { Viewport } from '../kit/zoom';

interface Props {
  scene: Scene;
  theme: VsTheme;
  stepCount: number;
  /** Card x of each step, by id, to turn a drag into a new list index. */
  cardX: ReadonlyMap<string, number>;
  viewport: Viewport;
  setViewport: (v: Viewport) => void;
  size: { width: number; height: number };
  label: string;
  helpId: string;
  draggable: boolean;
  /** `toggle`: a Shift/Ctrl+click, which adds the step to the selection (or takes it out). */
  onSelect: (id: string | null, toggle?: boolean) => void;
  /** Shift+drag drew a band round these steps. */
  onBand: (ids: string[]) => void;
  onEdit: (id: string) => void;
  onMove: (id: string, index: number) => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  containerRef: RefObject<HTMLDivElement | null>;
  stageRef: RefObject<Konva.Stage | null>;
}

export function renderPrim(p: Prim, key: string | number) {
  switch (p.t) {
    case 'rect':
      return (
        <Rect
          key={key}
          name={p.name}
          x={p.x}
          y={p.y}
          width={p.w}
          height={p.h}
          fill={p.fill}
          stroke={p.stroke}
          strokeWidth={p.sw ?? 0}
          cornerRadius={p.r ?? 0}
          dash={p.dash}
          perfectDrawEnabled={false}
        />
      );
    case 'line':
      return (
        <Line
          key={key}
          name={p.name}
          points={p.points}
          stroke={p.stroke}
          strokeWidth={p.sw}
          dash={p.dash}
          lineCap="round"
          perfectDrawEnabled={false}
          listening={false}
        />
      );
    case 'poly':
      return (
        <Line
          key={key}
          name={p.name}
          points={p.points}
          closed
          fill={p.fill}
          stroke={p.stroke}
          strokeWidth={2}
          perfectDrawEnabled={false}
        />
      );
    case 'text':
      return (
        <Text
          key={key}
          name={p.name}
          x={p.x}
          y={p.y}
          width={p.w}
          height={p.h}
          text={p.text}
          fontSize={p.size}
          fontStyle={p.bold ? 'bold' : 'normal'}
          fontFamily={FONT}
          fill={p.color}
          align={p.align ?? 'left'}
          wrap="word"
          ellipsis={p.h !== undefined}
          lineHeight={1.15}
          perfectDrawEnabled={false}
          listening={false}
        />
      );
  }
}

/** The ladder board on a Konva stage: pan by dragging the background, wheel zoom, drag a card to reorder. */
export function VsCanvas(p: Props) {
  const { scene, viewport, setViewport } = p;
  const grouped = useMemo(() => {
    const loose: Prim[] = [];
    const groups = new Map<string, Prim[]>();
    for (const prim of scene.prims) {
      if (prim.group) (groups.get(prim.group) ?? groups.set(prim.group, []).get(prim.group)!).push(prim);
      else loose.push(prim);
    }
    return { loose, groups };
  }, [scene]);
  const dragging = useRef(false);
  // While a card is dragged it sits on its own layer, so each frame redraws the card rather than the whole ladder.
  const dragLayer = useRef<Konva.Layer>(null);
  const home = useRef<{ parent: Konva.Container; z: number } | null>(null);

  return (
    <div
      ref={p.containerRef}
      className="vs-canvas"
      tabIndex={0}
      role="application"
      aria-label={p.label}
      aria-describedby={p.helpId}
      onKeyDown={p.onKeyDown}
    >
      <PanZoomStage
        stageRef={p.stageRef}
        size={p.size}
        viewport={viewport}
        onViewportChange={setViewport}
        onPress={(background) => {
          p.containerRef.current?.focus({ preventScroll: true });
          if (background) p.onSelect(null);
        }}
        band={{ itemName: 'vs-step', idOf: (nodeId) => nodeId.slice('vs-step-'.length), onSelect: p.onBand }}
      >
        <Layer>
          <Rect
            x={-5000}
            y={-5000}
            width={scene.width + 10000}
            height={scene.height + 10000}
            fill={p.theme.bg}
            listening={false}
          />
          {grouped.loose.map((prim, i) => renderPrim(prim, i))}
          {[...grouped.groups.entries()].map(([id, prims]) => (
            <Group
              key={id}
              name="vs-step"
              id={`vs-step-${id}`}
              draggable={p.draggable}
              dragBoundFunc={function (this: Konva.Node, pos) {
                return { x: pos.x, y: this.getAbsolutePosition().y };
              }}
              onMouseDown={(e: Konva.KonvaEventObject<MouseEvent>) => p.onSelect(id, isToggleClick(e.evt))}
              onTap={() => p.onSelect(id)}
              onDblClick={() => p.onEdit(id)}
              onDragStart={(e: Konva.KonvaEventObject<DragEvent>) => {
                dragging.current = true;
                const node = e.target;
                const parent = node.getParent();
                if (parent && dragLayer.current && node.getType() === 'Group') {
                  home.current = { parent, z: node.zIndex() };
                  node.moveTo(dragLayer.current);
                }
                if (!isToggleClick(e.evt as unknown as MouseEvent)) p.onSelect(id);
              }}
              onDragEnd={(e: Konva.KonvaEventObject<DragEvent>) => {
                e.cancelBubble = true;
                dragging.current = false;
                const node = e.target;
                if (home.current) {
                  node.moveTo(home.current.parent);
                  node.zIndex(home.current.z);
                  home.current = null;
                }
                const dx = node.x();
                node.position({ x: 0, y: 0 });
                const from = p.cardX.get(id);
                if (from === undefined) return;
                const to = indexAtX(from + dx, p.stepCount);
                const current = Math.round(
                  (from - VS_LAYOUT.pad - VS_LAYOUT.waitW) / (VS_LAYOUT.waitW + VS_LAYOUT.cardW),
                );
                if (to !== current) p.onMove(id, to);
              }}
            >
              {prims.map((prim, i) => renderPrim(prim, i))}
            </Group>
          ))}
        </Layer>
        <Layer ref={dragLayer} />
      </PanZoomStage>
    </div>
  );
}
