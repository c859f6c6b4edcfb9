import { describe, expect, it } from 'vitest';
import { flowOrder, flowPaths, flowSteps, liveEdges, toMinutes } from '../../../../shared/boards/process-map/flow';
import { compareMaps } from '../../../../shared/boards/process-map/compare';
import { processMap } from '../../../../shared/boards/process-map/definition';
import type { ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import { chainMap, node } from './helpers';

/** Start → decision → (yes) fast step → end; (no) slow step → back to decision (rework). Hand-worked below. */
function decisionMap(): ProcessMapDoc {
  return {
    lanes: [
      { id: 'A', type: 'client', name: '', collapsed: false },
      { id: 'B', type: 'primary-care', name: 'Terveysasema', collapsed: false },
    ],
    nodes: [
      node('s', 'A', { kind: 'start', x: 0 }),
      node('d', 'B', { kind: 'decision', x: 300, processTime: { value: 10, unit: 'minutes' } }),
      node('y', 'B', { x: 600, processTime: { value: 1, unit: 'hours' }, waitTime: { value: 2, unit: 'days' } }),
      node('n', 'A', { x: 600, processTime: { value: 30, unit: 'minutes' }, waitTime: { value: 1, unit: 'days' } }),
      node('e', 'A', { kind: 'end', x: 900 }),
    ],
    edges: [
      { id: 'e1', source: 's', target: 'd', label: '', branch: null },
      { id: 'e2', source: 'd', target: 'y', label: '', branch: 'yes' },
      { id: 'e3', source: 'd', target: 'n', label: '', branch: 'no' },
      { id: 'e4', source: 'n', target: 'd', label: 'Uusi yritys', branch: null },
      { id: 'e5', source: 'y', target: 'e', label: '', branch: null },
      { id: 'dangling', source: 'y', target: 'gone', label: '', branch: null },
    ],
    markers: [{ id: 'm', kind: 'rework', note: 'Palautuu', target: { type: 'node', id: 'n' }, links: [] }],
  };
}

describe('process map: flow', () => {
  it('converts units to minutes (a day is 24 h)', () => {
    expect(toMinutes({ value: 2, unit: 'days' })).toBe(2880);
    expect(toMinutes({ value: 1.5, unit: 'hours' })).toBe(90);
    expect(toMinutes(null)).toBeNull();
  });

  it('ignores dangling edges', () => {
    expect(liveEdges(decisionMap()).map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('orders steps along the flow, each once, even with a loop', () => {
    expect(flowOrder(decisionMap())).toEqual(['s', 'd', 'y', 'e', 'n']);
  });

  it('lists steps with lane, times in minutes and problems', () => {
    const steps = flowSteps(decisionMap());
    expect(steps.find((s) => s.id === 'y')).toMatchObject({
      laneName: 'Terveysasema',
      laneType: 'primary-care',
      processMinutes: 60,
      waitMinutes: 2880,
    });
    expect(steps.find((s) => s.id === 'n')!.problems).toEqual(['rework']);
  });

  it('finds both routes through the decision, summing times by hand', () => {
    const paths = flowPaths(decisionMap());
    // yes: s, d(10 min), y(60 min + 2 d wait), e → process 70, wait 2880.
    expect(paths[0]).toEqual({
      nodeIds: ['s', 'd', 'y', 'e'],
      edgeIds: ['e1', 'e2', 'e5'],
      branches: ['yes'],
      processMinutes: 70,
      waitMinutes: 2880,
      missingTimes: 0,
    });
    // no: s, d, n(30 min + 1 d) and the loop back to d is not walked twice → ends at n.
    expect(paths[1]).toEqual({
      nodeIds: ['s', 'd', 'n'],
      edgeIds: ['e1', 'e3'],
      branches: ['no'],
      processMinutes: 40,
      waitMinutes: 1440,
      missingTimes: 0,
    });
  });

  it('caps the number of paths in a heavily branching map', () => {
    const doc = chainMap(
      30,
      3,
      Array.from({ length: 28 }, (_, i) => [i, i + 2] as [number, number]),
    );
    expect(flowPaths(doc, 25)).toHaveLength(25);
  });

  it('offers problem markers (tag problem) and steps (tag step) as items', () => {
    const items = processMap.items(decisionMap());
    expect(items[0]).toEqual({ itemId: 'm', text: 'Palautuu', tag: 'problem', group: 'n' });
    expect(items.filter((i) => i.tag === 'step').map((i) => i.itemId)).toEqual(['d', 'y', 'n']);
  });

  it('summarises the map for cli info (a dangling connection is not counted, as it is not drawn)', () => {
    expect(processMap.summary(decisionMap())).toEqual({
      lanes: 2,
      steps: 3,
      edges: 5,
      problems: 1,
      stepsWithTimes: 3,
      'problem.rework': 1,
    });
  });
});

describe('process map: compare current and future state', () => {
  it('finds added, removed and changed steps by id (a duplicate keeps ids)', () => {
    const base = decisionMap();
    const next = structuredClone(base);
    next.nodes = next.nodes.filter((n) => n.id !== 'n');
    next.edges = next.edges.filter((e) => e.source !== 'n' && e.target !== 'n');
    next.nodes.find((n) => n.id === 'y')!.waitTime = { value: 1, unit: 'hours' };
    next.nodes.find((n) => n.id === 'd')!.x = 9999; // a move alone is not a change
    next.nodes.push(node('new', 'B'));
    next.edges.push({ id: 'enew', source: 'd', target: 'new', label: '', branch: null });
    const c = compareMaps(base, next);
    expect(c.counts).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(c.nodes.get('y')).toEqual({ change: 'changed', fields: ['waitTime'] });
    expect(c.removedNodes.map((n) => n.id)).toEqual(['n']);
    expect(c.edges.get('enew')).toBe('added');
    expect(c.edges.get('e3')).toBe('removed');
    expect(compareMaps(base, base).counts).toEqual({ added: 0, removed: 0, changed: 0 });
  });
});

describe('process map: Excel sheets', () => {
  it('lists lanes, steps in flow order with kind, actor, times and problems, and edges; team and board on every row', () => {
    const sheets = processMap.toSheets(decisionMap(), {
      boardId: 'b',
      boardName: 'Nykytila',
      teamId: 't',
      teamName: 'Tiimi A',
    });
    expect(sheets.map((s) => s.name)).toEqual(['Prosessi – kaistat', 'Prosessi – vaiheet', 'Prosessi – yhteydet']);
    for (const s of sheets) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      for (const r of s.rows) expect(r).toMatchObject({ team: 'Tiimi A', board: 'Nykytila' });
    }
    const steps = sheets[1]!.rows;
    expect(steps.map((r) => r.nodeId)).toEqual(['s', 'd', 'y', 'e', 'n']);
    expect(steps[2]).toMatchObject({
      order: 3,
      kind: 'Vaihe',
      lane: 'Terveysasema',
      processTime: '1 h',
      processMinutes: 60,
      waitTime: '2 vrk',
      waitMinutes: 2880,
    });
    expect(steps[4]!.problems).toBe('Uudelleentyö tai silmukka: Palautuu');
    expect(sheets[0]!.rows[0]).toMatchObject({ name: 'Asiakas', type: 'Asiakas' });
    const edges = sheets[2]!.rows;
    expect(edges.find((r) => r.edgeId === 'e2')).toMatchObject({ from: '2. d', to: '3. y', label: 'Kyllä' });
    expect(edges.find((r) => r.edgeId === 'dangling')!.to).toBe('(puuttuva vaihe)');
  });
});
