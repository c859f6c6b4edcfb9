import type { WorkshopData } from '../domain/workshop-data';

/**
 * References the schema cannot see: ids unique per collection (they become primary keys) and members, boards and
 * gallery notes pointing at a team that exists. Returns a short description of the first problem, or null.
 */
export function integrityProblem(data: WorkshopData): string | null {
  const dup = (label: string, items: readonly { id: string }[]): string | null => {
    const seen = new Set<string>();
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id;
      if (seen.has(id)) return `workshop.${label}[${i}].id: duplicate id "${id}"`;
      seen.add(id);
    }
    return null;
  };
  const agenda = data.days.flatMap((d) => d.agenda);
  const problem =
    dup('teams', data.teams) ??
    dup('members', data.members) ??
    dup('boards', data.boards) ??
    dup('days', data.days) ??
    // Agenda items are checked across all days: a store may keep them in one table.
    dup('days[*].agenda', agenda) ??
    dup('galleryNotes', data.galleryNotes ?? []) ??
    dup('dayFeedback', data.dayFeedback ?? []) ??
    dup('agendaLog', data.agendaLog ?? []) ??
    dup('innokylaTexts', data.innokylaTexts ?? []);
  if (problem) return problem;

  const teamIds = new Set(data.teams.map((t) => t.id));
  for (const [label, items] of [
    ['members', data.members],
    ['boards', data.boards],
  ] as const) {
    for (let i = 0; i < items.length; i++) {
      const teamId = items[i]!.teamId;
      if (!teamIds.has(teamId)) return `workshop.${label}[${i}].teamId: no team with id "${teamId}"`;
    }
  }
  // A note belongs to a team (and goes with it). Its writer (fromTeamId) may name a team deleted since, and day
  // feedback and agenda times may name a deleted day: the workshop file keeps those too, so import does.
  const notes = data.galleryNotes ?? [];
  for (let i = 0; i < notes.length; i++) {
    const teamId = notes[i]!.teamId;
    if (!teamIds.has(teamId)) return `workshop.galleryNotes[${i}].teamId: no team with id "${teamId}"`;
  }
  // A team's text per section is one row (a unique index in the file).
  const texts = data.innokylaTexts ?? [];
  const sections = new Set<string>();
  for (let i = 0; i < texts.length; i++) {
    const { teamId, section } = texts[i]!;
    if (!teamIds.has(teamId)) return `workshop.innokylaTexts[${i}].teamId: no team with id "${teamId}"`;
    const key = `${teamId}\u0000${section}`;
    if (sections.has(key)) return `workshop.innokylaTexts[${i}]: a second text for section "${section}" of its team`;
    sections.add(key);
  }
  return null;
}
