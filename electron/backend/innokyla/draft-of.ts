import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { Language } from '../../../shared/domain/vocab';
import {
  findInText,
  findPersonalData,
  maskPersonalData,
  maskText,
  type PersonalDataFinding,
} from '../../../shared/analysis/personal-data';
import { draftToimintamalli, type ToimintamalliDraft } from '../../../shared/innokyla/draft';
import { dynamicTranslator } from '../../../shared/i18n/translate';
import type { TeamTexts } from './texts';

/** What a team's toimintamalli can show: the team, its members and boards, the days, and the team's own texts. */
export function teamScope(data: WorkshopData, teamId: string): WorkshopData {
  return {
    ...data,
    title: '',
    round: { ...data.round, name: '', notes: '' },
    teams: data.teams.filter((t) => t.id === teamId),
    members: data.members.filter((m) => m.teamId === teamId),
    boards: data.boards.filter((b) => b.teamId === teamId),
    galleryNotes: [],
    // Only the scores are summarised; the anonymous comments never reach the document.
    dayFeedback: (data.dayFeedback ?? []).map((a) => ({ ...a, comment: '' })),
    agendaLog: [],
    // The team's own texts come as TeamTexts (checked and masked on their own).
    innokylaTexts: [],
  };
}

/** Every personal-data finding (identity codes, phone numbers, e-mail addresses) the document would show. */
export function toimintamalliFindings(data: WorkshopData, teamId: string, texts: TeamTexts): PersonalDataFinding[] {
  const team = data.teams.find((t) => t.id === teamId)?.name ?? null;
  const inTexts = Object.entries(texts).flatMap(([section, text]) => {
    const matches = findInText(text ?? '');
    const masked = maskText(text ?? '', matches);
    return matches.map((m): PersonalDataFinding => ({
      kind: m.kind,
      team,
      teamId,
      board: null,
      boardId: null,
      path: `innokyla.${section}`,
      excerpt: masked.slice(Math.max(0, m.start - 24), m.end + 24).replace(/\s+/g, ' '),
    }));
  });
  return [...findPersonalData(teamScope(data, teamId)), ...inTexts];
}

/** The same data and texts with every finding masked (a copy; the workshop is never changed). */
export function maskedScope(
  data: WorkshopData,
  teamId: string,
  texts: TeamTexts,
): { data: WorkshopData; texts: TeamTexts } {
  return {
    data: maskPersonalData(teamScope(data, teamId)),
    texts: Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, maskText(v ?? '')])) as TeamTexts,
  };
}

/** The team's draft in one language; null when the team is not in the workshop. */
export function draftOf(
  data: WorkshopData,
  teamId: string,
  texts: TeamTexts,
  lang: Language,
  today = new Date().toISOString().slice(0, 10),
): ToimintamalliDraft | null {
  const team = data.teams.find((t) => t.id === teamId);
  if (!team) return null;
  return draftToimintamalli({
    team,
    members: data.members.filter((m) => m.teamId === teamId),
    boards: data.boards.filter((b) => b.teamId === teamId),
    days: data.days,
    dayFeedback: data.dayFeedback ?? [],
    texts,
    t: dynamicTranslator(lang),
    lang,
    today,
  });
}
