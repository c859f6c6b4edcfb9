import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { driverDiagram } from '../../../../shared/boards/driver-diagram/definition';
import {
  aimSentence,
  DriverDiagramDoc,
  newNode,
  type DriverDiagramCommand,
  type NodeLevel,
} from '../../../../shared/boards/driver-diagram/model';
import { orderedNodes } from '../../../../shared/boards/driver-diagram/layout';
import { BoardCommandError } from '../../../../shared/boards/types';
import { patchDoc, runCommand } from '../../../../shared/boards/run';
import { createDemoWorkshop } from '../../../../shared/demo/demo-workshop';

function run(doc: DriverDiagramDoc, ...cmds: DriverDiagramCommand[]): DriverDiagramDoc {
  let d = doc;
  for (const c of cmds) d = runCommand<DriverDiagramDoc>(driverDiagram, d, driverDiagram.commandSchema.parse(c)).doc;
  return d;
}
const add = (
  id: string,
  level: NodeLevel,
  parentId: string | null,
  text = id,
  afterId?: string | null,
): DriverDiagramCommand => ({
  type: 'addNode',
  node: newNode(id, level, parentId, text),
  ...(afterId !== undefined ? { afterId } : {}),
});
const ctx = { boardId: 'b', boardName: 'Ajurit', teamId: 't', teamName: 'Pirkanmaa' };

/** Aim → 2 primary, 3 secondary, 3 ideas (the e2e scenario, by hand). */
function sample(): DriverDiagramDoc {
  return run(
    driverDiagram.createEmpty(),
    {
      type: 'setAim',
      patch: { what: 'Ensikäynti', forWhom: 'yläkoululaiset', howMuch: '80 % 14 vrk:ssa', byWhen: '2026-05-31' },
    },
    add('p1', 'primary', null, 'Yhteydenotto helppoa'),
    add('s1', 'secondary', 'p1', 'Matala kynnys'),
    add('i1', 'idea', 's1', 'Chat'),
    add('s2', 'secondary', 'p1', 'Selkeä tieto'),
    add('i2', 'idea', 's2', 'Tekstiviesti'),
    add('p2', 'primary', null, 'Yksi ketju'),
    add('s3', 'secondary', 'p2', 'Konsultaatio'),
    add('i3', 'idea', 's3', 'Konsultaatiotunti'),
  );
}

