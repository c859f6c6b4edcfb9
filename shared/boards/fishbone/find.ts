import { textMatches } from '../../text/search';
import type { FishboneDoc } from './model';
import { orderedCauses } from './tree';

/** A find hit on a fishbone: the effect (head), a category or a cause. */
export type FishHit = { kind: 'head' } | { kind: 'bone' | 'cause'; id: string };

/**
 * Every place holding all words of the query (ä/ö/å letters of their own): the effect, then each category and its
 * causes (text and evidence note) in diagram order. `boneName` gives a category's shown name (a preset's translation).
 */
export function findInFishbone(doc: FishboneDoc, query: string, boneName: (id: string) => string): FishHit[] {
  if (!query.trim()) return [];
  const hits: FishHit[] = [];
  if (textMatches(doc.effect.text, query)) hits.push({ kind: 'head' });
  const ordered = orderedCauses(doc);
  for (const b of doc.bones) {
    if (textMatches(boneName(b.id), query)) hits.push({ kind: 'bone', id: b.id });
    for (const { cause } of ordered)
      if (cause.boneId === b.id && textMatches(`${cause.text} ${cause.evidenceNote}`, query))
        hits.push({ kind: 'cause', id: cause.id });
  }
  return hits;
}
