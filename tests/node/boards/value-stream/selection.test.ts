import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { patchDoc, runCommand } from '../../../../shared/boards/run';
import { valueStream } from '../../../../shared/boards/value-stream/definition';
import {
  blankStep,
  ValueStreamCommand,
  ValueStreamDoc,
  type ValueStreamDoc as Doc,
} from '../../../../shared/boards/value-stream/model';
import {
  copySteps,
  deleteStepsCommand,
  moveStepsCommand,
  pasteClipCommand,
  readVsClip,
} from '../../../../shared/boards/value-stream/clipboard';

function stream(names: string[]): Doc {
  return { ...valueStream.createEmpty(), steps: names.map((n) => blankStep(n, n)) };
}
const run = (doc: Doc, cmd: ValueStreamCommand) => runCommand<Doc>(valueStream, doc, ValueStreamCommand.parse(cmd));
const names = (d: Doc) => d.steps.map((s) => s.name);
const ids = (prefix: string) => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

describe('value stream: many at once', () => {
  it('deletes three chosen steps in one batch, undone by its inverse', () => {
    const doc = stream(['a', 'b', 'c', 'd', 'e']);
    const cmd = deleteStepsCommand(doc, ['d', 'b', 'a'])!;
    expect(cmd.type).toBe('batch');
    const out = run(doc, cmd);
    expect(names(out.doc)).toEqual(['c', 'e']);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
    expect(valueStream.commandLabel(cmd)).toBe('boardKit.batch.delete');
  });

  it('moves chosen steps one place together, keeping their spacing; at the end nothing moves', () => {
    const doc = stream(['a', 'b', 'c', 'd', 'e']);
    expect(names(run(doc, moveStepsCommand(doc, ['b', 'c', 'e'], -1)!).doc)).toEqual(['b', 'c', 'a', 'e', 'd']);
    expect(names(run(doc, moveStepsCommand(doc, ['a', 'c'], 1)!).doc)).toEqual(['b', 'a', 'd', 'c', 'e']);
    expect(moveStepsCommand(doc, ['a', 'c'], -1)).toBeNull();
    expect(moveStepsCommand(doc, ['e'], 1)).toBeNull();
  });

  it('copies steps with times and their links among themselves; pastes them with new ids', () => {
    const doc = stream(['a', 'b', 'c']);
    doc.steps[1]!.process = { value: 30, min: null, max: null, unit: 'min' };
    doc.steps[2]!.after = ['a', 'b'];
    const c = copySteps(doc, ['c', 'b'])!;
    expect(c.text).toBe('b\nc');
    expect(c.clip.steps[1]!.after).toEqual(['b']);
    const read = readVsClip(JSON.stringify(c.clip));
    if (!read.ok) throw new Error(read.key);
    const r = pasteClipCommand(doc, read.clip, 3, ids('n'));
    const out = run(doc, r.command!);
    expect(names(out.doc)).toEqual(['a', 'b', 'c', 'b', 'c']);
    expect(out.doc.steps[3]!.process.value).toBe(30);
    expect(out.doc.steps[4]!.after).toEqual(['n1']);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
  });

  it('refuses a payload from a newer version and names another kind', () => {
    expect(readVsClip(JSON.stringify({ app: 'lapimurtostudio', version: 2, kind: 'value-stream', steps: [] }))).toEqual(
      {
        ok: false,
        key: 'boardKit.clipboard.newerVersion',
      },
    );
    expect(readVsClip(JSON.stringify({ app: 'lapimurtostudio', version: 1, kind: 'ideas-wall' }))).toEqual({
      ok: false,
      key: 'boardKit.clipboard.otherKind',
    });
  });

  it('property: delete, move and paste of any chosen steps give a valid doc that the inverse restores', () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f'];
    fc.assert(
      fc.property(fc.subarray(all, { minLength: 1 }), fc.constantFrom<-1 | 1>(-1, 1), (chosen, dir) => {
        const doc = stream(all);
        const cmds = [
          deleteStepsCommand(doc, chosen),
          moveStepsCommand(doc, chosen, dir),
          pasteClipCommand(doc, copySteps(doc, chosen)!.clip, 2, ids('x')).command,
        ];
        for (const cmd of cmds) {
          if (!cmd) continue;
          const out = run(doc, cmd);
          expect(ValueStreamDoc.safeParse(out.doc).success).toBe(true);
          expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
        }
        const moved = moveStepsCommand(doc, chosen, dir);
        if (moved) {
          // The chosen steps keep their order and spacing, one place over.
          const before = chosen.map((id) => all.indexOf(id)).sort((a, b) => a - b);
          const after = run(doc, moved)
            .doc.steps.map((s, i) => (chosen.includes(s.id) ? i : -1))
            .filter((i) => i >= 0);
          expect(after).toEqual(before.map((i) => i + dir));
        }
      }),
    );
  });
});
