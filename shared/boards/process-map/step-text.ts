/**
 * A step on the canvas: NODE_SIZE wide and as tall as its text needs, wrapped as the pictures wrap it (the same
 * measure and Finnish/Swedish/English hyphenation, shared/picture/svg.ts wrapText), never cut with "…". The canvas
 * draws these lines, the lanes grow to hold the boxes and auto-layout gives ELK the real heights. The insets are the
 * ones process-map.css gives `.pm-text` per kind.
 */
import { wrapText } from '../../picture/svg';
import type { HyphenLang } from '../../picture/hyphenate';
import { NODE_SIZE, type NodeKind, type ProcessNode } from './model';

/** The canvas's step text: 18 px semibold (measured as bold, the wider), line height 1.15. */
export const STEP_FONT = { size: 18, bold: true } as const;
export const STEP_LINE_HEIGHT = 18 * 1.15;

/** Space between the box and its text per kind, in board units (top, right, bottom, left), as in process-map.css. */
const INSETS: Record<NodeKind, readonly [number, number, number, number]> = {
  start: [8, 14, 8, 14],
  end: [8, 14, 8, 14],
  step: [8, 14, 8, 14],
  wait: [8, 14, 8, 14],
  decision: [14, 34, 14, 34],
  handoff: [8, 36, 8, 26],
  document: [6, 14, 20, 14],
};

export function stepInsets(kind: NodeKind): readonly [number, number, number, number] {
  return INSETS[kind] ?? INSETS.step;
}

const cache = new Map<string, string[]>();

/** A step's text wrapped into its box (no lines for an empty text), memoised per kind, language and text. */
export function stepLines(kind: NodeKind, text: string, lang: HyphenLang = 'fi'): string[] {
  const key = `${kind}\u0000${lang}\u0000${text}`;
  let lines = cache.get(key);
  if (!lines) {
    const [, right, , left] = stepInsets(kind);
    lines = wrapText(text, NODE_SIZE.width - left - right, STEP_FONT, Infinity, lang).lines;
    if (cache.size > 5000) cache.clear();
    cache.set(key, lines);
  }
  return lines;
}

/**
 * Height of a step's box on the canvas: NODE_SIZE.height, or taller for a text of more lines. A decision is a
 * diamond around its box, whose text lines get narrower away from the middle: it grows by more per line.
 */
export function stepHeight(node: Pick<ProcessNode, 'kind' | 'text'>, lang: HyphenLang = 'fi'): number {
  const lines = stepLines(node.kind, node.text, lang).length;
  const [top, , bottom] = stepInsets(node.kind);
  const need =
    node.kind === 'decision' ? lines * STEP_LINE_HEIGHT * 2.45 - 28 : lines * STEP_LINE_HEIGHT + top + bottom;
  return Math.max(NODE_SIZE.height, Math.ceil(need / 10) * 10);
}

export function stepSize(
  node: Pick<ProcessNode, 'kind' | 'text'>,
  lang: HyphenLang = 'fi',
): { width: number; height: number } {
  return { width: NODE_SIZE.width, height: stepHeight(node, lang) };
}
