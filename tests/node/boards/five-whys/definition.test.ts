import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fiveWhys } from '../../../../shared/boards/five-whys/definition';
import { FiveWhysDoc, whysProblem, type FiveWhysCommand } from '../../../../shared/boards/five-whys/model';
import { orderedSteps, whyTree } from '../../../../shared/boards/five-whys/tree';
import { BoardCommandError } from '../../../../shared/boards/types';
import { patchDoc, runCommand } from '../../../../shared/boards/run';

function run(doc: FiveWhysDoc, ...cmds: FiveWhysCommand[]): FiveWhysDoc {
  let d = doc;
  for (const c of cmds) d = runCommand<FiveWhysDoc>(fiveWhys, d, fiveWhys.commandSchema.parse(c)).doc;
  return d;
}
const why = (id: string, parentId: string | null, answer = id, afterId: string | null = null): FiveWhysCommand => ({
  type: 'addStep',
  step: { id, parentId, question: '', answer },
  afterId,
});
const ctx = { boardId: 'b', boardName: '5 x miksi', teamId: 't', teamName: 'Pohjois-Karjala' };

describe('5 whys', () => {
  it('is created from a fishbone cause with init commands: problem and a link back', () => {
    const d = run(
      fiveWhys.createEmpty(),
      { type: 'setProblem', text: 'Kotiutus perjantaina' },
      { type: 'setSource', source: { boardId: 'fb', itemId: 'c1', kind: 'fishbone' } },
    );
    expect(FiveWhysDoc.parse(d)).toEqual({
      problem: 'Kotiutus perjantaina',
      source: { boardId: 'fb', itemId: 'c1', kind: 'fishbone' },
      steps: [],
    });
  });

  it('builds a chain of four whys with one branch, marks a root cause with a countermeasure (hand-worked)', () => {
    const d = run(
      fiveWhys.createEmpty(),
      { type: 'setProblem', text: 'P' },
      why('w1', null, 'Kierrolla'),
      why('w2', 'w1', 'Iltapäivällä'),
      why('w3', 'w2', 'Siirtopotilaat'),
      why('w3b', 'w2', 'Vähän hoitajia', 'w3'),
      why('w4', 'w3', 'Ei suunnitella etukäteen'),
      { type: 'setRootCause', id: 'w4', rootCause: true },
      { type: 'setCountermeasure', id: 'w4', text: 'Kotiutuspäivä tulopäivänä' },
      { type: 'setQuestion', id: 'w2', text: 'Miksi kierto on iltapäivällä?' },
    );
    expect(orderedSteps(d).map((s) => `${s.step.id}@${s.depth}`)).toEqual(['w1@1', 'w2@2', 'w3@3', 'w4@4', 'w3b@3']);
    expect(whyTree(d)[0]!.children[0]!.children.map((n) => n.step.id)).toEqual(['w3', 'w3b']);
    expect(fiveWhys.summary(d)).toEqual({ problem: 'P', whys: 5, deepest: 4, rootCauses: 1, countermeasures: 1 });
    expect(fiveWhys.items(d).filter((i) => i.tag !== 'why')).toEqual([
      { itemId: 'w4', text: 'Ei suunnitella etukäteen', tag: 'root-cause' },
      {
        itemId: 'w4-countermeasure',
        text: 'Kotiutuspäivä tulopäivänä',
        tag: 'countermeasure',
        group: 'Ei suunnitella etukäteen',
      },
    ]);
    const rows = fiveWhys.toSheets(d, ctx)[0]!.rows;
    expect(rows.map((r) => [r.depth, r.question, r.answer, r.rootCause, r.countermeasure])).toEqual([
      [1, 'Miksi?', 'Kierrolla', false, ''],
      [2, 'Miksi kierto on iltapäivällä?', 'Iltapäivällä', false, ''],
      [3, 'Miksi?', 'Siirtopotilaat', false, ''],
      [4, 'Miksi?', 'Ei suunnitella etukäteen', true, 'Kotiutuspäivä tulopäivänä'],
      [3, 'Miksi?', 'Vähän hoitajia', false, ''],
    ]);
    expect(rows[0]!.parent).toBe('P');
    expect(rows[3]!.parent).toBe('Siirtopotilaat');
    const del = run(d, { type: 'deleteStep', id: 'w2' });
    expect(del.steps.map((s) => s.id)).toEqual(['w1']);
  });

  it('refuses unknown parents, duplicate ids and a branch next to a step with another parent', () => {
    const d = run(fiveWhys.createEmpty(), why('a', null), why('b', 'a'));
    expect(() => run(d, why('x', 'nope'))).toThrow(BoardCommandError);
    expect(() => run(d, why('a', null))).toThrow(BoardCommandError);
    expect(() => run(d, why('x', null, 'x', 'b'))).toThrow(BoardCommandError);
    expect(() => run(d, { type: 'setAnswer', id: 'zz', text: '' })).toThrow(BoardCommandError);
  });

  it('keeps a valid, acyclic chain under any edits; undo patches restore each step (property)', () => {
    const ids = ['s0', 's1', 's2', 's3'];
    const arb = fc.oneof(
      fc
        .record({ id: fc.uuid(), parent: fc.option(fc.constantFrom(...ids), { nil: null }) })
        .map((r) => why(r.id, r.parent)),
      fc.constantFrom(...ids).map((id): FiveWhysCommand => ({ type: 'deleteStep', id })),
      fc
        .record({ id: fc.constantFrom(...ids), on: fc.boolean() })
        .map((r): FiveWhysCommand => ({ type: 'setRootCause', id: r.id, rootCause: r.on })),
    );
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 40 }), (cmds) => {
        let doc = run(fiveWhys.createEmpty(), why('s0', null), why('s1', 's0'), why('s2', 's1'), why('s3', 's1'));
        for (const cmd of cmds) {
          let out;
          try {
            out = runCommand<FiveWhysDoc>(fiveWhys, doc, cmd);
          } catch (e) {
            expect(e).toBeInstanceOf(BoardCommandError);
            continue;
          }
          expect(whysProblem(out.doc)).toBeNull();
          expect(orderedSteps(out.doc)).toHaveLength(out.doc.steps.length);
          expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
          doc = out.doc;
        }
      }),
      { numRuns: 150 },
    );
  });
});
