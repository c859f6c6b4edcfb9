import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fishbone, emptyFishbone } from '../../../../shared/boards/fishbone/definition';
import { FishboneDoc, fishboneProblem, type FishboneCommand } from '../../../../shared/boards/fishbone/model';
import { orderedCauses, subtreeIds } from '../../../../shared/boards/fishbone/tree';
import { BoardCommandError } from '../../../../shared/boards/types';
import { patchDoc, runCommand } from '../../../../shared/boards/run';
import { add, fresh, run } from './helpers';
import { columnHeader } from '../../../../shared/export/headers';

const ctx = { boardId: 'b1', boardName: 'Kalanruoto', teamId: 't1', teamName: 'Pirkanmaa' };

describe('fishbone model', () => {
  it('starts with the service-friendly categories and an empty effect', () => {
    const d = emptyFishbone();
    expect(FishboneDoc.parse(d)).toEqual(d);
    expect(d.bones.map((b) => b.preset)).toEqual([
      'working-methods',
      'people',
      'measurement',
      'content',
      'environment',
      'tools',
    ]);
    expect(d.effect).toEqual({ text: '', source: null });
  });

  it('switches to classic 6M keeping causes where they are, and renames, adds and removes categories', () => {
    let d = run(fresh(), add('a', 'bone-2'), { type: 'applyTemplate', template: 'sixM', newIds: [] });
    expect(d.bones.map((b) => b.preset)).toEqual([
      'man',
      'method',
      'machine',
      'material',
      'measurement-6m',
      'mother-nature',
    ]);
    expect(d.causes[0]!.boneId).toBe('bone-2');
    d = run(
      d,
      { type: 'renameBone', id: 'bone-1', name: 'Asiakkaat' },
      { type: 'addBone', bone: { id: 'x', name: 'Johtaminen', preset: null } },
    );
    expect(d.bones.map((b) => b.name)).toEqual(['Asiakkaat', '', '', '', '', '', 'Johtaminen']);
    d = run(d, { type: 'deleteBone', id: 'bone-2' });
    expect(d.bones).toHaveLength(6);
    expect(d.causes).toEqual([]);
  });

  it('adds siblings in place, sub-causes under their parent, and reads them depth-first', () => {
    const d = run(
      fresh(),
      add('a', 'bone-1'),
      add('c', 'bone-1'),
      add('b', 'bone-1', null, 'b', 'a'),
      add('a1', 'bone-1', 'a'),
      add('a2', 'bone-1', 'a'),
      add('z', 'bone-2'),
    );
    expect(orderedCauses(d).map((x) => `${x.cause.id}@${x.level}`)).toEqual([
      'a@1',
      'a1@2',
      'a2@2',
      'b@1',
      'c@1',
      'z@1',
    ]);
  });

  it('moves a cause with its sub-causes to another bone, under another cause, before a sibling (one command)', () => {
    let d = run(fresh(), add('a', 'bone-1'), add('a1', 'bone-1', 'a'), add('b', 'bone-2'), add('c', 'bone-2'));
    d = run(d, { type: 'moveCause', id: 'a', boneId: 'bone-2', parentId: null, beforeId: 'c' });
    expect(orderedCauses(d).map((x) => x.cause.id)).toEqual(['b', 'a', 'a1', 'c']);
    expect(d.causes.find((c) => c.id === 'a1')!.boneId).toBe('bone-2');
    d = run(d, { type: 'moveCause', id: 'c', boneId: 'bone-2', parentId: 'a1', beforeId: null });
    expect(orderedCauses(d).map((x) => `${x.cause.id}@${x.level}`)).toEqual(['b@1', 'a@1', 'a1@2', 'c@3']);
    expect(fishboneProblem(d)).toBeNull();
  });

  it('refuses a move under its own sub-cause, unknown ids and nesting past the limit', () => {
    const d = run(fresh(), add('a', 'bone-1'), add('a1', 'bone-1', 'a'));
    const fail = (cmd: FishboneCommand) => {
      try {
        run(d, cmd);
      } catch (e) {
        return (e as BoardCommandError).key;
      }
      return 'no error';
    };
    expect(fail({ type: 'moveCause', id: 'a', boneId: 'bone-1', parentId: 'a1', beforeId: null })).toBe(
      'fishbone.errors.intoItself',
    );
    expect(fail({ type: 'setCauseText', id: 'nope', text: 'x' })).toBe('errors.board.noSuchItem');
    expect(fail(add('q', 'no-bone'))).toBe('errors.board.noSuchItem');
    expect(fail(add('a', 'bone-1'))).toBe('errors.board.duplicateId');
    expect(fail(add('q', 'bone-2', 'a'))).toBe('errors.board.invalidCommand');
    let deep = d;
    for (let i = 2; i < 6; i++) deep = run(deep, add(`a${i}`, 'bone-1', i === 2 ? 'a1' : `a${i - 1}`));
    expect(() => run(deep, add('too-deep', 'bone-1', 'a5'))).toThrow(BoardCommandError);
  });

  it('marks candidate root causes with evidence, links 5 whys, parks early solutions', () => {
    const d = run(
      fresh(),
      { type: 'setEffect', text: 'Nuori odottaa 9 viikkoa' },
      add('a', 'bone-1', null, 'Lähete vaaditaan lääkäriltä'),
      { type: 'setRootCause', id: 'a', rootCause: true },
      { type: 'setEvidence', id: 'a', evidence: 'measured', note: '20 lähetettä' },
      { type: 'linkWhys', id: 'a', whys: { boardId: 'w1', kind: 'five-whys' } },
      { type: 'addParked', item: { id: 'p1', text: 'Chat-palvelu' } },
      { type: 'setEffectSource', source: { boardId: 'pm', itemId: 'm1', kind: 'process-map' } },
    );
    expect(fishbone.items(d)).toEqual([
      { itemId: 'a', text: 'Lähete vaaditaan lääkäriltä', tag: 'root-cause', group: 'Työtavat' },
      { itemId: 'p1', text: 'Chat-palvelu', tag: 'parked' },
    ]);
    expect(fishbone.summary(d)).toEqual({
      effect: 'Nuori odottaa 9 viikkoa',
      categories: 6,
      causes: 1,
      rootCauses: 1,
      parked: 1,
    });
    const [causes, parked] = fishbone.toSheets(d, ctx);
    expect(causes!.rows).toEqual([
      {
        team: 'Pirkanmaa',
        board: 'Kalanruoto',
        effect: 'Nuori odottaa 9 viikkoa',
        category: 'Työtavat',
        level: 1,
        parent: '',
        cause: 'Lähete vaaditaan lääkäriltä',
        rootCause: true,
        evidence: 'Mitattu',
        evidenceNote: '20 lähetettä',
        whysBoard: 'w1',
        causeId: 'a',
      },
    ]);
    expect(parked!.rows).toEqual([
      { team: 'Pirkanmaa', board: 'Kalanruoto', source: 'Kalanruotokaavio', text: 'Chat-palvelu', itemId: 'p1' },
    ]);
    expect(causes!.columns.every((c) => columnHeader(c).length > 0)).toBe(true);
  });
});

