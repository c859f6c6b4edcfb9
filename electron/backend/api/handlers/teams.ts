import { newId } from '../../../../shared/domain/ids';
import type { Member, Team } from '../../../../shared/domain/entities';
import { teamNameTaken } from '../../../../shared/domain/team-names';
import { ApiFailure } from '../../../../shared/api/errors';
import { edit, must, nextOrdinal } from './common';
import { defineHandlers } from './types';

export const teamHandlers = defineHandlers({
  'teams.create': ({ workshopId, team }, ctx) =>
    edit(ctx, workshopId, 'history.teams.create', (tx) => {
      // A double-click or two windows must not give two teams one name; a rename to a taken name is deliberate.
      if (teamNameTaken(tx.list('teams'), team.name))
        throw new ApiFailure('conflict', 'errors.team.nameTaken', { name: team.name.trim() });
      const t: Team = {
        county: '',
        targetGroup: '',
        targetGroupOther: '',
        process: '',
        aim: '',
        ...team,
        id: newId(),
        ordinal: nextOrdinal(tx.list('teams')),
      };
      tx.put('teams', t);
      return { id: t.id };
    }),
  'teams.update': ({ workshopId, id, patch, coalesce }, ctx) =>
    edit(
      ctx,
      workshopId,
      'history.teams.update',
      (tx) => {
        tx.put('teams', { ...must(tx, 'teams', id), ...patch });
        return {};
      },
      undefined,
      coalesce,
    ),
  'teams.delete': ({ workshopId, id }, ctx) =>
    edit(ctx, workshopId, 'history.teams.delete', (tx) => {
      must(tx, 'teams', id);
      // Children first and explicitly, so undo restores them (a cascade would not be recorded).
      for (const b of tx.list('boards', { col: 'team_id', value: id })) tx.del('boards', b.id);
      for (const m of tx.list('members', { col: 'team_id', value: id })) tx.del('members', m.id);
      for (const n of tx.list('galleryNotes', { col: 'team_id', value: id })) tx.del('galleryNotes', n.id);
      tx.del('teams', id);
      return {};
    }),
  'members.create': ({ workshopId, teamId, member }, ctx) =>
    edit(ctx, workshopId, 'history.members.create', (tx) => {
      must(tx, 'teams', teamId);
      const m: Member = {
        profession: '',
        organisation: '',
        ...member,
        id: newId(),
        teamId,
        ordinal: nextOrdinal(tx.list('members', { col: 'team_id', value: teamId })),
      };
      tx.put('members', m);
      return { id: m.id };
    }),
  'members.update': ({ workshopId, id, patch, coalesce }, ctx) =>
    edit(
      ctx,
      workshopId,
      'history.members.update',
      (tx) => {
        tx.put('members', { ...must(tx, 'members', id), ...patch });
        return {};
      },
      undefined,
      coalesce,
    ),
  'members.delete': ({ workshopId, id }, ctx) =>
    edit(ctx, workshopId, 'history.members.delete', (tx) => {
      must(tx, 'members', id);
      tx.del('members', id);
      return {};
    }),
});
