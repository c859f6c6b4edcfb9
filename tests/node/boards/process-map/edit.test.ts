import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { processMap } from '../../../../shared/boards/process-map/definition';
import {
  addNextCommand,
  blankBranch,
  branchCommand,
  connectCommand,
  decisionCommand,
  MAX_PASTED_STEPS,
  pastedLines,
  pasteStepsCommand,
} from '../../../../shared/boards/process-map/edit';
import { flowOrder } from '../../../../shared/boards/process-map/flow';
import { patchDoc, runCommand } from '../../../../shared/boards/run';
import type { ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import { apply, chainMap } from './helpers';

function ids(prefix = 'id') {
  let i = 0;
  return () => `${prefix}${++i}`;
}

const nodeOf = (doc: ProcessMapDoc, id: string) => doc.nodes.find((n) => n.id === id)!;
const pairs = (doc: ProcessMapDoc) => doc.edges.map((e) => `${e.source}>${e.target}`).sort();

describe('process map: keyboard editing commands', () => {
  it('Enter on a step with one successor inserts between (A→B becomes A→new→B) and moves the rest one column on', () => {
    const doc = chainMap(3, 1);
    const { command, nodeId } = addNextCommand(doc, nodeOf(doc, 'n0'), ids());
    const out = runCommand(processMap, doc, processMap.commandSchema.parse(command));
    expect(pairs(out.doc)).toEqual(['id1>n1', 'n0>id1', 'n1>n2'].sort());
    expect(flowOrder(out.doc)).toEqual(['n0', nodeId, 'n1', 'n2']);
    // The edge that was split keeps its id (and with it its label, branch and markers).
    expect(out.doc.edges.find((e) => e.id === 'e0')).toMatchObject({ source: 'n0', target: nodeId });
    expect(nodeOf(out.doc, 'n1').x).toBeGreaterThan(nodeOf(out.doc, nodeId).x);
    // One command: one undo step brings the map back exactly.
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
  });

  it('Enter on the last step links a new step after it; Shift+Enter adds a parallel branch and keeps the old link', () => {
    const doc = chainMap(2, 1);
    const last = addNextCommand(doc, nodeOf(doc, 'n1'), ids());
    expect(pairs(apply(doc, last.command as never))).toEqual(['n0>n1', 'n1>id1']);
    const branched = apply(doc, branchCommand(doc, nodeOf(doc, 'n0'), 'b', 'eb'));
    expect(pairs(branched)).toEqual(['n0>b', 'n0>n1']);
  });

  it('Ctrl+Enter puts a decision between with yes to the old successor and a new no branch', () => {
    const doc = chainMap(3, 1);
    const { command, nodeId } = decisionCommand(doc, nodeOf(doc, 'n0'), ids());
    const out = apply(doc, command as never);
    expect(nodeOf(out, nodeId).kind).toBe('decision');
    const fromDecision = out.edges.filter((e) => e.source === nodeId);
    expect(fromDecision.map((e) => e.branch).sort()).toEqual(['no', 'yes']);
    expect(fromDecision.find((e) => e.branch === 'yes')!.target).toBe('n1');
    expect(out.nodes).toHaveLength(5);
  });

  it('naming a decision continues on its unnamed "yes" branch, then its "no"; never from another kind', () => {
    const doc = chainMap(2, 1);
    const { command, nodeId } = decisionCommand(doc, nodeOf(doc, 'n1'), ids());
    const out = apply(doc, command as never);
    const branch = (b: string) => out.edges.find((e) => e.source === nodeId && e.branch === b)!.target;
    expect(blankBranch(out, nodeId)).toBe(branch('yes'));
    const yesNamed = apply(out, { type: 'updateNode', id: branch('yes'), patch: { text: 'Lähete' } } as never);
    expect(blankBranch(yesNamed, nodeId)).toBe(branch('no'));
    const bothNamed = apply(yesNamed, { type: 'updateNode', id: branch('no'), patch: { text: 'Seuranta' } } as never);
    expect(blankBranch(bothNamed, nodeId)).toBeUndefined();
    expect(blankBranch(out, 'n0')).toBeUndefined();
  });

  it('Ctrl+Enter on the last step adds a decision with two new branches', () => {
    const doc = chainMap(2, 1);
    const { command, nodeId } = decisionCommand(doc, nodeOf(doc, 'n1'), ids());
    const out = apply(doc, command as never);
    const fromDecision = out.edges.filter((e) => e.source === nodeId);
    expect(fromDecision.map((e) => e.branch).sort()).toEqual(['no', 'yes']);
    const targets = fromDecision.map((e) => nodeOf(out, e.target));
    expect(targets[0]!.y).not.toBe(targets[1]!.y);
  });

  it('connect refuses a self-link and a duplicate, and allows a cycle', () => {
    const doc = chainMap(3, 1);
    expect(connectCommand(doc, 'n1', 'n1', 'x')).toEqual({ ok: false, key: 'processMap.errors.selfLoop' });
    expect(connectCommand(doc, 'n0', 'n1', 'x')).toEqual({ ok: false, key: 'processMap.errors.duplicateEdge' });
    const back = connectCommand(doc, 'n2', 'n0', 'loop');
    expect(back.ok).toBe(true);
    if (back.ok) expect(pairs(apply(doc, back.command))).toContain('n2>n0');
  });

  it('pasted text: one step per non-empty line, list bullets dropped', () => {
    expect(pastedLines('  Eka \r\n\r\n- Toka\n• Kolmas\n2) Neljäs\n   \n')).toEqual([
      'Eka',
      'Toka',
      'Kolmas',
      'Neljäs',
    ]);
  });

  it('pasting 5 lines into an empty map chains 5 steps in order in the first lane as one command', () => {
    const doc = processMap.createEmpty();
    const lines = ['Yksi', 'Kaksi', 'Kolme', 'Neljä', 'Viisi'];
    const r = pasteStepsCommand(doc, lines, doc.lanes[0]!.id, undefined, ids());
    const out = runCommand(processMap, doc, processMap.commandSchema.parse(r.command));
    expect(flowOrder(out.doc).map((id) => nodeOf(out.doc, id).text)).toEqual(lines);
    expect(out.doc.edges).toHaveLength(4);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
  });

  it('pasting after a step in a chain inserts the list before its successor', () => {
    const doc = chainMap(3, 1);
    const r = pasteStepsCommand(doc, ['a', 'b'], 'L0', nodeOf(doc, 'n0'), ids());
    const out = apply(doc, r.command!);
    expect(flowOrder(out).map((id) => nodeOf(out, id).text)).toEqual(['n0', 'a', 'b', 'n1', 'n2']);
  });

  it('5,000 lines: the first 500 become steps and the rest are counted', () => {
    const doc = processMap.createEmpty();
    const lines = Array.from({ length: 5000 }, (_, i) => `Rivi ${i + 1}`);
    const r = pasteStepsCommand(doc, lines, doc.lanes[0]!.id, undefined, ids());
    expect(r.nodeIds).toHaveLength(MAX_PASTED_STEPS);
    expect(r.skipped).toBe(4500);
    const out = apply(doc, r.command!);
    expect(out.nodes).toHaveLength(500);
    expect(nodeOf(out, r.nodeIds[499]!).text).toBe('Rivi 500');
  });

  it('a batch with one bad command changes nothing', () => {
    const doc = chainMap(2, 1);
    expect(() =>
      runCommand(
        processMap,
        doc,
        processMap.commandSchema.parse({
          type: 'batch',
          label: 'selection',
          commands: [
            { type: 'deleteEdge', id: 'e0' },
            { type: 'deleteNode', id: 'missing' },
          ],
        }),
      ),
    ).toThrow();
    expect(doc.edges).toHaveLength(1);
  });

  it('Enter after any step of a random chain keeps every step in flow order (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 3 }), fc.nat(), (n, lanes, pick) => {
        const doc = chainMap(n, lanes);
        const at = doc.nodes[pick % n]!;
        const { command, nodeId } = addNextCommand(doc, at, ids('k'));
        const out = apply(doc, command as never);
        const order = flowOrder(out);
        expect(order.indexOf(nodeId)).toBe(order.indexOf(at.id) + 1);
        expect(out.nodes).toHaveLength(n + 1);
      }),
    );
  });
});

