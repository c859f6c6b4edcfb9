import { describe, expect, it } from 'vitest';
import { fishbone } from '../../../../shared/boards/fishbone/definition';
import { findInFishbone } from '../../../../shared/boards/fishbone/find';
import { pasteCausesCommand, pasteSpot } from '../../../../shared/boards/fishbone/paste';
import { orderedCauses } from '../../../../shared/boards/fishbone/tree';
import { patchDoc, runCommand } from '../../../../shared/boards/run';
import { MAX_PASTED_ITEMS, pastedLines } from '../../../../shared/text/paste-lines';
import { add, bigFishbone, fresh, run } from './helpers';

function ids() {
  let i = 0;
  return () => `p${++i}`;
}

const texts = (doc: ReturnType<typeof fresh>, boneId: string) =>
  orderedCauses(doc)
    .filter((o) => o.cause.boneId === boneId)
    .map((o) => o.cause.text);

describe('fishbone: pasting a list', () => {
  it('puts one cause per line under the selected category, in order, as one undo step', () => {
    const doc = run(fresh(), add('a', 'bone-2', null, 'Olemassa oleva'));
    const lines = pastedLines('1. Jonot\n\n2. Tieto ei kulje\n3. Lähete puuttuu', 2000);
    const r = pasteCausesCommand(doc, lines, pasteSpot(doc, { kind: 'bone', id: 'bone-2' })!, ids());
    const out = runCommand(fishbone, doc, fishbone.commandSchema.parse(r.command));
    expect(texts(out.doc, 'bone-2')).toEqual(['Olemassa oleva', 'Jonot', 'Tieto ei kulje', 'Lähete puuttuu']);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
  });

  it('after a selected cause the list follows it among its siblings; with nothing selected it goes to the first category', () => {
    const doc = run(
      fresh(),
      add('a', 'bone-1', null, 'A'),
      add('b', 'bone-1', null, 'B'),
      add('s', 'bone-1', 'a', 'A1'),
    );
    const r = pasteCausesCommand(doc, ['X', 'Y'], pasteSpot(doc, { kind: 'cause', id: 'a' })!, ids());
    const out = run(doc, r.command!);
    expect(orderedCauses(out).map((o) => `${o.level}:${o.cause.text}`)).toEqual(['1:A', '2:A1', '1:X', '1:Y', '1:B']);
    expect(pasteSpot(doc, null)).toEqual({ boneId: 'bone-1', parentId: null, afterId: null });
    expect(pasteSpot({ ...doc, bones: [] }, null)).toBeUndefined();
  });

  it(`keeps the first ${MAX_PASTED_ITEMS} of 5,000 lines and counts the rest; a full diagram takes none`, () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `Syy ${i}`);
    const r = pasteCausesCommand(fresh(), lines, pasteSpot(fresh(), null)!, ids());
    expect(r.causeIds).toHaveLength(MAX_PASTED_ITEMS);
    expect(r.skipped).toBe(5000 - MAX_PASTED_ITEMS);
    const full = bigFishbone(5000);
    expect(pasteCausesCommand(full, ['x'], pasteSpot(full, null)!, ids()).command).toBeNull();
  });
});

describe('fishbone: find', () => {
  it('finds the effect, category names and cause text with ä/ö as letters, in diagram order', () => {
    const doc = run(
      fresh(),
      { type: 'setEffect', text: 'Nuorten päihdehoito viivästyy' },
      add('a', 'bone-3', null, 'Päihdepalveluiden jono'),
      add('b', 'bone-1', null, 'Paihde ilman pisteitä'),
    );
    const name = (id: string) => (id === 'bone-1' ? 'Menetelmät' : id === 'bone-3' ? 'Ympäristö' : 'Muu');
    expect(findInFishbone(doc, 'PÄIHDE', name)).toEqual([{ kind: 'head' }, { kind: 'cause', id: 'a' }]);
    expect(findInFishbone(doc, 'paihde', name)).toEqual([{ kind: 'cause', id: 'b' }]);
    expect(findInFishbone(doc, 'ympäristö', name)).toEqual([{ kind: 'bone', id: 'bone-3' }]);
    expect(findInFishbone(doc, '', name)).toEqual([]);
  });
});
