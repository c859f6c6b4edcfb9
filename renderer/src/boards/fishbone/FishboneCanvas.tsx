import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type Konva from 'konva';
import { Group, Layer, Line, Rect, Text, Arrow } from 'react-konva';
import { FISHBONE_GEOMETRY as G, type FishboneLayout, type NoteBox } from '../../../../shared/boards/fishbone/layout';
import type { FishbonePalette } from '../../../../shared/boards/fishbone/svg';
import { BOARD_FONT } from './measure';
import type { Viewport } from '../kit/zoom';
import { PanZoomStage } from '../kit/PanZoomStage';
import { isToggleClick } from '../kit/useMultiSelection';

export type FishSelection = { kind: 'cause' | 'bone'; id: string } | { kind: 'head' } | null;

interface Props {
  layout: FishboneLayout;
  palette: FishbonePalette;
  selection: FishSelection;
  select: (s: FishSelection) => void;
  /** Causes selected together (two or more). */
  picked: ReadonlySet<string>;
  /** A press on a cause; `toggle` for Shift/Ctrl+click. */
  onCausePress: (id: string, toggle: boolean) => void;
  /** Shift+drag drew a band round these causes. */
  onBand: (ids: string[]) => void;
  rootIds: ReadonlySet<string>;
  emptyIds: ReadonlySet<string>;
  readOnly: boolean;
  viewport: Viewport;
  setViewport: (v: Viewport) => void;
  size: { width: number; height: number };
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  onEdit: (target: { kind: 'cause' | 'bone'; id: string } | { kind: 'head' }) => void;
  /** Where a dragged cause would land (a cause or a bone), for the drop highlight. */
  dropTargetAt: (id: string, x: number, y: number) => { kind: 'cause' | 'bone'; id: string } | null;
  onDrop: (id: string, x: number, y: number) => void;
  containerRef: React.RefObject<HTMLDivElement | null>;
  stageRef: React.RefObject<Konva.Stage | null>;
  label: string;
  helpId: string;
}

