import type { BoardPicture, PictureOptions } from '../picture';
import { headedTreeSections } from '../tree-picture';
import { driverItems } from './layout';
import { DriverDiagramDoc, aimSentence, type DriverNode } from './model';

const COLUMN_KEYS = ['drivers.col.primary', 'drivers.col.secondary', 'drivers.col.idea'] as const;

/**
 * The driver diagram for the room, read left to right: the aim as the heading band of every section, then primary
 * drivers, secondary drivers and change ideas in columns with their headings, each joined to its parent. When it
 * does not fit whole at minFontPx it goes into sections by groups of primary drivers (a long group continues in the
 * next section under its driver repeated), via `shared/picture/tree-sections.ts`.
 */
function driverSections(
  raw: DriverDiagramDoc,
  board: { id: string; name: string; kind: string },
  o: PictureOptions,
  limit = Infinity,
): string[] {
  const doc = DriverDiagramDoc.parse(raw);
  const t = o.t;
  const aim = doc.aim.statement.trim() || aimSentence(doc.aim);
  const count = (level: DriverNode['level']) => doc.nodes.filter((n) => n.level === level).length;
  const drivers = count('primary') + count('secondary');
  return headedTreeSections(
    board,
    o,
    {
      summary: t('pictures.driverDiagram.summary', { drivers, ideas: count('idea') }),
      description: t('pictures.driverDiagram.description', { aim: aim || '–', drivers, ideas: count('idea') }),
      heading: {
        label: t('drivers.col.aim'),
        text: aim || t('drivers.q1Empty'),
        above: t('pictures.driverDiagram.aimAbove'),
      },
      items: (p, f) => driverItems(doc, t, p, f),
      columnHeading: (depth) => t(COLUMN_KEYS[Math.min(depth, COLUMN_KEYS.length) - 1]!),
    },
    limit,
  );
}

export const driverDiagramPicture: BoardPicture<DriverDiagramDoc> = {
  kind: 'driver-diagram',
  /** The first section (every place that shows the board whole uses `sections`). */
  draw: (raw, board, o) => driverSections(raw, board, o, 1)[0]!,
  sections: (raw, board, o) => driverSections(raw, board, o),
};
