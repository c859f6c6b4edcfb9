import type { WorkshopData } from '../../shared/domain/workshop-data';
import { countyName } from '../../shared/domain/counties';
import { MEMBER_ROLES } from '../../shared/domain/vocab';
import { rosterWarnings } from '../../shared/domain/team-checks';
import { boardDefinition } from '../../shared/boards/registry';

/** How a day's agenda ran (from its logged times): items run and skipped; null when it has not been run. */
function agendaRun(data: WorkshopData, dayId: string): { itemsRun: number; itemsSkipped: number } | null {
  const log = (data.agendaLog ?? []).filter((e) => e.dayId === dayId);
  if (log.length === 0) return null;
  // An item run twice (stopped and started again) counts once; its latest run decides whether it was skipped.
  const latest = new Map<string, boolean>();
  for (const e of [...log].sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0)))
    latest.set(e.itemId, e.skipped);
  const skipped = [...latest.values()].filter(Boolean).length;
  return { itemsRun: latest.size - skipped, itemsSkipped: skipped };
}

/**
 * The JSON summary `cli info` prints: round, days (with how many answered the day feedback and how the agenda
 * ran), teams with members by role and their gallery-walk notes, and every board with its counts (the same as the board header's) and its kind's summary. Counts
 * only: no feedback answer or note text is printed.
 */
export function workshopInfo(data: WorkshopData) {
  const boardsByKind: Record<string, number> = {};
  for (const b of data.boards) boardsByKind[b.kind] = (boardsByKind[b.kind] ?? 0) + 1;
  const notes = data.galleryNotes ?? [];
  const feedback = data.dayFeedback ?? [];
  const days = data.days.map((d) => ({
    title: d.title,
    date: d.date,
    venue: d.venue,
    agendaItems: d.agenda.length,
    agendaRun: agendaRun(data, d.id),
    feedbackRespondents: feedback.filter((a) => a.dayId === d.id).length,
  }));
  return {
    title: data.title,
    round: data.round,
    workshopDays: days,
    counts: {
      teams: data.teams.length,
      members: data.members.length,
      boards: data.boards.length,
      galleryNotes: notes.length,
      feedbackRespondents: feedback.length,
      agendaDaysRun: days.filter((d) => d.agendaRun !== null).length,
    },
    boardsByKind,
    teams: data.teams.map((t) => {
      const members = data.members.filter((m) => m.teamId === t.id);
      const byRole = Object.fromEntries(
        MEMBER_ROLES.map((r) => [
          r,
          members.filter((m) => m.role === r).map((m) => (m.profession ? `${m.name} (${m.profession})` : m.name)),
        ]),
      );
      return {
        name: t.name,
        county: t.county ? countyName(t.county, 'fi') : '',
        targetGroup: t.targetGroup === 'other' ? t.targetGroupOther : t.targetGroup,
        process: t.process,
        aim: t.aim,
        membersByRole: byRole,
        warnings: rosterWarnings(members),
        galleryNotes: {
          steal: notes.filter((n) => n.teamId === t.id && n.kind === 'steal').length,
          question: notes.filter((n) => n.teamId === t.id && n.kind === 'question').length,
        },
        boards: data.boards
          .filter((b) => b.teamId === t.id)
          .map((b) => {
            const def = boardDefinition(b.kind);
            return def
              ? { name: b.name, kind: b.kind, counts: def.counts(b.doc), summary: def.summary(b.doc) }
              : { name: b.name, kind: b.kind, summary: { unreadable: 'unknown board kind' } };
          }),
      };
    }),
  };
}