export function FishboneCanvas(p: Props) {
  const { layout, palette: c, selection, viewport } = p;
  const { t } = useTranslation();
  const lastDragCheck = useRef(0);
  const dragLayer = useRef<Konva.Layer>(null);
  const dragHome = useRef<Konva.Container | null>(null);
  const highlight = useRef<{ rect: Konva.Rect; stroke: string | CanvasGradient; width: number; dash: number[] } | null>(
    null,
  );

  /**
   * The drop highlight is set on the Konva node directly (no React render during a drag), and the dragged note
   * travels in its own layer, so a drag frame redraws one note instead of the whole diagram.
   */
  function setHighlight(target: { kind: 'cause' | 'bone'; id: string } | null) {
    const stage = p.stageRef.current;
    const rect = target ? stage?.findOne<Konva.Group>(`#${target.id}`)?.findOne<Konva.Rect>('Rect') : undefined;
    if (highlight.current?.rect === rect) return;
    const old = highlight.current;
    if (old) {
      old.rect.stroke(old.stroke);
      old.rect.strokeWidth(old.width);
      old.rect.dash(old.dash);
      old.rect.getLayer()?.batchDraw();
    }
    highlight.current = null;
    if (!rect) return;
    highlight.current = { rect, stroke: rect.stroke(), width: rect.strokeWidth(), dash: rect.dash() ?? [] };
    rect.stroke(c.drop);
    rect.strokeWidth(4);
    rect.dash([10, 6]);
    rect.getLayer()?.batchDraw();
  }

  const selId = selection && selection.kind !== 'head' ? selection.id : null;
  const headSelected = selection?.kind === 'head';
  // The selected note draws last so its outline is never covered.
  const notes = selId
    ? [...layout.notes.filter((n) => n.id !== selId), ...layout.notes.filter((n) => n.id === selId)]
    : layout.notes;
  const s = layout.spine;

  return (
    <div
      ref={p.containerRef}
      className="wall-canvas fishbone-canvas"
      tabIndex={0}
      role="application"
      aria-roledescription={t('boards.kind.fishbone')}
      aria-label={p.label}
      aria-describedby={p.helpId}
      onKeyDown={p.onKeyDown}
    >
      <PanZoomStage
        stageRef={p.stageRef}
        size={p.size}
        viewport={viewport}
        onViewportChange={p.setViewport}
        onPress={(background) => {
          p.containerRef.current?.focus({ preventScroll: true });
          if (background) p.select(null);
        }}
        band={{ itemName: 'cause', onSelect: p.onBand }}
      >
        <Layer listening={false} name="skeleton">
          <Line points={[s.x0, s.y, s.x1, s.y]} stroke={c.spine} strokeWidth={6} lineCap="round" />
          {layout.bones.map((b) => (
            <Line
              key={b.id}
              points={[b.from.x, b.from.y, b.to.x, b.to.y]}
              stroke={c.bone}
              strokeWidth={4}
              lineCap="round"
            />
          ))}
          {layout.connectors.map((k) => (
            <Line key={k.id} points={k.points} stroke={c.connector} strokeWidth={2} />
          ))}
          <Arrow
            points={[s.x1 - 60, s.y, s.x1 - 4, s.y]}
            stroke={c.spine}
            fill={c.spine}
            strokeWidth={6}
            pointerLength={18}
            pointerWidth={22}
          />
        </Layer>
        <Layer>
          {layout.bones.map((b) => {
            const selected = selection?.kind === 'bone' && selection.id === b.id;
            return (
              <Group
                key={b.id}
                name="bone"
                id={b.id}
                x={b.label.x}
                y={b.label.y + 6}
                onMouseDown={() => p.select({ kind: 'bone', id: b.id })}
                onTap={() => p.select({ kind: 'bone', id: b.id })}
                onDblClick={() => !p.readOnly && p.onEdit({ kind: 'bone', id: b.id })}
              >
                <Rect
                  width={b.label.w}
                  height={b.label.h - 12}
                  cornerRadius={8}
                  fill={c.label}
                  stroke={selected ? c.selected : undefined}
                  strokeWidth={selected ? 4 : 0}
                  shadowColor="#000"
                  shadowOpacity={selected ? 0.25 : 0}
                  shadowBlur={10}
                />
                {selected && (
                  <Rect
                    x={-5}
                    y={-5}
                    width={b.label.w + 10}
                    height={b.label.h - 2}
                    cornerRadius={11}
                    stroke={c.selected}
                    strokeWidth={3}
                    listening={false}
                  />
                )}
                <Text
                  x={G.notePad}
                  y={0}
                  height={b.label.h - 12}
                  width={b.label.w - 2 * G.notePad}
                  verticalAlign="middle"
                  text={b.labelLines[0] ?? ''}
                  fontFamily={BOARD_FONT}
                  fontSize={G.labelFont}
                  fontStyle="bold"
                  fill={c.labelText}
                  wrap="none"
                  listening={false}
                />
              </Group>
            );
          })}
          <Group
            name="head"
            x={layout.head.x}
            y={layout.head.y}
            onMouseDown={() => p.select({ kind: 'head' })}
            onTap={() => p.select({ kind: 'head' })}
            onDblClick={() => !p.readOnly && p.onEdit({ kind: 'head' })}
          >
            <Rect
              width={layout.head.w}
              height={layout.head.h}
              cornerRadius={14}
              fill={c.head}
              stroke={headSelected ? c.selected : c.headStroke}
              strokeWidth={headSelected ? 7 : 4}
              shadowColor="#000"
              shadowOpacity={0.12}
              shadowBlur={12}
              shadowOffsetY={3}
            />
            <Text
              x={G.headPad}
              y={0}
              width={layout.head.w - 2 * G.headPad}
              height={layout.head.h}
              verticalAlign="middle"
              text={layout.head.lines.join('\n')}
              fontFamily={BOARD_FONT}
              fontSize={G.headFont}
              lineHeight={G.headLineHeight / G.headFont}
              fontStyle="bold"
              fill={c.text}
              wrap="none"
              listening={false}
            />
          </Group>
          {notes.map((n) => (
            <CauseNote
              key={n.id}
              n={n}
              c={c}
              selected={(selId === n.id && selection?.kind === 'cause') || p.picked.has(n.id)}
              root={p.rootIds.has(n.id)}
              empty={p.emptyIds.has(n.id)}
              draggable={!p.readOnly}
              onSelect={(toggle) => p.onCausePress(n.id, toggle)}
              onEdit={() => !p.readOnly && p.onEdit({ kind: 'cause', id: n.id })}
              onDragStart={(e) => {
                const node: Konva.Node = e.target;
                dragHome.current = node.getParent() ?? null;
                if (dragLayer.current) node.moveTo(dragLayer.current);
              }}
              onDragMove={(e) => {
                const now = performance.now();
                if (now - lastDragCheck.current < 50) return;
                lastDragCheck.current = now;
                const pos = e.target.getStage()?.getRelativePointerPosition();
                if (pos) setHighlight(p.dropTargetAt(n.id, pos.x, pos.y));
              }}
              onDragEnd={(e) => {
                const node: Konva.Node = e.target;
                const pos = node.getStage()?.getRelativePointerPosition();
                setHighlight(null);
                if (dragHome.current) node.moveTo(dragHome.current);
                dragHome.current = null;
                node.position({ x: n.x, y: n.y });
                node.getLayer()?.batchDraw();
                dragLayer.current?.batchDraw();
                if (pos) p.onDrop(n.id, pos.x, pos.y);
              }}
            />
          ))}
        </Layer>
        <Layer ref={dragLayer} name="drag" />
      </PanZoomStage>
    </div>
  );
}

