import { z } from 'zod';
import { Id } from '../../domain/ids';
import { m } from '../method';
import { FEEDBACK_QUESTIONS, FeedbackAnswers } from '../../domain/day-records';

const Count = z.number().int().min(0);

export const FeedbackSummarySchema = z.object({
  respondents: Count,
  questions: z.array(
    z.object({
      question: z.enum(FEEDBACK_QUESTIONS),
      n: Count,
      mean: z.number().nullable(),
      distribution: z.tuple([Count, Count, Count, Count, Count]),
    }),
  ),
  comments: z.array(z.string()),
});

export const feedbackMethods = {
  /** Saves one anonymous answer to a workshop day's feedback. An empty form is refused (nothing to save). */
  'feedback.submit': m(
    z.object({
      workshopId: Id,
      dayId: Id,
      answers: FeedbackAnswers,
    }),
    z.object({}),
  ),
  /** A day's feedback summarised: respondents, mean and distribution per question, comments in alphabetical order. */
  'feedback.summary': m(z.object({ workshopId: Id, dayId: Id }), FeedbackSummarySchema),
  /** How many answered, per workshop day (days without answers are left out). */
  'feedback.counts': m(z.object({ workshopId: Id }), z.record(z.string(), Count)),
};
