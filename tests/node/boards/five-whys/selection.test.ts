import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fiveWhys } from '../../../../shared/boards/five-whys/definition';
import { FiveWhysDoc, type FiveWhysCommand } from '../../../../shared/boards/five-whys/model';
import {
  copyWhys,
  deleteWhysCommand,
  pasteWhysCommand,
  readWhysClip,
  setRootManyCommand,
} from '../../../../shared/boards/five-whys/clipboard';
import { orderedSteps } from '../../../../shared/boards/five-whys/tree';
import { patchDoc, runCommand } from '../../../../shared/boards/run';

function run(doc: FiveWhysDoc, cmd: FiveWhysCommand) {
  return runCommand<FiveWhysDoc>(fiveWhys, doc, fiveWhys.commandSchema.parse(cmd));
}
function build(...cmds: FiveWhysCommand[]): FiveWhysDoc {
  return cmds.reduce((d, c) => run(d, c).doc, fiveWhys.createEmpty());
}
const why = (id: string, parentId: string | null, answer = id): FiveWhysCommand => ({
  type: 'addStep',
  step: { id, parentId, question: '', answer },
  afterId: null,
});
const ids = (prefix: string) => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

/** w1 → w2 → (w3, w4); w5 beside w1. */
const sample = () =>
  build(why('w1', null), why('w2', 'w1'), why('w3', 'w2'), why('w4', 'w2'), why('w5', null), {
    type: 'setRootCause',
    id: 'w3',
    rootCause: true,
  });

describe('5 whys: many at once', () => {
  it('deletes three chosen whys (and what is below them) in one batch; its inverse brings all back', () => {
    const doc = sample();
    const cmd = deleteWhysCommand(doc, ['w3', 'w2', 'w5'])!;
    // w3 goes with w2: two deletes, not three.
    expect(cmd).toEqual({
      type: 'batch',
      label: 'delete',
      commands: [
        { type: 'deleteStep', id: 'w2' },
        { type: 'deleteStep', id: 'w5' },
      ],
    });
    const out = run(doc, cmd);
    expect(out.doc.steps.map((s) => s.id)).toEqual(['w1']);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
    expect(fiveWhys.commandLabel(cmd)).toBe('boardKit.batch.delete');
  });

  it('marks several whys as root causes in one step', () => {
    const out = run(sample(), setRootManyCommand(sample(), ['w1', 'w3', 'w5'], true)!);
    expect(
      out.doc.steps
        .filter((s) => s.rootCause)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['w1', 'w3', 'w5']);
  });

  it('copies a why with what is below it and pastes it under another why with new ids, marks kept', () => {
    const doc = sample();
    const c = copyWhys(doc, ['w2'])!;
    expect(c.text).toBe('w2\nw3\nw4');
    const read = readWhysClip(JSON.stringify(c.clip));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { command, stepIds } = pasteWhysCommand(read.clip, 'w5', ids('p'));
    const out = run(doc, command);
    expect(stepIds).toEqual(['p1']);
    const pasted = orderedSteps(out.doc).filter(({ step }) => step.id.startsWith('p'));
    expect(pasted.map(({ step, depth }) => `${step.answer}@${depth}:${step.rootCause}`)).toEqual([
      'w2@2:false',
      'w3@3:true',
      'w4@3:false',
    ]);
    expect(out.doc.steps.find((s) => s.id === 'p1')!.parentId).toBe('w5');
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
  });

  it('refuses a newer payload and names another kind (whose plain text the board pastes instead)', () => {
    expect(readWhysClip(JSON.stringify({ app: 'lapimurtostudio', version: 7, kind: 'five-whys', steps: [] }))).toEqual({
      ok: false,
      key: 'boardKit.clipboard.newerVersion',
    });
    expect(readWhysClip(JSON.stringify({ app: 'lapimurtostudio', version: 1, kind: 'fishbone' }))).toEqual({
      ok: false,
      key: 'boardKit.clipboard.otherKind',
    });
    expect(readWhysClip('not json')).toEqual({ ok: false, key: 'boardKit.clipboard.invalid' });
  });

  it('property: delete, paste and duplicate batches over any chosen whys are undone exactly by their inverse', () => {
    const all = ['w1', 'w2', 'w3', 'w4', 'w5'];
    fc.assert(
      fc.property(fc.subarray(all, { minLength: 1 }), fc.constantFrom(null, ...all), (chosen, target) => {
        const doc = sample();
        const del = run(doc, deleteWhysCommand(doc, chosen)!);
        expect(FiveWhysDoc.safeParse(del.doc).success).toBe(true);
        expect(patchDoc(del.doc, del.inversePatches)).toEqual(doc);
        const paste = run(doc, pasteWhysCommand(copyWhys(doc, chosen)!.clip, target, ids('n')).command);
        expect(FiveWhysDoc.safeParse(paste.doc).success).toBe(true);
        expect(paste.doc.steps.length).toBe(doc.steps.length + copyWhys(doc, chosen)!.clip.steps.length);
        expect(patchDoc(paste.doc, paste.inversePatches)).toEqual(doc);
      }),
    );
  });

  it('a batch that fails part-way changes nothing', () => {
    const doc = sample();
    expect(() =>
      run(doc, {
        type: 'batch',
        label: 'delete',
        commands: [
          { type: 'deleteStep', id: 'w5' },
          { type: 'deleteStep', id: 'missing' },
        ],
      }),
    ).toThrow();
    expect(doc.steps).toHaveLength(5);
  });
});