describe('process map: clipboard payload', () => {
  it('copies steps with their inner links, pastes them with new ids right of the map, one command', async () => {
    const { copyClip, pasteClipCommand, readClip } = await import('../../../../shared/boards/process-map/clipboard');
    const doc = chainMap(4, 2);
    const c = copyClip(doc, ['n1', 'n2'])!;
    expect(c.text).toBe('n1\nn2');
    expect(c.clip.edges.map((e) => e.id)).toEqual(['e1']);
    const read = readClip(JSON.stringify(c.clip));
    expect(read.ok).toBe(true);
    const other = processMap.createEmpty();
    const { command, nodeIds } = pasteClipCommand(other, c.clip, other.lanes[0]!.id, ids('p'));
    const out = runCommand(processMap, other, processMap.commandSchema.parse(command));
    expect(out.doc.nodes.map((n) => n.text)).toEqual(['n1', 'n2']);
    expect(out.doc.nodes.every((n) => n.laneId === other.lanes[0]!.id)).toBe(true);
    expect(out.doc.edges).toEqual([
      { id: expect.any(String), source: nodeIds[0], target: nodeIds[1], label: '', branch: null },
    ]);
    // Within the same map (duplicate): lanes kept, nothing overlaps the originals.
    const dup = apply(doc, pasteClipCommand(doc, c.clip, 'L0', ids('d')).command);
    const maxOld = Math.max(...doc.nodes.map((n) => n.x));
    expect(dup.nodes.filter((n) => n.id.startsWith('d')).every((n) => n.x > maxOld)).toBe(true);
    expect(dup.nodes.find((n) => n.text === 'n1' && n.id.startsWith('d'))!.laneId).toBe('L1');
  });

  it('refuses a payload from a newer app version, another kind or garbage, with a message key', async () => {
    const { readClip } = await import('../../../../shared/boards/process-map/clipboard');
    expect(readClip(JSON.stringify({ app: 'lapimurtostudio', version: 99, kind: 'process-map', nodes: [] }))).toEqual({
      ok: false,
      key: 'boardKit.clipboard.newerVersion',
    });
    expect(readClip(JSON.stringify({ app: 'lapimurtostudio', version: 1, kind: 'fishbone' }))).toEqual({
      ok: false,
      key: 'boardKit.clipboard.otherKind',
    });
    expect(readClip('<b>html</b>')).toEqual({ ok: false, key: 'boardKit.clipboard.invalid' });
  });
});
