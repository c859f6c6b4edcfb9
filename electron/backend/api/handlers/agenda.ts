import { agendaRunner } from '../../presentation/agenda';
import type { Ctx } from './types';
import { defineHandlers } from './types';

const runner = (ctx: Ctx) =>
  agendaRunner({ library: ctx.library, presentation: ctx.presentation, timeScale: ctx.options.timeScale });

export const agendaHandlers = defineHandlers({
  'agenda.start': (input, ctx) => runner(ctx).start(input),
  'agenda.pause': (_input, ctx) => runner(ctx).pause(),
  'agenda.resume': (_input, ctx) => runner(ctx).resume(),
  'agenda.next': (_input, ctx) => runner(ctx).advance(false),
  'agenda.skip': (_input, ctx) => runner(ctx).advance(true),
  'agenda.extend': (_input, ctx) => runner(ctx).extend(),
  'agenda.stop': (_input, ctx) => runner(ctx).stop(),
  'agenda.log': ({ workshopId, dayId }, ctx) => runner(ctx).actuals(workshopId, dayId),
  'timer.start': ({ minutes, workshopId }, ctx) => runner(ctx).timerStart(minutes, workshopId),
  'timer.pause': (_input, ctx) => runner(ctx).timerPause(),
  'timer.resume': (_input, ctx) => runner(ctx).timerResume(),
  'timer.add': ({ minutes }, ctx) => runner(ctx).timerAdd(minutes),
  'timer.stop': (_input, ctx) => runner(ctx).timerStop(),
});