interface NoteProps {
  n: NoteBox;
  c: FishbonePalette;
  selected: boolean;
  root: boolean;
  empty: boolean;
  draggable: boolean;
  /** `toggle`: a Shift/Ctrl+click. */
  onSelect: (toggle: boolean) => void;
  onEdit: () => void;
  onDragStart: (e: Konva.KonvaEventObject<DragEvent>) => void;
  onDragMove: (e: Konva.KonvaEventObject<DragEvent>) => void;
  onDragEnd: (e: Konva.KonvaEventObject<DragEvent>) => void;
}

function CauseNote({
  n,
  c,
  selected,
  root,
  empty,
  draggable,
  onSelect,
  onEdit,
  onDragStart,
  onDragMove,
  onDragEnd,
}: NoteProps) {
  return (
    <Group
      name="cause"
      id={n.id}
      x={n.x}
      y={n.y}
      draggable={draggable}
      onMouseDown={(e: Konva.KonvaEventObject<MouseEvent>) => onSelect(isToggleClick(e.evt))}
      onTap={() => onSelect(false)}
      onDblClick={onEdit}
      onDblTap={onEdit}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
    >
      <Rect
        width={n.w}
        height={n.h}
        fill={n.level === 1 ? c.note : c.subNote}
        cornerRadius={6}
        stroke={selected ? c.selected : root ? c.root : c.noteStroke}
        strokeWidth={selected ? 5 : root ? 3 : 1}
        // Shadows are costly to draw for hundreds of notes on every drag frame: only the selected note has one.
        shadowEnabled={selected}
        shadowColor="#000"
        shadowOpacity={0.25}
        shadowBlur={14}
        shadowOffsetY={4}
        perfectDrawEnabled={false}
      />
      <Text
        x={G.notePad}
        y={G.notePad}
        width={n.w - 2 * G.notePad}
        text={n.lines.join('\n')}
        fontFamily={BOARD_FONT}
        fontSize={G.font}
        lineHeight={G.lineHeight / G.font}
        fontStyle={empty ? 'italic' : 'normal'}
        fill={empty ? c.muted : c.text}
        wrap="none"
        listening={false}
      />
      {n.badge && (
        <Group y={n.h - n.badgeH} listening={false}>
          <Rect
            x={1}
            width={n.w - 2}
            height={n.badgeH - 1}
            fill={root ? c.rootFill : 'rgba(11,95,110,0.12)'}
            cornerRadius={[0, 0, 5, 5]}
          />
          <Text
            x={G.notePad}
            y={4}
            width={n.w - 2 * G.notePad}
            text={n.badgeLines.join('\n')}
            fontFamily={BOARD_FONT}
            fontSize={G.badgeFont}
            lineHeight={G.badgeLineHeight / G.badgeFont}
            fontStyle="bold"
            fill={root ? c.rootText : c.linkText}
            wrap="none"
          />
        </Group>
      )}
    </Group>
  );
}
