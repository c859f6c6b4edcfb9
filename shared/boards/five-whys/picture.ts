import type { BoardPicture, PictureOptions } from '../picture';
import { headedTreeSections } from '../tree-picture';
import { whyItems } from './layout';
import { FiveWhysDoc } from './model';

/**
 * The 5 whys chain for the room: the problem as a band over every section, the whys left to right by level under
 * it (a branch before the next, root causes outlined in red with their countermeasure), in sections by branches
 * when the chain does not fit whole at minFontPx (`shared/picture/tree-sections.ts`).
 */
function fiveWhysSections(raw: unknown, board: { name: string }, o: PictureOptions, limit = Infinity): string[] {
  const doc = FiveWhysDoc.parse(raw);
  const t = o.t;
  const roots = doc.steps.filter((s) => s.rootCause).length;
  return headedTreeSections(
    board,
    o,
    {
      summary: t('pictures.fiveWhys.summary', { count: doc.steps.length, roots }),
      description: t('pictures.fiveWhys.description', {
        problem: doc.problem || t('whys.problemEmpty'),
        whys: doc.steps.length,
        roots,
      }),
      heading: {
        label: t('whys.problem'),
        text: doc.problem.trim() || t('whys.problemEmpty'),
        above: t('pictures.fishbone.effectAbove'),
      },
      items: (p, f) => whyItems(doc, t, p, f),
    },
    limit,
  );
}

export const fiveWhysPicture: BoardPicture<unknown> = {
  kind: 'five-whys',
  /** The first section (every place that shows the board whole uses `sections`). */
  draw: (raw, board, o) => fiveWhysSections(raw, board, o, 1)[0]!,
  sections: (raw, board, o) => fiveWhysSections(raw, board, o),
};
