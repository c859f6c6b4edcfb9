import { textMatches } from '../../text/search';
import type { ValueStreamDoc } from './model';

/** The ids of the steps holding every word of the query (name, performer, organisation, note), in stream order; ä/ö/å are letters of their own. */
export function findInStream(doc: ValueStreamDoc, query: string): string[] {
  if (!query.trim()) return [];
  return doc.steps
    .filter((s) => textMatches(`${s.name} ${s.performer} ${s.organisation} ${s.note}`, query))
    .map((s) => s.id);
}
