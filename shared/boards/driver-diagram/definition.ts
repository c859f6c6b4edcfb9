import { batchLabelKey } from '../batch';
import { BoardCommandError, type BoardDefinition } from '../types';
import type { BoardCounts } from '../counts';
import type { BoardItem } from '../links';
import { BOARD_SHEET_COLUMNS, type SheetSpec } from '../../export/sheet';
import {
  childLevel,
  DRIVER_LIMITS,
  DriverDiagramCommand,
  DriverDiagramDoc,
  emptyAim,
  subtreeIds,
  type DriverNode,
} from './model';
import { orderedNodes } from './layout';

const LEVEL_FI = { primary: 'Ensisijainen ajuri', secondary: 'Toissijainen ajuri', idea: 'Muutosidea' } as const;

function node(doc: DriverDiagramDoc, id: string): DriverNode {
  const n = doc.nodes.find((x) => x.id === id);
  if (!n) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return n;
}

/** Checks that a new node fits: a fresh id, a parent of the level above, room left. */
function checkNew(doc: DriverDiagramDoc, n: DriverNode): void {
  if (doc.nodes.some((x) => x.id === n.id)) throw new BoardCommandError('errors.board.duplicateId', { id: n.id });
  if (doc.nodes.length >= DRIVER_LIMITS.nodes)
    throw new BoardCommandError('drivers.errors.tooMany', { max: DRIVER_LIMITS.nodes });
  const parentLevel = n.parentId === null ? 'aim' : node(doc, n.parentId).level;
  if (childLevel(parentLevel) !== n.level) throw new BoardCommandError('drivers.errors.wrongLevel');
}

/** Index in `doc.nodes` to insert at so the node lands right after `afterId`'s subtree block, or among its siblings. */
function insertAt(doc: DriverDiagramDoc, n: DriverNode, afterId: string | null | undefined): number {
  const sibs = doc.nodes.map((x, i) => [x, i] as const).filter(([x]) => x.parentId === n.parentId);
  if (afterId === undefined) return sibs.length ? sibs[sibs.length - 1]![1] + 1 : doc.nodes.length;
  if (afterId === null) return sibs.length ? sibs[0]![1] : doc.nodes.length;
  const after = node(doc, afterId);
  if (after.parentId !== n.parentId) throw new BoardCommandError('drivers.errors.wrongLevel');
  return doc.nodes.indexOf(after) + 1;
}

/** The board's items counted once (header, storyboard, Excel, cli info). */
function countItems(doc: DriverDiagramDoc) {
  return {
    drivers: doc.nodes.filter((n) => n.level !== 'idea').length,
    changeIdeas: doc.nodes.filter((n) => n.level === 'idea').length,
  } satisfies BoardCounts;
}

