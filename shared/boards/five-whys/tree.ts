import type { FiveWhysDoc, WhyStep } from './model';

export interface WhyNode {
  step: WhyStep;
  depth: number;
  children: WhyNode[];
}

/**
 * The chain as a tree under the problem (depth 1 = the first why), siblings in array order. Visit-once, so a
 * malformed document still gives a finite tree.
 */
export function whyTree(doc: Pick<FiveWhysDoc, 'steps'>): WhyNode[] {
  const kids = new Map<string | null, WhyStep[]>();
  for (const s of doc.steps) {
    const list = kids.get(s.parentId);
    if (list) list.push(s);
    else kids.set(s.parentId, [s]);
  }
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number): WhyNode[] =>
    (kids.get(parent) ?? [])
      .filter((s) => !seen.has(s.id) && (seen.add(s.id), true))
      .map((step) => ({ step, depth, children: build(step.id, depth + 1) }));
  return build(null, 1);
}

/** Every why in reading order (depth-first) with its depth. */
export function orderedSteps(doc: Pick<FiveWhysDoc, 'steps'>): { step: WhyStep; depth: number }[] {
  const out: { step: WhyStep; depth: number }[] = [];
  const walk = (nodes: WhyNode[]) => {
    for (const n of nodes) {
      out.push({ step: n.step, depth: n.depth });
      walk(n.children);
    }
  };
  walk(whyTree(doc));
  return out;
}

/** The why and all whys below it. */
export function stepSubtree(doc: Pick<FiveWhysDoc, 'steps'>, id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of doc.steps) {
      if (s.parentId !== null && out.has(s.parentId) && !out.has(s.id)) {
        out.add(s.id);
        grew = true;
      }
    }
  }
  return out;
}

/** 1 for a why straight under the problem. */
export function stepDepth(doc: Pick<FiveWhysDoc, 'steps'>, id: string): number {
  const byId = new Map(doc.steps.map((s) => [s.id, s]));
  let d = 0;
  const seen = new Set<string>();
  let cur = byId.get(id);
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    d++;
    cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
  }
  return d;
}
