import { fishbone, emptyFishbone } from '../../../../shared/boards/fishbone/definition';
import type { FishboneCommand, FishboneDoc } from '../../../../shared/boards/fishbone/model';
import { runCommand } from '../../../../shared/boards/run';

/** Runs commands through the real pipeline (schema check, immer recipe), like the backend does. */
export function run(doc: FishboneDoc, ...cmds: FishboneCommand[]): FishboneDoc {
  let d = doc;
  for (const c of cmds) d = runCommand<FishboneDoc>(fishbone, d, fishbone.commandSchema.parse(c)).doc;
  return d;
}

export const add = (
  id: string,
  boneId: string,
  parentId: string | null = null,
  text = id,
  afterId: string | null = null,
): FishboneCommand => ({
  type: 'addCause',
  cause: { id, boneId, parentId, text },
  afterId,
});

/** An empty fishbone with the default bones bone-1 … bone-6. */
export const fresh = (): FishboneDoc => emptyFishbone();

/** A fishbone with `n` causes spread over the six bones, every third one a sub-cause of the previous top cause. */
export function bigFishbone(
  n: number,
  text = (i: number) => `Syy ${i}: ${'pitkä teksti '.repeat(i % 5)}`,
): FishboneDoc {
  const doc = emptyFishbone();
  let lastTop: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const boneId = `bone-${(i % 6) + 1}`;
    const sub = i % 3 === 2 && lastTop[boneId] !== undefined;
    const id = `c${i}`;
    doc.causes.push({
      id,
      boneId,
      parentId: sub ? lastTop[boneId]! : null,
      text: text(i),
      rootCause: i % 7 === 0,
      evidence: i % 7 === 0 ? 'observed' : null,
      evidenceNote: '',
      whys: null,
    });
    if (!sub) lastTop = { ...lastTop, [boneId]: id };
  }
  return doc;
}
