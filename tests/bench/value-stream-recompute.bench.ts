// Recomputation after an edit on a 60-step value stream (apply the command, totals with ranges and the longest
// path through parallel branches, ladder layout), against copying the same document once (JSON round trip), the
// floor any edit of it pays. Budget: under 5 ms per edit.
import { runCommand } from '../../shared/boards/run';
import { totalsOf, valueStream } from '../../shared/boards/value-stream/definition';
import { ladderLayout } from '../../shared/boards/value-stream/layout';
import { blankStep, type ValueStreamCommand, type ValueStreamDoc } from '../../shared/boards/value-stream/model';
import { TIME_UNITS } from '../../shared/analysis/value-stream/units';
import { overBudget, report, size, timeRounds } from './harness';

const STEPS = size(60, 10);
const EDITS = size(200, 5);
const ROUNDS = size(7, 1);

let doc: ValueStreamDoc = valueStream.createEmpty();
for (let i = 0; i < STEPS; i++) {
  const unit = TIME_UNITS[i % TIME_UNITS.length]!;
  const step = {
    ...blankStep(`s${i}`, `Vaihe ${i + 1}`),
    organisation: i % 7 < 3 ? 'Koulu' : 'Kouluterveydenhuolto',
    wait: { value: (i % 9) + 1, min: i % 3 === 0 ? 1 : null, max: i % 3 === 0 ? 20 : null, unit },
    process: { value: (i % 5) * 10 + 5, min: null, max: null, unit: 'min' as const },
    complete: 60 + (i % 40),
    // Every tenth step opens a parallel branch that joins two steps later.
    after: i > 2 && i % 10 === 2 ? [`s${i - 2}`] : i > 3 && i % 10 === 3 ? [`s${i - 1}`, `s${i - 3}`] : null,
  };
  const add: ValueStreamCommand = { type: 'addStep', step };
  doc = runCommand(valueStream, doc, add).doc;
}

let k = 0;
let sink = 0;
const editMs = await timeRounds(ROUNDS, () => {
  for (let e = 0; e < EDITS; e++) {
    const id = `s${k++ % STEPS}`;
    const cmd: ValueStreamCommand = {
      type: 'updateStep',
      id,
      patch: { wait: { value: (k % 17) + 1, min: null, max: null, unit: 'day' } },
    };
    doc = runCommand(valueStream, doc, valueStream.commandSchema.parse(cmd)).doc;
    const totals = totalsOf(doc);
    sink += ladderLayout(totals, e % 2 ? 'linear' : 'compressed').width + (totals.lead?.typical ?? 0);
  }
});
const copyMs = await timeRounds(ROUNDS, () => {
  for (let e = 0; e < EDITS; e++) sink += (JSON.parse(JSON.stringify(doc)) as ValueStreamDoc).steps.length;
});
if (!Number.isFinite(sink)) throw new Error('unreachable');

const perEdit = editMs / EDITS;
report('value-stream-recompute-60-steps', perEdit, 'ms/edit', copyMs / EDITS, 'json-copy-of-doc');
if (perEdit >= 5) overBudget(`value-stream recompute ${perEdit.toFixed(3)} ms/edit is over the 5 ms budget`);
