import type { Cause, FishboneDoc } from './model';

/** Causes grouped by parent: `children.get(null)` is unused; top-level causes are keyed `bone:<boneId>`. */
export function childrenIndex(doc: Pick<FishboneDoc, 'causes'>): Map<string, Cause[]> {
  const out = new Map<string, Cause[]>();
  for (const c of doc.causes) {
    const key = c.parentId === null ? `bone:${c.boneId}` : c.parentId;
    const list = out.get(key);
    if (list) list.push(c);
    else out.set(key, [c]);
  }
  return out;
}

/**
 * Every cause in reading order (bones in order, each bone's causes depth-first, siblings in array order) with its
 * level (1 = straight on the bone). Iterative and visit-once, so even a malformed parent chain cannot loop.
 */
export function orderedCauses(doc: Pick<FishboneDoc, 'bones' | 'causes'>): { cause: Cause; level: number }[] {
  const kids = childrenIndex(doc);
  const out: { cause: Cause; level: number }[] = [];
  const seen = new Set<string>();
  for (const b of doc.bones) {
    const stack: { cause: Cause; level: number }[] = [...(kids.get(`bone:${b.id}`) ?? [])]
      .reverse()
      .map((cause) => ({ cause, level: 1 }));
    while (stack.length > 0) {
      const top = stack.pop()!;
      if (seen.has(top.cause.id)) continue;
      seen.add(top.cause.id);
      out.push(top);
      const ch = kids.get(top.cause.id) ?? [];
      for (let i = ch.length - 1; i >= 0; i--) stack.push({ cause: ch[i]!, level: top.level + 1 });
    }
  }
  return out;
}

/** The cause and all its descendants. */
export function subtreeIds(doc: Pick<FishboneDoc, 'causes'>, id: string): Set<string> {
  const kids = childrenIndex(doc);
  const out = new Set<string>([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const c of kids.get(stack.pop()!) ?? []) {
      if (!out.has(c.id)) {
        out.add(c.id);
        stack.push(c.id);
      }
    }
  }
  return out;
}

/** 1 for a cause straight on its bone, 2 for its sub-causes, and so on. */
export function causeDepth(doc: Pick<FishboneDoc, 'causes'>, id: string): number {
  const byId = new Map(doc.causes.map((c) => [c.id, c]));
  let d = 0;
  let cur = byId.get(id);
  const seen = new Set<string>();
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    d += 1;
    cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
  }
  return d;
}
