import type { Translate } from '../picture';
import type { Para } from '../../picture/blocks';
import type { PicturePalette } from '../../picture/svg';
import type { TreeItem } from '../../picture/tree-sections';
import type { FiveWhysDoc } from './model';
import { whyTree, type WhyNode } from './tree';

/** Text sizes of a why box: the kicker (level, question, root-cause mark) and the answer. */
export interface WhySizes {
  small: number;
  base: number;
}

/** Longest answer repeated whole over a continuation; a longer one is named by its kicker only. */
const CONTEXT_CHARS = 140;

/** The kicker of a why: its level and question, and the root-cause mark. */
export function whyKicker(n: WhyNode, t: Translate): string {
  const s = n.step;
  return `${n.depth}. ${s.question.trim() || t('whys.why')}${s.rootCause ? ` · ${t('whys.rootBadge')}` : ''}`;
}

/**
 * The chain's boxes for the picture in reading order (a branch before the next): each why's kicker, its answer and,
 * on a root cause, its countermeasure; root causes outlined in the danger colour. Laid out left to right by level
 * (`layoutTreeSections`) under the problem.
 */
export function whyItems(doc: FiveWhysDoc, t: Translate, p: PicturePalette, f: WhySizes): TreeItem[] {
  const items: TreeItem[] = [];
  const visit = (n: WhyNode, parentId: string | null) => {
    const s = n.step;
    const root = s.rootCause;
    const kicker = whyKicker(n, t);
    const paras: Para[] = [
      { text: kicker, size: f.small, bold: true, fill: root ? p.danger : p.accent },
      { text: s.answer.trim() || t('whys.emptyAnswer'), size: f.base, fill: s.answer.trim() ? p.text : p.muted },
    ];
    if (root && s.countermeasure.trim())
      paras.push({
        text: t('whys.countermeasureShown', { text: s.countermeasure.trim() }),
        size: f.base,
        bold: true,
        fill: p.success,
      });
    items.push({
      id: s.id,
      depth: n.depth,
      parentId,
      paras,
      // Repeated over a continuation: the kicker, and the answer when it is short enough to stay a small header.
      contextParas: [
        { text: `${kicker} ${t('pictures.continued')}`, size: f.small, bold: true, fill: p.muted },
        ...(s.answer.trim() && s.answer.trim().length <= CONTEXT_CHARS
          ? [{ text: s.answer.trim(), size: f.small, fill: p.muted }]
          : []),
      ],
      style: root
        ? { fill: p.dangerSoft, stroke: p.danger, strokeWidth: 4, rx: 8 }
        : { fill: p.surface, stroke: p.border, strokeWidth: 1.5, rx: 8 },
    });
    for (const c of n.children) visit(c, s.id);
  };
  for (const n of whyTree(doc)) visit(n, null);
  return items;
}
