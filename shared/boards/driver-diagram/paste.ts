import { LIMITS } from '../../domain/limits';
import { textMatches } from '../../text/search';
import { MAX_PASTED_ITEMS, pastedLines } from '../../text/paste-lines';
import {
  childLevel,
  DRIVER_LIMITS,
  newNode,
  type DriverDiagramCommand,
  type DriverDiagramDoc,
  type DriverNode,
} from './model';

/** Pasted text as box texts: one per non-empty line, bullets dropped, each cut to a box's length. */
export function pastedBoxTexts(text: string): string[] {
  return pastedLines(text, LIMITS.noteText);
}

/**
 * The pasted texts as boxes: after the selected box, at its level (its siblings); with the aim selected, as primary
 * drivers after the last one. One command, so one undo step; lines past the board's or one paste's limit are counted
 * in `skipped`.
 */
export function pasteBoxesCommand(
  doc: DriverDiagramDoc,
  texts: readonly string[],
  selected: DriverNode | undefined,
  newId: () => string,
): { command: DriverDiagramCommand | null; nodeIds: string[]; skipped: number } {
  const room = Math.max(0, Math.min(MAX_PASTED_ITEMS, DRIVER_LIMITS.nodes - doc.nodes.length));
  const taken = texts.slice(0, room);
  const skipped = texts.length - taken.length;
  if (taken.length === 0) return { command: null, nodeIds: [], skipped };
  const level = selected ? selected.level : childLevel('aim')!;
  const parentId = selected ? selected.parentId : null;
  const nodes = taken.map((text) => newNode(newId(), level, parentId, text));
  return {
    command: { type: 'addNodes', nodes, ...(selected ? { afterId: selected.id } : {}) },
    nodeIds: nodes.map((n) => n.id),
    skipped,
  };
}

/** The ids of the boxes holding every word of the query, in diagram order (aim first as `aimId`); ä/ö/å are letters of their own. */
export function findInDiagram(doc: DriverDiagramDoc, query: string, aimId: string): string[] {
  if (!query.trim()) return [];
  const hits: string[] = [];
  if (textMatches(`${doc.aim.statement}`, query)) hits.push(aimId);
  // Visit-once, so a malformed document (a parent cycle) still ends.
  const seen = new Set<string>();
  const walk = (parentId: string | null) => {
    for (const n of doc.nodes) {
      if (n.parentId !== parentId || seen.has(n.id)) continue;
      seen.add(n.id);
      if (textMatches(n.text, query)) hits.push(n.id);
      walk(n.id);
    }
  };
  walk(null);
  return hits;
}
