import type Konva from 'konva';
import { isToggleClick } from '../kit/useMultiSelection';
import { Group, Rect, Text } from 'react-konva';
import { NOTE_SIZE, type IdeaNote } from '../../../../shared/boards/ideas-wall/model';
import { NOTE_FILL, NOTE_FONT, type WallTheme } from './colors';
import type { NoteLayout } from './geometry';

interface Props {
  note: IdeaNote;
  /** Text size and height that show the whole text (geometry.noteLayout). */
  layout: NoteLayout;
  /** Shown while the note's frame is being dragged. */
  offset: { dx: number; dy: number };
  selected: boolean;
  theme: WallTheme;
  roleLabel: string;
  emptyLabel: string;
  draggable: boolean;
  /** `toggle`: a Shift/Ctrl+click. */
  onSelect: (toggle: boolean) => void;
  onEdit: () => void;
  /** Told during a drag how far the note has moved (the notes selected with it follow). */
  onDragMove?: (dx: number, dy: number) => void;
  onDragEnd: (x: number, y: number) => void;
}

export function NoteNode({
  note,
  layout,
  offset,
  selected,
  theme,
  roleLabel,
  emptyLabel,
  draggable,
  onSelect,
  onEdit,
  onDragMove,
  onDragEnd,
}: Props) {
  const { width } = NOTE_SIZE;
  const height = layout.height;
  const pad = NOTE_FONT.padding;
  const x = note.x + offset.dx;
  const y = note.y + offset.dy;

  return (
    <Group
      name="note"
      id={note.id}
      x={x}
      y={y}
      draggable={draggable}
      onMouseDown={(e: Konva.KonvaEventObject<MouseEvent>) => onSelect(isToggleClick(e.evt))}
      onTap={() => onSelect(false)}
      onDblClick={onEdit}
      onDblTap={onEdit}
      onDragStart={() => onSelect(false)}
      onDragMove={(e: Konva.KonvaEventObject<DragEvent>) => onDragMove?.(e.target.x() - x, e.target.y() - y)}
      onDragEnd={(e: Konva.KonvaEventObject<DragEvent>) => {
        const node = e.target;
        const nx = Math.round(node.x());
        const ny = Math.round(node.y());
        // Snap back to the props; the optimistic command moves it (and a rejected one leaves it where it was).
        node.position({ x, y });
        if (nx !== x || ny !== y) onDragEnd(nx, ny);
      }}
    >
      <Rect
        width={width}
        height={height}
        fill={NOTE_FILL[note.color]}
        cornerRadius={6}
        stroke={selected ? theme.selected : theme.noteStroke}
        strokeWidth={selected ? 4 : 1}
        shadowColor="#000"
        shadowOpacity={selected ? 0.22 : 0.12}
        shadowBlur={selected ? 14 : 6}
        shadowOffsetY={selected ? 4 : 2}
      />
      <Text
        x={pad}
        y={pad}
        width={width - pad * 2}
        text={note.text || emptyLabel}
        fontFamily={NOTE_FONT.family}
        fontSize={layout.fontSize}
        lineHeight={NOTE_FONT.lineHeight}
        fill={note.text ? theme.text : theme.muted}
        fontStyle={note.text ? 'normal' : 'italic'}
        wrap="word"
        listening={false}
      />
      {roleLabel && (
        <Text
          x={pad}
          y={height - pad - NOTE_FONT.roleSize}
          width={width - pad * 2}
          text={roleLabel}
          fontFamily={NOTE_FONT.family}
          fontSize={NOTE_FONT.roleSize}
          fill={theme.muted}
          wrap="none"
          ellipsis
          listening={false}
        />
      )}
    </Group>
  );
}
