import { countyName } from '../../../shared/domain/counties';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { FEEDBACK_QUESTIONS, type DayRecords, type FeedbackQuestion } from '../../../shared/domain/day-records';
import { contentOrder, summarizeFeedback } from '../../../shared/analysis/day-feedback';
import type { ExportHeaderKey, SheetSpec } from '../../../shared/export/sheet';
import { translator, type TranslationKey } from '../../../shared/i18n/translate';
import { withHeaderLanguage, type HeaderLanguage } from '../../../shared/export/headers';
import { agendaSheets } from './agenda-sheet';
import { byOrdinal, dayLabelFi } from './workshop-sheets';

/** Cell values stay Finnish in every header language: the app's own Finnish words for note kinds and questions. */
const fi = translator('fi');

/** The questions' column headers. */
const QUESTION_HEADER: Readonly<Record<FeedbackQuestion, ExportHeaderKey>> = {
  arrangements: 'export.header.arrangements',
  learning: 'export.header.learning',
  collaboration: 'export.header.teamCollaboration',
  overall: 'export.header.overall',
};

/** Sheet descriptions for the cover sheet and docs/excel-schema.md, as keys of export.json. */
export const DAY_SHEET_DESCRIPTIONS = {
  'Gallerian palaute': 'export.sheet.galleryNotes',
  Palaute: 'export.sheet.feedback',
  'Palautteen yhteenveto': 'export.sheet.feedbackSummary',
} as const satisfies Readonly<Record<string, TranslationKey>>;

/**
 * The day records as sheets: "Gallerian palaute" (gallery notes, team by team) when there are notes, and
 * "Palaute" plus "Palautteen yhteenveto" (day feedback) when there are answers. Feedback stays anonymous: only the
 * day's date, and answers sorted by their content so the row order says nothing about who answered when.
 * With `teamId` (a team's workbook) only that team's notes are written and no day feedback (it is not a team's).
 */
export function daySheets(
  data: WorkshopData,
  records: DayRecords,
  options: { teamId: string | null; lang?: HeaderLanguage } = { teamId: null },
): SheetSpec[] {
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
          kind: fi(`gallery.kind.${n.kind}`),
          text: n.text,
          fromTeam: n.fromTeamId ? (teamName.get(n.fromTeamId) ?? '') : '',
        })),
    );
  if (notes.length > 0) {
    out.push({
      name: 'Gallerian palaute',
      columns: [
        { key: 'team', headerKey: 'export.header.team', type: 'text', width: 36 },
        { key: 'county', headerKey: 'export.header.wellbeingServicesCounty', type: 'text', width: 34 },
        { key: 'kind', headerKey: 'export.header.kind', type: 'text', width: 26 },
        { key: 'text', headerKey: 'export.header.feedback', type: 'text', width: 70 },
        { key: 'fromTeam', headerKey: 'export.header.writtenByTeam', type: 'text', width: 30 },
      ],
      rows: notes,
    });
  }
  if (scope.teamId !== null) return out;

  const days = [...data.days].sort(byOrdinal);
  const answered = days
    .map((d) => ({ day: d, answers: records.dayFeedback.filter((a) => a.dayId === d.id) }))
    .filter((x) => x.answers.length > 0);
  if (answered.length === 0) return out;
  const scoreColumns = FEEDBACK_QUESTIONS.map((q) => ({
    key: q,
    headerKey: QUESTION_HEADER[q],
    type: 'integer' as const,
    width: 16,
  }));
  out.push({
    name: 'Palaute',
    columns: [
      { key: 'day', headerKey: 'export.header.day', type: 'text', width: 36 },
      { key: 'date', headerKey: 'export.header.date', type: 'date' },
      ...scoreColumns,
      { key: 'comment', headerKey: 'export.header.freeFeedback', type: 'text', width: 70 },
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
      { key: 'day', headerKey: 'export.header.day', type: 'text', width: 36 },
      { key: 'date', headerKey: 'export.header.date', type: 'date' },
      { key: 'question', headerKey: 'export.header.question', type: 'text', width: 20 },
      { key: 'respondents', headerKey: 'export.header.respondents', type: 'integer', width: 12 },
      { key: 'answered', headerKey: 'export.header.answered', type: 'integer', width: 12 },
      { key: 'mean', headerKey: 'export.header.mean', type: 'number', width: 12 },
      ...([1, 2, 3, 4, 5] as const).map((s) => ({
        key: `n${s}`,
        headerKey: `export.header.rating${s}` as const,
        type: 'integer' as const,
        width: 10,
      })),
    ],
    rows: answered.flatMap(({ day, answers }) => {
      const s = summarizeFeedback(answers);
      return s.questions.map((q) => ({
        day: dayLabelFi(day),
        date: day.date,
        question: fi(`feedback.q.${q.question}.label`),
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
  return {
    galleryNotes: data.galleryNotes ?? [],
    dayFeedback: data.dayFeedback ?? [],
    agendaLog: data.agendaLog ?? [],
  };
}

/**
 * Every sheet of the workshop day, from the data's own records: Gallerian palaute, Palaute, Palautteen yhteenveto
 * and Aikataulu toteutui, each only when it has rows. With `teamId` (a team's workbook) only that team's notes: day
 * feedback and the agenda's times belong to the round's days, not to a team. Headers in Finnish (the cover sheet
 * puts every sheet's headers in the workbook's language).
 */
export function dayRecordSheets(
  data: WorkshopData,
  options: { teamId?: string | null; now?: number } = {},
): SheetSpec[] {
  const teamId = options.teamId ?? null;
  const records = dayRecordsOf(data);
  return [
    ...finnishDaySheets(data, records, { teamId }),
    ...(teamId === null
      ? agendaSheets(data, records.agendaLog, options.now === undefined ? {} : { now: options.now })
      : []),
  ];
}
