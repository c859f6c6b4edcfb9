import { ApiFailure } from '../../../../shared/api/errors';
import { isEmptyFeedback } from '../../../../shared/domain/day-records';
import { summarizeFeedback } from '../../../../shared/analysis/day-feedback';
import { addDayFeedback, listDayFeedback } from '../../workshop/day-records';
import { defineHandlers } from './types';

/** Today's date (local), the finest time an answer keeps. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const feedbackHandlers = defineHandlers({
  'feedback.submit': async ({ workshopId, dayId, answers }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    if (!ws.state().days.some((d) => d.id === dayId)) throw new ApiFailure('notFound', 'errors.notFound.day');
    if (isEmptyFeedback(answers)) throw new ApiFailure('invalidInput', 'feedback.errors.empty');
    addDayFeedback(ws.db, dayId, answers, today());
    return {};
  },
  'feedback.summary': async ({ workshopId, dayId }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    return summarizeFeedback(listDayFeedback(ws.db, dayId));
  },
  'feedback.counts': async ({ workshopId }, ctx) => {
    const ws = await ctx.library.get(workshopId);
    const counts: Record<string, number> = {};
    for (const a of listDayFeedback(ws.db)) counts[a.dayId] = (counts[a.dayId] ?? 0) + 1;
    return counts;
  },
});
