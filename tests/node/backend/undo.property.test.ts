import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestBackend, type TestBackend } from '../../helpers/backend';
import { teamNameTaken } from '../../../shared/domain/team-names';
import { MEMBER_ROLES } from '../../../shared/domain/vocab';

type Op =
  | { k: 'team'; name: string }
  | { k: 'renameTeam'; i: number; name: string }
  | { k: 'deleteTeam'; i: number }
  | { k: 'member'; i: number; role: (typeof MEMBER_ROLES)[number] }
  | { k: 'deleteMember'; i: number }
  | { k: 'board'; i: number }
  | { k: 'note'; i: number; text: string }
  | { k: 'moveNote'; i: number; j: number; x: number; y: number }
  | { k: 'deleteNote'; i: number; j: number }
  | { k: 'round'; name: string };

const idx = fc.nat({ max: 2 });
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0);
// Weighted towards edits that touch rows with children (teams with members and boards), where cascades would bite.
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ k: fc.constant('team' as const), name: text }), weight: 3 },
  { arbitrary: fc.record({ k: fc.constant('renameTeam' as const), i: idx, name: text }), weight: 3 },
  fc.record({ k: fc.constant('deleteTeam' as const), i: idx }),
  {
    arbitrary: fc.record({ k: fc.constant('member' as const), i: idx, role: fc.constantFrom(...MEMBER_ROLES) }),
    weight: 3,
  },
  fc.record({ k: fc.constant('deleteMember' as const), i: idx }),
  fc.record({ k: fc.constant('board' as const), i: idx }),
  fc.record({ k: fc.constant('note' as const), i: idx, text }),
  fc.record({
    k: fc.constant('moveNote' as const),
    i: idx,
    j: idx,
    x: fc.integer({ min: -500, max: 500 }),
    y: fc.integer({ min: -500, max: 500 }),
  }),
  fc.record({ k: fc.constant('deleteNote' as const), i: idx, j: idx }),
  fc.record({ k: fc.constant('round' as const), name: text }),
);

/** Everything a user can see, without clocks and counters that legitimately move on undo. */
async function snapshot(t: TestBackend, workshopId: string) {
  const s = await t.client.call('workshop.get', { workshopId });
  const boards = [];
  for (const b of s.boards) {
    const full = await t.client.call('boards.get', { workshopId, id: b.id });
    boards.push({ id: b.id, name: b.name, teamId: b.teamId, doc: full.doc });
  }
  return { round: s.round, days: s.days, teams: s.teams, members: s.members, boards };
}

/** Runs one op; false when it had nothing to act on. */
async function run(t: TestBackend, workshopId: string, o: Op, n: number): Promise<boolean> {
  const s = await t.client.call('workshop.get', { workshopId });
  const team = 'i' in o ? s.teams[o.i] : undefined;
  const board = 'i' in o ? s.boards[o.i] : undefined;
  const notes = board
    ? ((await t.client.call('boards.get', { workshopId, id: board.id })).doc as { notes: { id: string }[] }).notes
    : [];
  const note = 'j' in o ? notes[o.j] : undefined;
  switch (o.k) {
    // A taken name is refused (no two teams with one name by accident): nothing to act on.
    case 'team':
      if (teamNameTaken(s.teams, o.name)) return false;
      await t.client.call('teams.create', { workshopId, team: { name: o.name } });
      return true;
    case 'round':
      await t.client.call('round.update', { workshopId, patch: { name: o.name } });
      return true;
    case 'renameTeam':
      if (!team) return false;
      await t.client.call('teams.update', { workshopId, id: team.id, patch: { name: o.name } });
      return true;
    case 'deleteTeam':
      if (!team) return false;
      await t.client.call('teams.delete', { workshopId, id: team.id });
      return true;
    case 'member':
      if (!team) return false;
      await t.client.call('members.create', { workshopId, teamId: team.id, member: { name: 'Jäsen', role: o.role } });
      return true;
    case 'deleteMember': {
      const m = s.members[o.i];
      if (!m) return false;
      await t.client.call('members.delete', { workshopId, id: m.id });
      return true;
    }
    case 'board':
      if (!team) return false;
      await t.client.call('boards.create', { workshopId, teamId: team.id, kind: 'ideas-wall', name: 'Ideat' });
      return true;
    case 'note':
      if (!board) return false;
      await t.client.call('boards.apply', {
        workshopId,
        id: board.id,
        command: {
          type: 'addNote',
          note: { id: `n${n}`, text: o.text, color: 'yellow', authorRole: '', clusterId: null, x: n * 10, y: 0 },
        },
      });
      return true;
    case 'moveNote':
      if (!board || !note) return false;
      await t.client.call('boards.apply', {
        workshopId,
        id: board.id,
        command: { type: 'moveNote', id: note.id, x: o.x, y: o.y, clusterId: null },
      });
      return true;
    case 'deleteNote':
      if (!board || !note) return false;
      await t.client.call('boards.apply', { workshopId, id: board.id, command: { type: 'deleteNote', id: note.id } });
      return true;
  }
}