export const driverDiagram = {
  kind: 'driver-diagram' as const,
  docVersion: 1,
  docSchema: DriverDiagramDoc,
  commandSchema: DriverDiagramCommand,
  migrations: {},
  createEmpty: (): DriverDiagramDoc => ({ aim: emptyAim(), nodes: [] }),

  apply(doc, cmd) {
    switch (cmd.type) {
      case 'setAim':
        Object.assign(doc.aim, cmd.patch);
        return;
      case 'addNode':
        checkNew(doc, cmd.node);
        doc.nodes.splice(insertAt(doc, cmd.node, cmd.afterId), 0, structuredClone(cmd.node));
        return;
      case 'addNodes': {
        let after = cmd.afterId;
        for (const n of cmd.nodes) {
          checkNew(doc, n);
          doc.nodes.splice(insertAt(doc, n, after), 0, structuredClone(n));
          after = n.id;
        }
        return;
      }
      case 'adoptIdea':
        if (cmd.node.level !== 'idea' || cmd.node.source === null)
          throw new BoardCommandError('drivers.errors.wrongLevel');
        checkNew(doc, cmd.node);
        doc.nodes.splice(insertAt(doc, cmd.node, undefined), 0, structuredClone(cmd.node));
        return;
      case 'setText':
        node(doc, cmd.id).text = cmd.text;
        return;
      case 'moveNode': {
        const n = node(doc, cmd.id);
        const sibs = doc.nodes.filter((x) => x.parentId === n.parentId);
        const k = sibs.indexOf(n);
        const other = sibs[cmd.direction === 'up' ? k - 1 : k + 1];
        if (!other) return;
        const i = doc.nodes.indexOf(n);
        const j = doc.nodes.indexOf(other);
        doc.nodes[i] = other;
        doc.nodes[j] = n;
        return;
      }
      case 'deleteNode': {
        node(doc, cmd.id);
        const gone = subtreeIds(doc, cmd.id);
        doc.nodes = doc.nodes.filter((x) => !gone.has(x.id));
        return;
      }
      case 'batch':
        for (const c of cmd.commands) driverDiagram.apply(doc, c);
        return;
    }
  },

  commandLabel: (cmd) =>
    cmd.type === 'batch' ? batchLabelKey(cmd.label) : `boards.driver-diagram.commands.${cmd.type}`,

  counts: countItems,

  summary: (doc) => {
    const count = (level: DriverNode['level']) => doc.nodes.filter((n) => n.level === level).length;
    return {
      aim:
        doc.aim.statement.trim() === ''
          ? null
          : doc.aim.statement.trim().length > 120
            ? `${doc.aim.statement.trim().slice(0, 119)}…`
            : doc.aim.statement.trim(),
      primaryDrivers: count('primary'),
      secondaryDrivers: count('secondary'),
      changeIdeas: countItems(doc).changeIdeas,
      adoptedIdeas: doc.nodes.filter((n) => n.source !== null).length,
    };
  },

  // Change ideas typed or adopted here, offered to the PDSA board's picker (grouped by their secondary driver).
  items: (doc) => {
    const text = new Map(doc.nodes.map((n) => [n.id, n.text]));
    return orderedNodes(doc)
      .filter(({ node: n }) => n.level === 'idea' && n.text.trim() !== '')
      .map(({ node: n }): BoardItem => ({
        itemId: n.id,
        text: n.text,
        tag: 'change-idea',
        group: (n.parentId && text.get(n.parentId)) || undefined,
      }));
  },

  toSheets(doc, ctx): SheetSpec[] {
    const base = BOARD_SHEET_COLUMNS;
    const text = new Map(doc.nodes.map((n) => [n.id, n.text]));
    const ordered = orderedNodes(doc);
    return [
      {
        name: 'Tavoite',
        columns: [
          ...base,
          { key: 'what', headerKey: 'export.header.what', type: 'text', width: 40 },
          { key: 'forWhom', headerKey: 'export.header.forWhom', type: 'text', width: 30 },
          { key: 'howMuch', headerKey: 'export.header.howMuch', type: 'text', width: 30 },
          { key: 'byWhen', headerKey: 'export.header.byWhen', type: 'text', width: 18 },
          { key: 'statement', headerKey: 'export.header.aimStatement', type: 'text', width: 70 },
        ],
        rows: [{ team: ctx.teamName, board: ctx.boardName, ...doc.aim }],
      },
      {
        name: 'Ajurit',
        columns: [
          ...base,
          { key: 'order', headerKey: 'export.header.order', type: 'integer', width: 10 },
          { key: 'level', headerKey: 'export.header.level', type: 'text', width: 20 },
          { key: 'depth', headerKey: 'export.header.depth', type: 'integer', width: 8 },
          { key: 'text', headerKey: 'export.header.text', type: 'text', width: 50 },
          { key: 'parent', headerKey: 'export.header.parentLevel', type: 'text', width: 40 },
          { key: 'nodeId', headerKey: 'export.header.id', type: 'id', width: 38 },
          { key: 'parentId', headerKey: 'export.header.parentId', type: 'id', width: 38 },
        ],
        rows: ordered.map(({ node: n }, i) => ({
          team: ctx.teamName,
          board: ctx.boardName,
          order: i + 1,
          level: LEVEL_FI[n.level],
          depth: n.level === 'primary' ? 1 : n.level === 'secondary' ? 2 : 3,
          text: n.text,
          parent: n.parentId ? (text.get(n.parentId) ?? '') : doc.aim.statement || 'Tavoite',
          nodeId: n.id,
          parentId: n.parentId,
        })),
      },
      {
        name: 'Muutosideat',
        columns: [
          ...base,
          { key: 'idea', headerKey: 'export.header.changeIdea', type: 'text', width: 50 },
          { key: 'secondary', headerKey: 'export.header.secondaryDriver', type: 'text', width: 40 },
          { key: 'primary', headerKey: 'export.header.primaryDriver', type: 'text', width: 40 },
          { key: 'source', headerKey: 'export.header.source', type: 'text', width: 36 },
          { key: 'sourceKind', headerKey: 'export.header.sourceKind', type: 'text', width: 18 },
          { key: 'sourceBoard', headerKey: 'export.header.sourceBoardId', type: 'id', width: 38 },
          { key: 'sourceItem', headerKey: 'export.header.sourceItemId', type: 'id', width: 38 },
          { key: 'nodeId', headerKey: 'export.header.id', type: 'id', width: 38 },
        ],
        rows: ordered
          .filter(({ node: n }) => n.level === 'idea')
          .map(({ node: n }) => {
            const secondary = doc.nodes.find((x) => x.id === n.parentId);
            return {
              team: ctx.teamName,
              board: ctx.boardName,
              idea: n.text,
              secondary: secondary?.text ?? '',
              primary: (secondary?.parentId && text.get(secondary.parentId)) || '',
              source: n.source ? n.sourceBoardName || n.source.kind : 'Ajurikaavio',
              sourceKind: n.source?.kind ?? 'driver-diagram',
              sourceBoard: n.source?.boardId ?? null,
              sourceItem: n.source?.itemId ?? null,
              nodeId: n.id,
            };
          }),
      },
    ];
  },
} satisfies BoardDefinition<DriverDiagramDoc, DriverDiagramCommand>;
