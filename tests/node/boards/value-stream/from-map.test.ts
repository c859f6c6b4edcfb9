import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../shared/boards/run';
import { processMap } from '../../../../shared/boards/process-map/definition';
import type { ProcessMapCommand, ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import { valueStream, totalsOf } from '../../../../shared/boards/value-stream/definition';
import {
  importCommand,
  mapNodeIds,
  mapRoutes,
  valueStreamFromMap,
} from '../../../../shared/boards/value-stream/from-map';
import type { ValueStreamCommand, ValueStreamDoc } from '../../../../shared/boards/value-stream/model';

const node = (
  id: string,
  kind: string,
  text: string,
  laneId: string,
  x: number,
  processTime: [number, string] | null,
  waitTime: [number, string] | null,
  performer = '',
) => ({
  id,
  kind,
  text,
  laneId,
  x,
  y: 10,
  processTime: processTime && { value: processTime[0], unit: processTime[1] },
  waitTime: waitTime && { value: waitTime[0], unit: waitTime[1] },
  performer,
});

const MAP: ProcessMapDoc = processMap.docSchema.parse({
  lanes: [
    { id: 'koulu', type: 'school', name: 'Koulu', collapsed: false },
    { id: 'nuori', type: 'client', name: '', collapsed: false },
  ],
  nodes: [
    node('s', 'start', 'Huoli herää', 'nuori', 0, null, null),
    node('a', 'step', 'Kuraattorin tapaaminen', 'koulu', 200, [45, 'minutes'], [3, 'days'], 'Kuraattori'),
    node('w', 'wait', 'Odotetaan huoltajan suostumusta', 'nuori', 400, null, [2, 'days']),
    node('b', 'step', 'Terveydenhoitajan arvio', 'koulu', 600, [1, 'hours'], [12, 'hours'], 'Terveydenhoitaja'),
    node('d', 'decision', 'Tarvitaanko lääkäriä?', 'koulu', 800, [10, 'minutes'], null),
    node('c', 'step', 'Tukikäynnit', 'koulu', 1000, [45, 'minutes'], [7, 'days']),
    node('e', 'step', 'Lääkärin vastaanotto', 'koulu', 1000, [30, 'minutes'], [14, 'days'], 'Koululääkäri'),
    node('z', 'end', 'Apu alkaa', 'nuori', 1200, null, null),
  ],
  edges: [
    ['s', 'a'],
    ['a', 'w'],
    ['w', 'b'],
    ['b', 'd'],
    ['d', 'c', 'yes'],
    ['d', 'e', 'no'],
    ['c', 'z'],
    ['e', 'z'],
  ].map(([source, target, branch], i) => ({ id: `e${i}`, source, target, label: '', branch: branch ?? null })),
  markers: [],
});

function build(route: readonly string[] | null): ValueStreamDoc {
  let n = 0;
  let doc = valueStream.createEmpty();
  for (const c of valueStreamFromMap(
    'map1',
    MAP,
    route,
    (t) => (t === 'client' ? 'Asiakas' : ''),
    () => `v${++n}`,
  ))
    doc = runCommand(valueStream, doc, c).doc;
  return doc;
}

describe('value stream from a process map', () => {
  it('offers one route per way through the decisions', () => {
    const routes = mapRoutes(MAP);
    expect(routes).toHaveLength(2);
    expect(routes.map((r) => r.branches)).toEqual([['yes'], ['no']]);
  });

  it('steps, performers, lanes and times come along; a wait node becomes the wait before the next step; links kept', () => {
    const doc = build(mapRoutes(MAP)[1]!.nodeIds);
    expect(doc.source).toEqual({ boardId: 'map1', kind: 'process-map' });
    expect(doc.steps.map((s) => s.name)).toEqual([
      'Kuraattorin tapaaminen',
      'Terveydenhoitajan arvio',
      'Tarvitaanko lääkäriä?',
      'Lääkärin vastaanotto',
    ]);
    expect(doc.steps.map((s) => s.source?.itemId)).toEqual(['a', 'b', 'd', 'e']);
    expect(doc.steps[0]).toMatchObject({
      performer: 'Kuraattori',
      organisation: 'Koulu',
      wait: { value: 3, unit: 'day' },
      process: { value: 45, unit: 'min' },
    });
    // 2 days (the wait node, in the client's lane) + 12 hours before the nurse's assessment.
    expect(doc.steps[1]).toMatchObject({
      wait: { value: 60, unit: 'h' },
      waitKind: 'client',
      note: 'Odotetaan huoltajan suostumusta',
    });
    expect(doc.steps[2]!.wait).toEqual({ value: null, min: null, max: null, unit: 'day' });
    const t = totalsOf(doc);
    expect(t.lacking.wait).toBe(1);
    expect(t.lead!.typical).toBe(3 * 1440 + 45 + 60 * 60 + 60 + 10 + 14 * 1440 + 30);
  });

  it('without a route, every step in flow order; as one import command into an empty board', () => {
    let n = 0;
    const cmds = valueStreamFromMap(
      'map1',
      MAP,
      null,
      () => '',
      () => `v${++n}`,
    );
    const doc = runCommand(valueStream, valueStream.createEmpty(), importCommand(cmds)).doc;
    expect(doc.steps.map((s) => s.source?.itemId)).toEqual(['a', 'b', 'd', 'c', 'e']);
    expect(doc.source?.boardId).toBe('map1');
  });

  it('a map step deleted later is detected by id', () => {
    const doc = build(null);
    const del: ProcessMapCommand = { type: 'deleteNode', id: 'c' };
    const after = runCommand(processMap, MAP, del).doc;
    const ids = mapNodeIds(after);
    expect(doc.steps.filter((s) => !ids.has(s.source!.itemId!)).map((s) => s.name)).toEqual(['Tukikäynnit']);
  });
});

describe('future state from a current state', () => {
  it('copies the steps with new ids and their links, sets future, compares with the current board', async () => {
    const { futureStateInit } = await import('../../../../shared/boards/value-stream/future');
    let cur = build(null);
    const link: ValueStreamCommand = {
      type: 'updateStep',
      id: cur.steps[3]!.id,
      patch: { after: [cur.steps[1]!.id, cur.steps[2]!.id] },
    };
    cur = runCommand(valueStream, cur, link).doc;
    let n = 0;
    let fut = valueStream.createEmpty();
    for (const c of futureStateInit(cur, 'current-board', () => `f${++n}`)) fut = runCommand(valueStream, fut, c).doc;
    expect(fut.state).toBe('future');
    expect(fut.compareWith).toBe('current-board');
    expect(fut.steps.map((s) => s.name)).toEqual(cur.steps.map((s) => s.name));
    expect(fut.steps.map((s) => s.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(fut.steps[3]!.after).toEqual(['f2', 'f3']);
    expect(fut.steps[0]!.source).toEqual(cur.steps[0]!.source);
    expect(totalsOf(fut).lead).toEqual(totalsOf(cur).lead);
  });
});