type Snap = Awaited<ReturnType<typeof snapshot>>;

/** The oracle: an edit changes what it edits and nothing else (no cascades, no side effects on other rows). */
function expectOnlyItsOwnChange(o: Op, a: Snap, b: Snap): void {
  const untouched = (keys: (keyof Snap)[]) => {
    for (const k of keys) expect(b[k], `${o.k} must not change ${k}`).toEqual(a[k]);
  };
  switch (o.k) {
    case 'team':
    case 'renameTeam':
      untouched(['round', 'days', 'members', 'boards']);
      expect(b.teams.length).toBe(a.teams.length + (o.k === 'team' ? 1 : 0));
      return;
    case 'round':
      untouched(['days', 'teams', 'members', 'boards']);
      return;
    case 'member':
    case 'deleteMember':
      untouched(['round', 'days', 'teams', 'boards']);
      expect(b.members.length).toBe(a.members.length + (o.k === 'member' ? 1 : -1));
      return;
    case 'board':
      untouched(['round', 'days', 'teams', 'members']);
      expect(b.boards.length).toBe(a.boards.length + 1);
      return;
    case 'note':
    case 'moveNote':
    case 'deleteNote':
      untouched(['round', 'days', 'teams', 'members']);
      expect(b.boards.filter((x, i) => JSON.stringify(x) !== JSON.stringify(a.boards[i]))).toHaveLength(1);
      return;
    case 'deleteTeam': {
      untouched(['round', 'days']);
      const gone = a.teams.find((t) => !b.teams.some((u) => u.id === t.id))!;
      expect(b.members).toEqual(a.members.filter((m) => m.teamId !== gone.id));
      expect(b.boards).toEqual(a.boards.filter((x) => x.teamId !== gone.id));
    }
  }
}

describe('undo/redo (property)', () => {
  it('undoing every edit walks back through each earlier state, and redo walks forward again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), fc.boolean(), async (ops, restartMidway) => {
        let t = startTestBackend();
        try {
          const { id: workshopId } = await t.client.call('library.create', { title: 'P' });
          const states = [await snapshot(t, workshopId)];
          let n = 0;
          for (const o of ops) {
            if (!(await run(t, workshopId, o, n++))) continue;
            const before = states[states.length - 1]!;
            const after = await snapshot(t, workshopId);
            expectOnlyItsOwnChange(o, before, after);
            states.push(after);
          }
          if (restartMidway) t = t.restart();
          for (let i = states.length - 2; i >= 0; i--) {
            await t.client.call('history.undo', { workshopId });
            expect(await snapshot(t, workshopId)).toEqual(states[i]);
          }
          expect((await t.client.call('workshop.get', { workshopId })).history.canUndo).toBe(false);
          for (let i = 1; i < states.length; i++) {
            await t.client.call('history.redo', { workshopId });
            expect(await snapshot(t, workshopId)).toEqual(states[i]);
          }
          expect((await t.client.call('workshop.get', { workshopId })).history.canRedo).toBe(false);
        } finally {
          t.dispose();
        }
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 100) },
    );
  }, 180_000);
});
