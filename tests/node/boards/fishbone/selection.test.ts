import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { patchDoc, runCommand } from '../../../../shared/boards/run';
import { fishbone } from '../../../../shared/boards/fishbone/definition';
import { FishboneCommand, FishboneDoc, type FishboneDoc as Doc } from '../../../../shared/boards/fishbone/model';
import {
  copyCauses,
  deleteCausesCommand,
  moveCausesCommand,
  pasteCausesClipCommand,
  readFishClip,
} from '../../../../shared/boards/fishbone/clipboard';
import { orderedCauses } from '../../../../shared/boards/fishbone/tree';
import { add, fresh, run } from './helpers';

const runFull = (doc: Doc, cmd: FishboneCommand) => runCommand<Doc>(fishbone, doc, FishboneCommand.parse(cmd));
const ids = (prefix: string) => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

/** bone-1: a (with a1, a2 under it), b; bone-2: c (with c1). */
function sample(): Doc {
  return run(
    fresh(),
    add('a', 'bone-1'),
    add('a1', 'bone-1', 'a'),
    add('a2', 'bone-1', 'a'),
    add('b', 'bone-1'),
    add('c', 'bone-2'),
    add('c1', 'bone-2', 'c'),
    { type: 'setRootCause', id: 'a1', rootCause: true },
    { type: 'setEvidence', id: 'c', evidence: 'measured', note: 'Mitattu' },
  );
}

describe('fishbone: many causes at once', () => {
  it('deletes chosen causes with their sub-causes in one batch, undone by its inverse', () => {
    const doc = sample();
    const cmd = deleteCausesCommand(doc, ['a1', 'a', 'c'])!;
    expect(cmd.type).toBe('batch');
    const out = runFull(doc, cmd);
    expect(out.doc.causes.map((c) => c.id)).toEqual(['b']);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
    expect(fishbone.commandLabel(cmd)).toBe('boardKit.batch.delete');
  });

  it('moves chosen causes to another category with their sub-causes, in reading order', () => {
    const doc = sample();
    const out = runFull(doc, moveCausesCommand(doc, ['c', 'a2', 'b'], 'bone-3')!);
    const on3 = out.doc.causes.filter((c) => c.boneId === 'bone-3');
    expect(on3.filter((c) => c.parentId === null).map((c) => c.id)).toEqual(['a2', 'b', 'c']);
    expect(on3.find((c) => c.id === 'c1')?.parentId).toBe('c');
    expect(moveCausesCommand(out.doc, ['a2', 'b'], 'bone-3')).toBeNull();
  });

  it('copies causes with sub-causes, marks and evidence; pastes them under another category with new ids', () => {
    const doc = sample();
    const c = copyCauses(doc, ['a', 'a2', 'c'])!;
    expect(c.text).toBe('a\na1\na2\nc\nc1');
    const read = readFishClip(JSON.stringify(c.clip));
    if (!read.ok) throw new Error(read.key);
    const r = pasteCausesClipCommand(doc, read.clip, { boneId: 'bone-4', parentId: null, afterId: null }, ids('n'));
    const out = runFull(doc, r.command!);
    const pasted = orderedCauses(out.doc)
      .map(({ cause }) => cause)
      .filter((x) => x.boneId === 'bone-4');
    expect(pasted.map((x) => x.text)).toEqual(['a', 'a1', 'a2', 'c', 'c1']);
    expect(r.causeIds).toEqual(['n1', 'n4']);
    expect(pasted.find((x) => x.text === 'a1')).toMatchObject({ parentId: 'n1', rootCause: true });
    expect(pasted.find((x) => x.text === 'c')).toMatchObject({ evidence: 'measured', evidenceNote: 'Mitattu' });
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
  });

  it('refuses a payload from a newer version', () => {
    expect(readFishClip(JSON.stringify({ app: 'lapimurtostudio', version: 9, kind: 'fishbone', causes: [] }))).toEqual({
      ok: false,
      key: 'boardKit.clipboard.newerVersion',
    });
  });

  it('property: delete, move and paste of any chosen causes give a valid doc that the inverse restores', () => {
    const all = ['a', 'a1', 'a2', 'b', 'c', 'c1'];
    fc.assert(
      fc.property(
        fc.subarray(all, { minLength: 1 }),
        fc.constantFrom('bone-1', 'bone-2', 'bone-5'),
        (chosen, boneId) => {
          const doc = sample();
          const cmds = [
            deleteCausesCommand(doc, chosen),
            moveCausesCommand(doc, chosen, boneId),
            pasteCausesClipCommand(
              doc,
              copyCauses(doc, chosen)!.clip,
              { boneId, parentId: null, afterId: null },
              ids('x'),
            ).command,
          ];
          for (const cmd of cmds) {
            if (!cmd) continue;
            const out = runFull(doc, cmd);
            expect(FishboneDoc.safeParse(out.doc).success).toBe(true);
            expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
          }
        },
      ),
    );
  });
});