describe('driver diagram', () => {
  it('builds aim → primary → secondary → ideas in reading order, with summary and items (hand-worked)', () => {
    const d = sample();
    expect(orderedNodes(d).map((o) => `${o.node.id}@${o.depth}`)).toEqual([
      'p1@1',
      's1@2',
      'i1@3',
      's2@2',
      'i2@3',
      'p2@1',
      's3@2',
      'i3@3',
    ]);
    expect(driverDiagram.summary(d)).toEqual({
      aim: null,
      primaryDrivers: 2,
      secondaryDrivers: 3,
      changeIdeas: 3,
      adoptedIdeas: 0,
    });
    expect(driverDiagram.items(d)).toEqual([
      { itemId: 'i1', text: 'Chat', tag: 'change-idea', group: 'Matala kynnys' },
      { itemId: 'i2', text: 'Tekstiviesti', tag: 'change-idea', group: 'Selkeä tieto' },
      { itemId: 'i3', text: 'Konsultaatiotunti', tag: 'change-idea', group: 'Konsultaatio' },
    ]);
    expect(aimSentence(d.aim)).toBe('Ensikäynti, yläkoululaiset, 80 % 14 vrk:ssa, 2026-05-31.');
  });

  it('adds a sibling right after the selected one, first with afterId null', () => {
    const d = run(sample(), add('p0', 'primary', null, 'Alku', null), add('s1b', 'secondary', 'p1', 'Väliin', 's1'));
    expect(orderedNodes(d).map((o) => o.node.id)).toEqual([
      'p0',
      'p1',
      's1',
      'i1',
      's1b',
      's2',
      'i2',
      'p2',
      's3',
      'i3',
    ]);
  });

  it('moves among siblings only and deletes a whole subtree', () => {
    let d = run(sample(), { type: 'moveNode', id: 'p2', direction: 'up' });
    expect(orderedNodes(d).map((o) => o.node.id)).toEqual(['p2', 's3', 'i3', 'p1', 's1', 'i1', 's2', 'i2']);
    d = run(d, { type: 'moveNode', id: 'p2', direction: 'up' }, { type: 'moveNode', id: 's2', direction: 'up' });
    expect(orderedNodes(d).map((o) => o.node.id)).toEqual(['p2', 's3', 'i3', 'p1', 's2', 'i2', 's1', 'i1']);
    d = run(d, { type: 'deleteNode', id: 'p1' });
    expect(d.nodes.map((n) => n.id)).toEqual(['p2', 's3', 'i3']);
  });

  it('adopts an outside idea with its source; items offer it to PDSA; sheets show the source', () => {
    const d = run(sample(), {
      type: 'adoptIdea',
      node: {
        ...newNode('a1', 'idea', 's3', 'Yhteiset kriteerit'),
        source: { boardId: 'dv', itemId: 'o1', kind: 'dot-vote' },
        sourceBoardName: 'Pisteäänestys',
      },
    });
    expect(driverDiagram.items(d).at(-1)).toEqual({
      itemId: 'a1',
      text: 'Yhteiset kriteerit',
      tag: 'change-idea',
      group: 'Konsultaatio',
    });
    const sheets = driverDiagram.toSheets(d, ctx);
    expect(sheets.map((s) => s.name)).toEqual(['Tavoite', 'Ajurit', 'Muutosideat']);
    const ideas = sheets[2]!.rows;
    expect(ideas).toHaveLength(4);
    expect(ideas.at(-1)).toMatchObject({
      team: 'Pirkanmaa',
      board: 'Ajurit',
      idea: 'Yhteiset kriteerit',
      secondary: 'Konsultaatio',
      primary: 'Yksi ketju',
      source: 'Pisteäänestys',
      sourceKind: 'dot-vote',
      sourceBoard: 'dv',
    });
    expect(ideas[0]).toMatchObject({ source: 'Ajurikaavio', sourceKind: 'driver-diagram', sourceBoard: null });
    expect(sheets[1]!.rows[1]).toMatchObject({
      level: 'Toissijainen ajuri',
      depth: 2,
      parent: 'Yhteydenotto helppoa',
      text: 'Matala kynnys',
    });
    expect(sheets[0]!.rows[0]).toMatchObject({ what: 'Ensikäynti', byWhen: '2026-05-31' });
  });

  it('refuses bad references and wrong levels with translated errors, leaving the document as it was', () => {
    const d = sample();
    const bad: [DriverDiagramCommand, string][] = [
      [{ type: 'setText', id: 'nope', text: 'x' }, 'errors.board.noSuchItem'],
      [{ type: 'deleteNode', id: 'nope' }, 'errors.board.noSuchItem'],
      [add('p1', 'primary', null), 'errors.board.duplicateId'],
      [add('x', 'idea', null), 'drivers.errors.wrongLevel'],
      [add('x', 'secondary', 's1'), 'drivers.errors.wrongLevel'],
      [add('x', 'idea', 'i1'), 'drivers.errors.wrongLevel'],
      [add('x', 'secondary', 'p1', 'x', 's3'), 'drivers.errors.wrongLevel'],
      [{ type: 'adoptIdea', node: newNode('x', 'idea', 's1', 'no source') }, 'drivers.errors.wrongLevel'],
    ];
    for (const [cmd, key] of bad) {
      expect(() => run(d, cmd)).toThrow(BoardCommandError);
      try {
        run(d, cmd);
      } catch (e) {
        expect((e as BoardCommandError).key).toBe(key);
      }
    }
    expect(() => driverDiagram.commandSchema.parse({ type: 'setText', id: 'p1', text: 'x'.repeat(5000) })).toThrow();
    expect(() =>
      driverDiagram.commandSchema.parse({
        type: 'addNode',
        node: { ...newNode('y', 'idea', 's1', ''), level: 'tertiary' },
      }),
    ).toThrow();
  });

  it('a hand-edited file with an orphan or a loop still shows every node, once', () => {
    const d = DriverDiagramDoc.parse({
      aim: driverDiagram.createEmpty().aim,
      nodes: [
        newNode('a', 'secondary', 'gone', 'orpo'),
        newNode('b', 'idea', 'c', 'b'),
        newNode('c', 'idea', 'b', 'c'),
      ],
    });
    expect(
      orderedNodes(d)
        .map((o) => o.node.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });

  it('property: any run of valid edits keeps every node under a parent one level up, undo restores', () => {
    const levels = ['primary', 'secondary', 'idea'] as const;
    const step = fc.record({
      op: fc.constantFrom('add', 'addAfter', 'move', 'delete', 'text'),
      pick: fc.nat(),
      dir: fc.constantFrom('up' as const, 'down' as const),
      text: fc.string({ maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let d = driverDiagram.createEmpty();
        let n = 0;
        for (const s of steps) {
          const before = d;
          const target = d.nodes.length ? d.nodes[s.pick % d.nodes.length]! : undefined;
          let cmd: DriverDiagramCommand;
          if (s.op === 'add' || !target) {
            const parent = target && target.level !== 'idea' ? target : undefined;
            cmd = add(
              `n${n++}`,
              parent ? levels[levels.indexOf(parent.level) + 1]! : 'primary',
              parent?.id ?? null,
              s.text,
            );
          } else if (s.op === 'addAfter') cmd = add(`n${n++}`, target.level, target.parentId, s.text, target.id);
          else if (s.op === 'move') cmd = { type: 'moveNode', id: target.id, direction: s.dir };
          else if (s.op === 'delete') cmd = { type: 'deleteNode', id: target.id };
          else cmd = { type: 'setText', id: target.id, text: s.text };
          const out = runCommand<DriverDiagramDoc>(driverDiagram, d, cmd);
          d = out.doc;
          expect(patchDoc(d, out.inversePatches)).toEqual(before);
          const byId = new Map(d.nodes.map((x) => [x.id, x]));
          for (const x of d.nodes) {
            const p = x.parentId === null ? null : byId.get(x.parentId);
            expect(p === undefined).toBe(false);
            expect(x.level).toBe(p === null ? 'primary' : levels[levels.indexOf(p!.level) + 1]);
          }
          expect(DriverDiagramDoc.safeParse(d).success).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('demo: each team has an aim, 2–5 primary drivers, and adopted ideas whose sources exist on its boards', () => {
    const demo = createDemoWorkshop({ lang: 'fi' });
    const boards = demo.boards.filter((b) => b.kind === 'driver-diagram');
    expect(boards).toHaveLength(3);
    for (const b of boards) {
      const doc = DriverDiagramDoc.parse(b.doc);
      const s = driverDiagram.summary(doc);
      expect(s.aim).not.toBeNull();
      expect(Number(s.primaryDrivers)).toBeGreaterThanOrEqual(2);
      expect(Number(s.primaryDrivers)).toBeLessThanOrEqual(5);
      const adopted = doc.nodes.filter((n) => n.source);
      expect(adopted.length).toBeGreaterThanOrEqual(1);
      for (const a of adopted) {
        const src = demo.boards.find((x) => x.id === a.source!.boardId);
        expect(src?.teamId).toBe(b.teamId);
        expect(['dot-vote', 'five-whys', 'fishbone']).toContain(src!.kind);
      }
    }
  });
});
