import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { patchDoc, runCommand } from '../../../../shared/boards/run';
import { valueStream } from '../../../../shared/boards/value-stream/definition';
import { blankStep, ValueStreamCommand, type ValueStreamDoc } from '../../../../shared/boards/value-stream/model';
import { MAX_STREAM_STEPS, pastedStepNames, pasteStepsCommand } from '../../../../shared/boards/value-stream/paste';
import { findInStream } from '../../../../shared/boards/value-stream/find';
import { MAX_PASTED_ITEMS } from '../../../../shared/text/paste-lines';

function ids(prefix = 'p') {
  let i = 0;
  return () => `${prefix}${++i}`;
}

function stream(names: string[]): ValueStreamDoc {
  return { ...valueStream.createEmpty(), steps: names.map((n, i) => blankStep(`s${i}`, n)) };
}

const run = (doc: ValueStreamDoc, cmd: ValueStreamCommand) =>
  runCommand(valueStream, doc, ValueStreamCommand.parse(cmd));

describe('value stream: pasting lines as steps', () => {
  it('puts the pasted lines in order after the selected step, as one command that one undo takes back', () => {
    const doc = stream(['Yhteydenotto', 'Hoito']);
    const names = pastedStepNames('- Ajanvaraus\r\n\r\n2) Ensikäynti\n  \n');
    expect(names).toEqual(['Ajanvaraus', 'Ensikäynti']);
    const r = pasteStepsCommand(doc, names, 1, ids());
    const out = run(doc, r.command!);
    expect(out.doc.steps.map((s) => s.name)).toEqual(['Yhteydenotto', 'Ajanvaraus', 'Ensikäynti', 'Hoito']);
    expect(r.stepIds).toEqual(['p1', 'p2']);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
  });

  it('never goes past the stream bound or the per-paste limit, and says how many were left out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_STREAM_STEPS }), fc.integer({ min: 1, max: 700 }), (have, pasted) => {
        const doc = stream(Array.from({ length: have }, (_, i) => `Vaihe ${i}`));
        const r = pasteStepsCommand(
          doc,
          Array.from({ length: pasted }, (_, i) => `Uusi ${i}`),
          have,
          ids(),
        );
        const added = r.stepIds.length;
        expect(added + r.skipped).toBe(pasted);
        expect(added).toBe(Math.min(pasted, MAX_PASTED_ITEMS, MAX_STREAM_STEPS - have));
        if (added === 0) expect(r.command).toBeNull();
        else expect(run(doc, r.command!).doc.steps).toHaveLength(have + added);
      }),
      { numRuns: 60 },
    );
  });
});

describe('value stream: find', () => {
  it('matches every word in name, performer, organisation and note, with ä and ö as letters of their own', () => {
    const doc = stream(['Päivystys', 'Paivystys ilman pisteitä', 'Kotiutus']);
    doc.steps[2]!.performer = 'Sairaanhoitaja';
    doc.steps[2]!.note = 'Päivystyksen jälkeen';
    expect(findInStream(doc, 'PÄIVYST')).toEqual(['s0', 's2']);
    expect(findInStream(doc, 'paivyst')).toEqual(['s1']);
    expect(findInStream(doc, 'sairaanhoitaja jälkeen')).toEqual(['s2']);
    expect(findInStream(doc, '  ')).toEqual([]);
  });
});
