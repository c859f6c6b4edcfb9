import { countyName } from '../../../shared/domain/counties';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { FEEDBACK_QUESTIONS, type DayRecords, type FeedbackQuestion } from '../../../shared/domain/day-records';
import { contentOrder, summarizeFeedback } from '../../../shared/analysis/day-feedback';
import type { SheetSpec } from '../../../shared/export/sheet';
import { withHeaderLanguage, type HeaderLanguage } from '../../../shared/export/headers';
import { agendaSheets } from './agenda-sheet';
import { byOrdinal, dayLabelFi } from './workshop-sheets';

/** Finnish cell values of a note's kind and of the questions (values stay Finnish in every header language). */
const KIND_FI = { steal: 'Mitä voisimme varastaa', question: 'Kysymys' } as const;
const QUESTION_FI: Readonly<Record<FeedbackQuestion, string>> = {
  arrangements: 'Järjestelyt',
  learning: 'Oppiminen',
  collaboration: 'Tiimin yhteistyö',
  overall: 'Kokonaisarvio',
};

/** Sheet descriptions for the cover sheet and docs/excel-schema.md. */
export const DAY_SHEET_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'Gallerian palaute': 'Rivi posterikierroksen palautetta kohden: tiimi, hyvinvointialue, laji (mitä voisimme varastaa / kysymys), teksti ja kirjoittanut tiimi.',
  Palaute: 'Rivi nimetöntä vastausta kohden: päivä, arviot 1–5 ja vapaa palaute. Ei kellonaikoja; rivit sisällön mukaisessa järjestyksessä, ei vastausjärjestyksessä.',
  'Palautteen yhteenveto': 'Rivi päivää ja kysymystä kohden: vastaajat, keskiarvo ja vastausten jakauma 1–5.',
};

/** The same descriptions in Swedish and English, for the cover sheet in those header languages. */
export const DAY_SHEET_DESCRIPTIONS_SV: Readonly<Record<string, string>> = {
  'Gallerian palaute': 'En rad per respons från gallerivandringen: team, välfärdsområde, typ (det här kunde vi stjäla / fråga), text och teamet som skrev.',
  Palaute: 'En rad per anonymt svar: dag, bedömningar 1–5 och fri respons. Inga klockslag; raderna i innehållsordning, inte i svarsordning.',
  'Palautteen yhteenveto': 'En rad per dag och fråga: svarande, medelvärde och svarens fördelning 1–5.',
};

export const DAY_SHEET_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  'Gallerian palaute': 'One row per gallery-walk note: team, county, kind (what we could steal / question), text and the team that wrote it.',
  Palaute: 'One row per anonymous answer: day, ratings 1–5 and free feedback. No times of day; rows in content order, not in the order of answering.',
  'Palautteen yhteenveto': 'One row per day and question: respondents, mean and the distribution of answers 1–5.',
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
  return withHeaderLanguage(finnishDaySheets(data, records, options), lang);
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

  const days = [...data.days].sort(byOrdinal);
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
        day: dayLabelFi(day),
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
        day: dayLabelFi(day),
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

/** The day records a workshop's data carries (absent ones are empty). */
export function dayRecordsOf(data: WorkshopData): Required<DayRecords> {
  return { galleryNotes: data.galleryNotes ?? [], dayFeedback: data.dayFeedback ?? [], agendaLog: data.agendaLog ?? [] };
}

/**
 * Every sheet of the workshop day, from the data's own records: Gallerian palaute, Palaute, Palautteen yhteenveto
 * and Aikataulu toteutui, each only when it has rows. With `teamId` (a team's workbook) only that team's notes: day
 * feedback and the agenda's times belong to the round's days, not to a team. Headers in Finnish (the cover sheet
 * puts every sheet's headers in the workbook's language).
 */
export function dayRecordSheets(data: WorkshopData, options: { teamId?: string | null; now?: number } = {}): SheetSpec[] {
  const teamId = options.teamId ?? null;
  const records = dayRecordsOf(data);
  return [
    ...finnishDaySheets(data, records, { teamId }),
    ...(teamId === null ? agendaSheets(data, records.agendaLog, options.now === undefined ? {} : { now: options.now }) : []),
  ];
}
