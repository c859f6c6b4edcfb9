import { FEEDBACK_QUESTIONS, type DayFeedback, type FeedbackQuestion } from '../domain/day-records';

export interface QuestionSummary {
  question: FeedbackQuestion;
  /** How many answered this question (an empty answer is not counted). */
  n: number;
  /** Mean of the answers, or null when nobody answered. */
  mean: number | null;
  /** Counts of 1, 2, 3, 4 and 5, in that order. */
  distribution: [number, number, number, number, number];
}

export interface FeedbackSummary {
  /** Respondents: every saved answer counts once, whatever it left empty. */
  respondents: number;
  questions: QuestionSummary[];
  /** The non-empty comments, sorted alphabetically so their order says nothing about who wrote them. */
  comments: string[];
}

/** Summary of one day's feedback: respondents, mean and distribution per question, comments. */
export function summarizeFeedback(
  answers: readonly Pick<DayFeedback, FeedbackQuestion | 'comment'>[],
  locale = 'fi',
): FeedbackSummary {
  const questions = FEEDBACK_QUESTIONS.map((question): QuestionSummary => {
    const scores = answers.map((a) => a[question]).filter((s): s is number => s !== null);
    const count = (v: number) => scores.filter((s) => s === v).length;
    const distribution: QuestionSummary['distribution'] = [count(1), count(2), count(3), count(4), count(5)];
    const sum = scores.reduce((a, b) => a + b, 0);
    return { question, n: scores.length, mean: scores.length ? sum / scores.length : null, distribution };
  });
  const collator = new Intl.Collator(locale);
  const comments = answers
    .map((a) => a.comment.trim())
    .filter((c) => c !== '')
    .sort(collator.compare);
  return { respondents: answers.length, questions, comments };
}

type ContentOf = Pick<DayFeedback, FeedbackQuestion | 'comment'>;

const contentKey = (a: ContentOf): string =>
  FEEDBACK_QUESTIONS.map((q) => (a[q] === null ? '0' : String(a[q]))).join('');
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Compares two answers by their content only: the scores (empty first), then the comment. */
export function compareContent(a: ContentOf, b: ContentOf): number {
  return contentKey(a).localeCompare(contentKey(b)) || byCodeUnits(a.comment, b.comment);
}

/**
 * Answers in an order that carries no information about when they were given: sorted by their content (scores,
 * then comment). Used wherever answers are listed one by one (the Excel sheet).
 */
export function contentOrder<T extends ContentOf>(answers: readonly T[]): T[] {
  return [...answers].sort(compareContent);
}

/**
 * The one order answers are kept in as portable data (JSON package, WorkshopStore.data()): day by day (day id),
 * then by content, then date and the random id, so the order is total and says nothing about who answered when.
 */
export function feedbackPackageOrder<T extends DayFeedback>(answers: readonly T[]): T[] {
  return [...answers].sort(
    (a, b) =>
      byCodeUnits(a.dayId, b.dayId) ||
      compareContent(a, b) ||
      byCodeUnits(a.givenOn, b.givenOn) ||
      byCodeUnits(a.id, b.id),
  );
}
