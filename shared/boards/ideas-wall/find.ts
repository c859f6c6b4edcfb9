import { textMatches } from '../../text/search';
import type { IdeasWallDoc } from './model';

/** A find hit on the wall: a note (its text) or a cluster (its name). */
export interface WallHit {
  kind: 'note' | 'cluster';
  id: string;
}

/** Every note and cluster holding all words of the query (ä/ö/å letters of their own), top to bottom, left to right. */
export function findInWall(doc: IdeasWallDoc, query: string): WallHit[] {
  if (!query.trim()) return [];
  const items = [
    ...doc.clusters
      .filter((c) => textMatches(c.name, query))
      .map((c) => ({ kind: 'cluster' as const, id: c.id, x: c.x, y: c.y })),
    ...doc.notes
      .filter((n) => textMatches(n.text, query))
      .map((n) => ({ kind: 'note' as const, id: n.id, x: n.x, y: n.y })),
  ];
  items.sort((a, b) => a.y - b.y || a.x - b.x);
  return items.map(({ kind, id }) => ({ kind, id }));
}
