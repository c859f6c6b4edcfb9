import type { SheetContext } from '../types';
import type { CellValue, SheetSpec } from '../../export/sheet';
import type { FlowStep } from './flow';
import type { Duration, LaneType, NodeKind, ProblemKind, ProcessMapDoc, TimeUnit } from './model';

/** Finnish labels for the Excel sheets (the UI uses i18n; the workbook is Finnish, as its headers). */
export const LANE_TYPE_FI: Record<LaneType, string> = {
  client: 'Asiakas',
  'primary-care': 'Perusterveydenhuolto',
  'specialised-care': 'Erikoissairaanhoito',
  'social-services': 'Sosiaalipalvelut',
  school: 'Koulu',
  'employment-services': 'Työllisyyspalvelut',
  other: 'Muu',
};

export const NODE_KIND_FI: Record<NodeKind, string> = {
  start: 'Alku',
  step: 'Vaihe',
  decision: 'Päätös',
  wait: 'Odotus tai jono',
  handoff: 'Siirto tai lähete',
  document: 'Asiakirja tai tietojärjestelmä',
  end: 'Loppu',
};

export const PROBLEM_KIND_FI: Record<ProblemKind, string> = {
  bottleneck: 'Pullonkaula',
  delay: 'Viive',
  rework: 'Uudelleentyö tai silmukka',
  'handoff-break': 'Katkos siirrossa',
  'missing-info': 'Puuttuva tieto',
  'client-waits': 'Asiakas odottaa',
};

const UNIT_FI: Record<TimeUnit, string> = { minutes: 'min', hours: 'h', days: 'vrk' };

function durationText(d: Duration | null): string {
  return d ? `${d.value} ${UNIT_FI[d.unit]}` : '';
}

/** Lanes, steps in flow order (kind, actor, times, problems) and edges, each row with team and board. */
export function processMapSheets(doc: ProcessMapDoc, ctx: SheetContext, steps: FlowStep[]): SheetSpec[] {
  const team = { key: 'team', headerKey: 'export.header.team', type: 'text', width: 28 } as const;
  const board = { key: 'board', headerKey: 'export.header.board', type: 'text', width: 28 } as const;
  const laneLabel = new Map(doc.lanes.map((l) => [l.id, l.name || LANE_TYPE_FI[l.type]]));
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const flowIndex = new Map(steps.map((s, i) => [s.id, i + 1]));
  const markersOn = (type: 'node' | 'edge', id: string) =>
    doc.markers
      .filter((m) => m.target.type === type && m.target.id === id)
      .map((m) => (m.note ? `${PROBLEM_KIND_FI[m.kind]}: ${m.note}` : PROBLEM_KIND_FI[m.kind]))
      .join('; ');
  const base = { team: ctx.teamName, board: ctx.boardName };
  const nodeName = (id: string) => {
    const n = nodes.get(id);
    return n ? `${flowIndex.get(id) ?? ''}. ${n.text}` : '(puuttuva vaihe)';
  };

  const laneRows: Record<string, CellValue>[] = doc.lanes.map((l, i) => ({
    ...base,
    order: i + 1,
    name: l.name || LANE_TYPE_FI[l.type],
    type: LANE_TYPE_FI[l.type],
    steps: doc.nodes.filter((n) => n.laneId === l.id).length,
    laneId: l.id,
  }));

  const stepRows: Record<string, CellValue>[] = steps.map((s, i) => ({
    ...base,
    order: i + 1,
    kind: NODE_KIND_FI[s.kind],
    text: s.text,
    lane: laneLabel.get(s.laneId) ?? '',
    performer: s.performer,
    processTime: durationText(s.processTime),
    processMinutes: s.processMinutes,
    waitTime: durationText(s.waitTime),
    waitMinutes: s.waitMinutes,
    problems: markersOn('node', s.id),
    nodeId: s.id,
  }));

  const edgeRows: Record<string, CellValue>[] = doc.edges.map((e) => ({
    ...base,
    from: nodeName(e.source),
    to: nodeName(e.target),
    label: e.label || (e.branch === 'yes' ? 'Kyllä' : e.branch === 'no' ? 'Ei' : ''),
    problems: markersOn('edge', e.id),
    edgeId: e.id,
  }));

  return [
    {
      name: 'Prosessi – kaistat',
      columns: [
        team,
        board,
        { key: 'order', headerKey: 'export.header.order', type: 'integer', width: 10 },
        { key: 'name', headerKey: 'export.header.swimlaneActor', type: 'text', width: 36 },
        { key: 'type', headerKey: 'export.header.actorType', type: 'text', width: 24 },
        { key: 'steps', headerKey: 'export.header.steps', type: 'integer', width: 10 },
        { key: 'laneId', headerKey: 'export.header.swimlaneId', type: 'id', width: 38 },
      ],
      rows: laneRows,
    },
    {
      name: 'Prosessi – vaiheet',
      columns: [
        team,
        board,
        { key: 'order', headerKey: 'export.header.order', type: 'integer', width: 10 },
        { key: 'kind', headerKey: 'export.header.type', type: 'text', width: 18 },
        { key: 'text', headerKey: 'export.header.step', type: 'text', width: 50 },
        { key: 'lane', headerKey: 'export.header.actorSwimlane', type: 'text', width: 30 },
        { key: 'performer', headerKey: 'export.header.performer', type: 'text', width: 24 },
        { key: 'processTime', headerKey: 'export.header.processTime', type: 'text', width: 12 },
        { key: 'processMinutes', headerKey: 'export.header.processTimeMin', type: 'number', width: 14 },
        { key: 'waitTime', headerKey: 'export.header.waitTime', type: 'text', width: 12 },
        { key: 'waitMinutes', headerKey: 'export.header.waitTimeMin', type: 'number', width: 16 },
        { key: 'problems', headerKey: 'export.header.problems', type: 'text', width: 50 },
        { key: 'nodeId', headerKey: 'export.header.stepId', type: 'id', width: 38 },
      ],
      rows: stepRows,
    },
    {
      name: 'Prosessi – yhteydet',
      columns: [
        team,
        board,
        { key: 'from', headerKey: 'export.header.from', type: 'text', width: 40 },
        { key: 'to', headerKey: 'export.header.to', type: 'text', width: 40 },
        { key: 'label', headerKey: 'export.header.labelOrBranch', type: 'text', width: 16 },
        { key: 'problems', headerKey: 'export.header.problems', type: 'text', width: 50 },
        { key: 'edgeId', headerKey: 'export.header.linkId', type: 'id', width: 38 },
      ],
      rows: edgeRows,
    },
  ];
}
