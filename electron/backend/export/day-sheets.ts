import { countyName } from '../../../shared/domain/counties';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { FEEDBACK_QUESTIONS, type DayRecords, type FeedbackQuestion } from '../../../shared/domain/day-records';
import { contentOrder, summarizeFeedback } from '../../../shared/analysis/day-feedback';
import { findInText, maskText, type PersonalDataFinding } from '../../../shared/analysis/personal-data';
import type { SheetSpec } from '../../../shared/export/sheet';
import type { HeaderLanguage } from '../../../shared/export/headers';

/** Finnish cell values of a note's kind and of the questions (values stay Finnish in every header language). */
const KIND_FI = { steal: 'Mitä voisimme varastaa', question: 'Kysymys' } as const;
const QUESTION_FI: Readonly<Record<FeedbackQuestion, string>> = {
  arrangements: 'Järjestelyt',
  learning: 'Oppiminen',
  collaboration: 'Tiimin yhteistyö',
  overall: 'Kokonaisarvio',
};

/** Swedish and English headers of these sheets (sheet names, keys and values stay Finnish, as in every sheet). */
const DAY_HEADERS: Readonly<Record<string, { sv: string; en: string }>> = {
  Tiimi: { sv: 'Team', en: 'Team' },
  Hyvinvointialue: { sv: 'Välfärdsområde', en: 'Wellbeing services county' },
  Laji: { sv: 'Typ', en: 'Kind' },
  Palaute: { sv: 'Respons', en: 'Feedback' },
  'Kirjoittanut tiimi': { sv: 'Skrivet av team', en: 'Written by team' },
  Päivä: { sv: 'Dag', en: 'Day' },
  Päivämäärä: { sv: 'Datum', en: 'Date' },
  Järjestelyt: { sv: 'Arrangemang', en: 'Arrangements' },
  Oppiminen: { sv: 'Lärande', en: 'Learning' },
  'Tiimin yhteistyö': { sv: 'Samarbetet i teamet', en: 'Team collaboration' },
  Kokonaisarvio: { sv: 'Helhetsbedömning', en: 'Overall' },
  'Vapaa palaute': { sv: 'Fri respons', en: 'Free feedback' },
  Kysymys: { sv: 'Fråga', en: 'Question' },
  Vastaajia: { sv: 'Svarande', en: 'Respondents' },
  Vastanneita: { sv: 'Svar på frågan', en: 'Answered' },
  Keskiarvo: { sv: 'Medelvärde', en: 'Mean' },
  'Arvio 1': { sv: 'Bedömning 1', en: 'Rating 1' },
  'Arvio 2': { sv: 'Bedömning 2', en: 'Rating 2' },
  'Arvio 3': { sv: 'Bedömning 3', en: 'Rating 3' },
  'Arvio 4': { sv: 'Bedömning 4', en: 'Rating 4' },
  'Arvio 5': { sv: 'Bedömning 5', en: 'Rating 5' },
};

/** Sheet descriptions for the cover sheet and docs/excel-schema.md. */
export const DAY_SHEET_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'Gallerian palaute': 'Rivi posterikierroksen palautetta kohden: tiimi, hyvinvointialue, laji (mitä voisimme varastaa / kysymys), teksti ja kirjoittanut tiimi.',
  Palaute: 'Rivi nimetöntä vastausta kohden: päivä, arviot 1–5 ja vapaa palaute. Ei kellonaikoja; rivit sisällön mukaisessa järjestyksessä, ei vastausjärjestyksessä.',
  'Palautteen yhteenveto': 'Rivi päivää ja kysymystä kohden: vastaajat, keskiarvo ja vastausten jakauma 1–5.',
};

/**
 * The day records as sheets: "Gallerian palaute" (gallery notes, team by team) when there are notes, and
 * "Palaute" plus "Palautteen yhteenveto" (day feedback) when there are answers. Feedback stays anonymous: only the
 * day's date, and answers sorted by their content so the row order says nothing about who answered when.
 * With `teamId` (a team's workbook) only that team's notes are written and no day feedback (it is not a team's).
 */
export function daySheets(data: WorkshopData, records: DayRecords, options: { teamId: string | null; lang?: HeaderLanguage } = { teamId: null }): SheetSpec[] {
  const lang = options.lang ?? 'fi';
  if (lang === 'fi') return finnishDaySheets(data, records, options);
  return finnishDaySheets(data, records, options).map((sheet) => ({
    ...sheet,
    columns: sheet.columns.map((c) => ({ ...c, header: DAY_HEADERS[c.header]?.[lang] ?? c.header })),
  }));
}

