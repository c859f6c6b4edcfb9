import type { WorkshopData } from '../../shared/domain/workshop-data';
import { countyName } from '../../shared/domain/counties';
import { MEMBER_ROLES } from '../../shared/domain/vocab';
import { rosterWarnings } from '../../shared/domain/team-checks';
import { boardDefinition } from '../../shared/boards/registry';

/** The JSON summary `cli info` prints: round, teams with members by role, and every board with its kind's summary. */
export function workshopInfo(data: WorkshopData) {
  const boardsByKind: Record<string, number> = {};
  for (const b of data.boards) boardsByKind[b.kind] = (boardsByKind[b.kind] ?? 0) + 1;
  return {
    title: data.title,
    round: data.round,
    workshopDays: data.days.map((d) => ({ title: d.title, date: d.date, venue: d.venue, agendaItems: d.agenda.length })),
    counts: { teams: data.teams.length, members: data.members.length, boards: data.boards.length },
    boardsByKind,
    teams: data.teams.map((t) => {
      const members = data.members.filter((m) => m.teamId === t.id);
      const byRole = Object.fromEntries(
        MEMBER_ROLES.map((r) => [r, members.filter((m) => m.role === r).map((m) => (m.profession ? `${m.name} (${m.profession})` : m.name))]),
      );
      return {
        name: t.name,
        county: t.county ? countyName(t.county, 'fi') : '',
        targetGroup: t.targetGroup === 'other' ? t.targetGroupOther : t.targetGroup,
        process: t.process,
        aim: t.aim,
        membersByRole: byRole,
        warnings: rosterWarnings(members),
        boards: data.boards
          .filter((b) => b.teamId === t.id)
          .map((b) => {
            const def = boardDefinition(b.kind);
            return { name: b.name, kind: b.kind, summary: def ? def.summary(b.doc) : { unreadable: 'unknown board kind' } };
          }),
      };
    }),
  };
}
