import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { processMap, isSimpleChain } from '../../../../shared/boards/process-map/definition';
import { ORPHAN_LANE_ID, ProcessMapCommand, ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import { BoardCommandError, patchDoc, runCommand } from '../../../../shared/boards/run';
import { apply, arbMap, chainMap, node } from './helpers';

describe('process map: apply', () => {
  it('starts with one client lane and validates against its schema', () => {
    const doc = processMap.createEmpty();
    expect(ProcessMapDoc.parse(doc)).toEqual(doc);
    expect(doc.lanes).toEqual([{ id: 'lane-client', type: 'client', name: '', collapsed: false }]);
  });

  it('Enter-style addNode links the new step after the source in the same command', () => {
    let doc = chainMap(2, 1);
    doc = apply(doc, {
      type: 'addNode',
      node: node('new', 'L0', { x: 600 }),
      after: { source: 'n1', edgeId: 'eNew', label: '', branch: null },
    });
    expect(doc.nodes.map((n) => n.id)).toContain('new');
    expect(doc.edges.find((e) => e.id === 'eNew')).toMatchObject({ source: 'n1', target: 'new' });
  });

  it('moving a node into another lane changes its actor', () => {
    const doc = apply(chainMap(3, 2), { type: 'moveNode', id: 'n0', laneId: 'L1', x: 40, y: 170 });
    expect(doc.nodes.find((n) => n.id === 'n0')).toMatchObject({ laneId: 'L1', x: 40, y: 170 });
  });

  it('deleting a node in a simple chain reconnects its neighbours, keeping the incoming branch', () => {
    let doc = chainMap(3, 1);
    doc.edges[0]!.branch = 'yes';
    doc = apply(doc, { type: 'deleteNode', id: 'n1', reconnectEdgeId: 'joined' });
    expect(doc.nodes.map((n) => n.id)).toEqual(['n0', 'n2']);
    expect(doc.edges).toEqual([{ id: 'joined', source: 'n0', target: 'n2', label: '', branch: 'yes' }]);
  });

  it('deleting a branching node does not reconnect, and drops its edges and markers', () => {
    let doc = chainMap(4, 1, [[1, 3]]);
    doc = apply(doc, {
      type: 'addMarker',
      marker: { id: 'm1', kind: 'delay', note: '', target: { type: 'node', id: 'n1' }, links: [] },
    });
    doc = apply(doc, {
      type: 'addMarker',
      marker: { id: 'm2', kind: 'rework', note: '', target: { type: 'edge', id: 'x0' }, links: [] },
    });
    expect(isSimpleChain(doc, 'n1')).toBe(false);
    doc = apply(doc, { type: 'deleteNode', id: 'n1', reconnectEdgeId: 'joined' });
    expect(doc.edges.map((e) => e.id)).toEqual(['e2']);
    expect(doc.markers).toEqual([]);
  });

  it('deleting a lane removes its steps with their edges, and undo brings all back', () => {
    const before = chainMap(6, 3);
    const cmd: ProcessMapCommand = { type: 'deleteLane', id: 'L1' };
    const out = runCommand(processMap, before, cmd);
    expect(out.doc.lanes.map((l) => l.id)).toEqual(['L0', 'L2']);
    expect(out.doc.nodes.every((n) => n.laneId !== 'L1')).toBe(true);
    expect(
      out.doc.edges.every(
        (e) => out.doc.nodes.some((n) => n.id === e.source) && out.doc.nodes.some((n) => n.id === e.target),
      ),
    ).toBe(true);
    expect(patchDoc(out.doc, out.inversePatches)).toEqual(before);
  });

  it('moves, renames and collapses lanes', () => {
    let doc = chainMap(2, 3);
    doc = apply(doc, { type: 'moveLane', id: 'L2', index: 0 });
    expect(doc.lanes.map((l) => l.id)).toEqual(['L2', 'L0', 'L1']);
    doc = apply(doc, { type: 'updateLane', id: 'L2', patch: { name: 'Koulu', type: 'school' } });
    doc = apply(doc, { type: 'setLaneCollapsed', id: 'L2', collapsed: true });
    expect(doc.lanes[0]).toEqual({ id: 'L2', type: 'school', name: 'Koulu', collapsed: true });
  });

  it('links a problem marker to another board as data, once per board, and unlinks it', () => {
    let doc = apply(chainMap(2, 1), {
      type: 'addMarker',
      marker: { id: 'm', kind: 'bottleneck', note: 'Jono', target: { type: 'node', id: 'n1' }, links: [] },
    });
    const ref = { boardId: 'fb1', itemId: 'm', kind: 'fishbone' };
    doc = apply(doc, { type: 'linkMarker', id: 'm', ref });
    doc = apply(doc, { type: 'linkMarker', id: 'm', ref });
    expect(doc.markers[0]!.links).toEqual([ref]);
    doc = apply(doc, { type: 'unlinkMarker', id: 'm', boardId: 'fb1' });
    expect(doc.markers[0]!.links).toEqual([]);
  });

  it('rejects bad references, duplicate ids, self-loops and duplicate edges with translated keys', () => {
    const doc = chainMap(3, 1);
    const key = (cmd: ProcessMapCommand) => {
      try {
        apply(doc, cmd);
        return 'ok';
      } catch (e) {
        return e instanceof BoardCommandError ? e.key : String(e);
      }
    };
    expect(key({ type: 'moveNode', id: 'nope', laneId: 'L0', x: 0, y: 0 })).toBe('errors.board.noSuchItem');
    expect(key({ type: 'moveNode', id: 'n0', laneId: 'nope', x: 0, y: 0 })).toBe('errors.board.noSuchItem');
    expect(key({ type: 'addNode', node: node('n1', 'L0') })).toBe('errors.board.duplicateId');
    expect(key({ type: 'addNode', node: node('z', 'nope') })).toBe('errors.board.noSuchItem');
    expect(key({ type: 'addEdge', edge: { id: 'q', source: 'n0', target: 'n0', label: '', branch: null } })).toBe(
      'processMap.errors.selfLoop',
    );
    expect(key({ type: 'addEdge', edge: { id: 'q', source: 'n0', target: 'n1', label: '', branch: null } })).toBe(
      'processMap.errors.duplicateEdge',
    );
    expect(
      key({
        type: 'addMarker',
        marker: { id: 'q', kind: 'delay', note: '', target: { type: 'edge', id: 'nope' }, links: [] },
      }),
    ).toBe('errors.board.noSuchItem');
    expect(
      key({
        type: 'applyLayout',
        positions: [
          { id: 'n0', laneId: 'L0', x: 0, y: 0 },
          { id: 'nope', laneId: 'L0', x: 0, y: 0 },
        ],
      }),
    ).toBe('errors.board.noSuchItem');
  });

  it('the command schema refuses unbounded text, coordinates and unknown kinds', () => {
    expect(
      ProcessMapCommand.safeParse({ type: 'updateNode', id: 'n0', patch: { text: 'x'.repeat(5001) } }).success,
    ).toBe(false);
    expect(ProcessMapCommand.safeParse({ type: 'moveNode', id: 'n0', laneId: 'L0', x: 1e9, y: 0 }).success).toBe(false);
    expect(ProcessMapCommand.safeParse({ type: 'moveNode', id: 'n0', laneId: 'L0', x: 0, y: -5 }).success).toBe(false);
    expect(ProcessMapCommand.safeParse({ type: 'updateNode', id: 'n0', patch: { kind: 'hexagon' } }).success).toBe(
      false,
    );
    expect(
      ProcessMapCommand.safeParse({ type: 'updateNode', id: 'n0', patch: { processTime: { value: -1, unit: 'days' } } })
        .success,
    ).toBe(false);
  });

  it('every command undoes to exactly the document before (property)', () => {
    const cmds = (doc: ProcessMapDoc): fc.Arbitrary<ProcessMapCommand> => {
      const ids = doc.nodes.map((n) => n.id);
      const lanes = doc.lanes.map((l) => l.id);
      const nodeId = ids.length ? fc.constantFrom(...ids) : fc.constant('missing');
      const laneId = fc.constantFrom(...lanes);
      return fc.oneof(
        fc.record({ type: fc.constant('deleteNode' as const), id: nodeId, reconnectEdgeId: fc.constant('rj') }),
        fc.record({
          type: fc.constant('moveNode' as const),
          id: nodeId,
          laneId,
          x: fc.integer({ min: 0, max: 3000 }),
          y: fc.integer({ min: 0, max: 500 }),
        }),
        fc.record({ type: fc.constant('deleteLane' as const), id: laneId }),
        fc.record({ type: fc.constant('moveLane' as const), id: laneId, index: fc.integer({ min: 0, max: 6 }) }),
        fc.record({
          type: fc.constant('updateNode' as const),
          id: nodeId,
          patch: fc.record({ text: fc.string({ maxLength: 30 }) }),
        }),
      );
    };
    fc.assert(
      fc.property(
        arbMap.chain((doc) => fc.tuple(fc.constant(doc), cmds(doc))),
        ([doc, cmd]) => {
          let out;
          try {
            out = runCommand(processMap, doc, cmd);
          } catch (e) {
            expect(e).toBeInstanceOf(BoardCommandError);
            return;
          }
          expect(ProcessMapDoc.safeParse(out.doc).success).toBe(true);
          expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
          expect(patchDoc(doc, out.patches)).toEqual(out.doc);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('process map: bad input in a document', () => {
  it('keeps a node of an unknown kind as a step that remembers its kind', () => {
    const raw = { ...chainMap(2, 1), nodes: [{ ...node('a', 'L0'), kind: 'hexagon' }] };
    const doc = ProcessMapDoc.parse(raw);
    expect(doc.nodes[0]).toMatchObject({ kind: 'step', unknownKind: 'hexagon' });
  });

  it('puts nodes whose lane is missing into an extra lane instead of losing them', () => {
    const raw = { ...chainMap(2, 1), nodes: [node('a', 'L0'), node('b', 'ghost-lane')] };
    const doc = ProcessMapDoc.parse(raw);
    expect(doc.lanes.map((l) => l.id)).toEqual(['L0', ORPHAN_LANE_ID]);
    expect(doc.nodes[1]!.laneId).toBe(ORPHAN_LANE_ID);
  });

  it('keeps dangling edges in the document (they are reported, not drawn)', () => {
    const raw = { ...chainMap(2, 1), edges: [{ id: 'd', source: 'n0', target: 'gone', label: '', branch: null }] };
    expect(ProcessMapDoc.parse(raw).edges).toHaveLength(1);
  });

  it('keeps a 5,000-character step whole (the board clamps it), and refuses longer text', () => {
    const ok = { ...chainMap(1, 1), nodes: [node('a', 'L0', { text: 'x'.repeat(5000) })] };
    expect(ProcessMapDoc.parse(ok).nodes[0]!.text).toHaveLength(5000);
    const tooLong = { ...chainMap(1, 1), nodes: [node('a', 'L0', { text: 'x'.repeat(5001) })] };
    expect(ProcessMapDoc.safeParse(tooLong).success).toBe(false);
  });
});