function finnishDaySheets(data: WorkshopData, records: DayRecords, scope: { teamId: string | null }): SheetSpec[] {
  const out: SheetSpec[] = [];
  const teams = [...data.teams].sort((a, b) => a.ordinal - b.ordinal);
  const teamName = new Map(data.teams.map((t) => [t.id, t.name]));
  const notes = teams
    .filter((t) => scope.teamId === null || t.id === scope.teamId)
    .flatMap((t) =>
      records.galleryNotes
        .filter((n) => n.teamId === t.id)
        .sort((a, b) => a.ordinal - b.ordinal)
        .map((n) => ({
          team: t.name,
          county: t.county ? countyName(t.county, 'fi') : '',
          kind: KIND_FI[n.kind],
          text: n.text,
          fromTeam: n.fromTeamId ? (teamName.get(n.fromTeamId) ?? '') : '',
        })),
    );
  if (notes.length > 0) {
    out.push({
      name: 'Gallerian palaute',
      columns: [
        { key: 'team', header: 'Tiimi', type: 'text', width: 36 },
        { key: 'county', header: 'Hyvinvointialue', type: 'text', width: 34 },
        { key: 'kind', header: 'Laji', type: 'text', width: 26 },
        { key: 'text', header: 'Palaute', type: 'text', width: 70 },
        { key: 'fromTeam', header: 'Kirjoittanut tiimi', type: 'text', width: 30 },
      ],
      rows: notes,
    });
  }
  if (scope.teamId !== null) return out;

  const days = [...data.days].sort((a, b) => a.ordinal - b.ordinal);
  const dayName = (d: (typeof days)[number]) => d.title || `Päivä ${d.ordinal + 1}`;
  const answered = days.map((d) => ({ day: d, answers: records.dayFeedback.filter((a) => a.dayId === d.id) })).filter((x) => x.answers.length > 0);
  if (answered.length === 0) return out;
  const scoreColumns = FEEDBACK_QUESTIONS.map((q) => ({ key: q, header: QUESTION_FI[q], type: 'integer' as const, width: 16 }));
  out.push({
    name: 'Palaute',
    columns: [
      { key: 'day', header: 'Päivä', type: 'text', width: 36 },
      { key: 'date', header: 'Päivämäärä', type: 'date' },
      ...scoreColumns,
      { key: 'comment', header: 'Vapaa palaute', type: 'text', width: 70 },
    ],
    rows: answered.flatMap(({ day, answers }) =>
      contentOrder(answers).map((a) => ({
        day: dayName(day),
        date: day.date,
        arrangements: a.arrangements,
        learning: a.learning,
        collaboration: a.collaboration,
        overall: a.overall,
        comment: a.comment,
      })),
    ),
  });
  out.push({
    name: 'Palautteen yhteenveto',
    columns: [
      { key: 'day', header: 'Päivä', type: 'text', width: 36 },
      { key: 'date', header: 'Päivämäärä', type: 'date' },
      { key: 'question', header: 'Kysymys', type: 'text', width: 20 },
      { key: 'respondents', header: 'Vastaajia', type: 'integer', width: 12 },
      { key: 'answered', header: 'Vastanneita', type: 'integer', width: 12 },
      { key: 'mean', header: 'Keskiarvo', type: 'number', width: 12 },
      ...[1, 2, 3, 4, 5].map((s) => ({ key: `n${s}`, header: `Arvio ${s}`, type: 'integer' as const, width: 10 })),
    ],
    rows: answered.flatMap(({ day, answers }) => {
      const s = summarizeFeedback(answers);
      return s.questions.map((q) => ({
        day: dayName(day),
        date: day.date,
        question: QUESTION_FI[q.question],
        respondents: s.respondents,
        answered: q.n,
        mean: q.mean === null ? null : Math.round(q.mean * 100) / 100,
        n1: q.distribution[0],
        n2: q.distribution[1],
        n3: q.distribution[2],
        n4: q.distribution[3],
        n5: q.distribution[4],
      }));
    }),
  });
  return out;
}

/** Personal data in gallery notes and feedback comments (an e-mail or phone number written into a note). */
export function findPersonalDataInRecords(data: WorkshopData, records: DayRecords, scope: { teamId: string | null } = { teamId: null }): PersonalDataFinding[] {
  const team = (id: string) => data.teams.find((t) => t.id === id)?.name ?? null;
  const out: PersonalDataFinding[] = [];
  const scan = (text: string, path: string, teamId: string | null) => {
    for (const m of findInText(text)) {
      out.push({ kind: m.kind, team: teamId ? team(teamId) : null, teamId, board: null, boardId: null, path, excerpt: maskText(text).slice(0, 80) });
    }
  };
  records.galleryNotes.forEach((n, i) => {
    if (scope.teamId === null || n.teamId === scope.teamId) scan(n.text, `galleryNotes[${i}].text`, n.teamId);
  });
  if (scope.teamId === null) records.dayFeedback.forEach((a, i) => scan(a.comment, `dayFeedback[${i}].comment`, null));
  return out;
}

/** The records with personal data masked (for an export that masks it). */
export function maskDayRecords(records: DayRecords): DayRecords {
  return {
    galleryNotes: records.galleryNotes.map((n) => ({ ...n, text: maskText(n.text) })),
    dayFeedback: records.dayFeedback.map((a) => ({ ...a, comment: maskText(a.comment) })),
  };
}
