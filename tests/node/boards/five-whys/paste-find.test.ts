import { describe, expect, it } from 'vitest';
import { patchDoc, runCommand } from '../../../../shared/boards/run';
import { fiveWhys } from '../../../../shared/boards/five-whys/definition';
import { FiveWhysCommand, WHYS_LIMITS, type FiveWhysDoc } from '../../../../shared/boards/five-whys/model';
import { findInWhys, pastedAnswers, pasteChainCommand } from '../../../../shared/boards/five-whys/paste';
import { stepDepth } from '../../../../shared/boards/five-whys/tree';

function ids(prefix = 'p') {
  let i = 0;
  return () => `${prefix}${++i}`;
}

const why = (id: string, parentId: string | null, answer: string) => ({
  id,
  parentId,
  question: '',
  answer,
  rootCause: false,
  countermeasure: '',
});
const run = (doc: FiveWhysDoc, cmd: FiveWhysCommand) => runCommand(fiveWhys, doc, FiveWhysCommand.parse(cmd));

describe('5 whys: pasting lines as a chain', () => {
  it('makes each line the answer to the previous one, under the selected why, as one undo step', () => {
    const doc: FiveWhysDoc = { problem: 'Jonot', source: null, steps: [why('a', null, 'Ajat loppuvat')] };
    const answers = pastedAnswers('1. Päivystäjä vaihtuu\n\n2. Ei sovittua vastuuta\n');
    const r = pasteChainCommand(doc, answers, 'a', ids());
    const out = run(doc, r.command!);
    expect(out.doc.steps.map((s) => [s.id, s.parentId, s.answer])).toEqual([
      ['a', null, 'Ajat loppuvat'],
      ['p1', 'a', 'Päivystäjä vaihtuu'],
      ['p2', 'p1', 'Ei sovittua vastuuta'],
    ]);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
  });

  it('stops at the depth limit and counts what was left out; a full branch gives no command', () => {
    const doc: FiveWhysDoc = { problem: '', source: null, steps: [] };
    const lines = Array.from({ length: WHYS_LIMITS.depth + 5 }, (_, i) => `Syy ${i}`);
    const r = pasteChainCommand(doc, lines, null, ids());
    expect(r.stepIds).toHaveLength(WHYS_LIMITS.depth);
    expect(r.skipped).toBe(5);
    const out = run(doc, r.command!).doc;
    expect(stepDepth(out, r.stepIds.at(-1)!)).toBe(WHYS_LIMITS.depth);
    expect(pasteChainCommand(out, ['Vielä yksi'], r.stepIds.at(-1)!, ids('q')).command).toBeNull();
  });
});

describe('5 whys: find', () => {
  it('finds question, answer and countermeasure words in chain order, with ä and ö as letters of their own', () => {
    const doc: FiveWhysDoc = {
      problem: '',
      source: null,
      steps: [
        why('a', null, 'Päivystäjä vaihtuu'),
        why('b', 'a', 'Paivystys ilman pisteitä'),
        { ...why('c', 'b', 'Ei vastuuta'), countermeasure: 'Nimetään päivystäjä' },
      ],
    };
    expect(findInWhys(doc, 'PÄIVYST')).toEqual(['a', 'c']);
    expect(findInWhys(doc, 'paivyst')).toEqual(['b']);
    expect(findInWhys(doc, '')).toEqual([]);
  });
});