/** A random edit: picks ids from what exists so most commands are valid; invalid ones must throw cleanly. */
const arbCommand = (ids: string[]) =>
  fc.oneof(
    fc
      .record({
        type: fc.constant('addCause' as const),
        bone: fc.integer({ min: 1, max: 6 }),
        parent: fc.option(fc.constantFrom(...ids, 'x'), { nil: null }),
        id: fc.uuid(),
      })
      .map((r): FishboneCommand => ({
        type: 'addCause',
        cause: { id: r.id, boneId: `bone-${r.bone}`, parentId: r.parent, text: 'syy' },
        afterId: null,
      })),
    fc
      .record({
        id: fc.constantFrom(...ids),
        bone: fc.integer({ min: 1, max: 6 }),
        parent: fc.option(fc.constantFrom(...ids), { nil: null }),
      })
      .map((r): FishboneCommand => ({
        type: 'moveCause',
        id: r.id,
        boneId: `bone-${r.bone}`,
        parentId: r.parent,
        beforeId: null,
      })),
    fc.constantFrom(...ids).map((id): FishboneCommand => ({ type: 'deleteCause', id })),
    fc.integer({ min: 1, max: 6 }).map((i): FishboneCommand => ({ type: 'deleteBone', id: `bone-${i}` })),
  );

describe('fishbone invariants (property)', () => {
  it('any sequence of edits keeps a valid tree; undo patches restore every step', () => {
    fc.assert(
      fc.property(fc.array(arbCommand(['c0', 'c1', 'c2', 'c3', 'c4']), { maxLength: 40 }), (cmds) => {
        let doc: FishboneDoc = run(
          fresh(),
          add('c0', 'bone-1'),
          add('c1', 'bone-1', 'c0'),
          add('c2', 'bone-2'),
          add('c3', 'bone-3'),
          add('c4', 'bone-3', 'c3'),
        );
        for (const cmd of cmds) {
          let out;
          try {
            out = runCommand<FishboneDoc>(fishbone, doc, cmd);
          } catch (e) {
            expect(e).toBeInstanceOf(BoardCommandError);
            continue;
          }
          expect(fishboneProblem(out.doc)).toBeNull();
          expect(FishboneDoc.safeParse(out.doc).success).toBe(true);
          expect(patchDoc(out.doc, out.inversePatches)).toEqual(doc);
          // Every cause of the doc is read exactly once, on its own bone.
          const ordered = orderedCauses(out.doc);
          expect(ordered).toHaveLength(out.doc.causes.length);
          doc = out.doc;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('deleting a cause removes exactly its subtree', () => {
    const d = run(
      fresh(),
      add('a', 'bone-1'),
      add('a1', 'bone-1', 'a'),
      add('a11', 'bone-1', 'a1'),
      add('b', 'bone-1'),
    );
    expect([...subtreeIds(d, 'a')].sort()).toEqual(['a', 'a1', 'a11']);
    expect(run(d, { type: 'deleteCause', id: 'a' }).causes.map((c) => c.id)).toEqual(['b']);
  });
});
