import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestBackend, type TestBackend } from '../../helpers/backend';
import { ApiCallError } from '../../../shared/api/client';
import { teamNameTaken, uniqueDefaultTeamName } from '../../../shared/domain/team-names';

const make = (n: number) => `Tiimi ${n}`;
const teams = (...names: string[]) => names.map((name, i) => ({ id: `t${i}`, name }));

describe('team names', () => {
  it('the default skips names already taken, in any case or spacing', () => {
    expect(uniqueDefaultTeamName([], make)).toBe('Tiimi 1');
    expect(uniqueDefaultTeamName(teams('Kotihoito', 'tiimi  3 '), make)).toBe('Tiimi 4');
    expect(teamNameTaken(teams('Kotihoito'), ' KOTIHOITO')).toBe(true);
    expect(teamNameTaken(teams('Kotihoito'), 'Kotihoito', 't0')).toBe(false);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 1, max: 12 }).map(make), fc.string({ maxLength: 8 })), { maxLength: 12 }),
        (names) => {
          const existing = teams(...names);
          expect(teamNameTaken(existing, uniqueDefaultTeamName(existing, make))).toBe(false);
        },
      ),
    );
  });

  describe('teams.create', () => {
    let t: TestBackend;
    beforeEach(() => {
      t = startTestBackend();
    });
    afterEach(() => t.dispose());

    it('refuses a second team with a taken name and keeps the first', async () => {
      const { id: workshopId } = await t.client.call('library.create', { title: 'W' });
      const first = await t.client.call('teams.create', { workshopId, team: { name: 'Tiimi 3' } });
      const err = await t.client
        .call('teams.create', { workshopId, team: { name: ' tiimi 3' } })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiCallError);
      expect((err as ApiCallError).error).toMatchObject({
        code: 'conflict',
        key: 'errors.team.nameTaken',
        params: { name: 'tiimi 3' },
      });
      const state = await t.client.call('workshop.get', { workshopId });
      expect(state.teams.map((x) => x.id)).toEqual([first.id]);
    });
  });
});
