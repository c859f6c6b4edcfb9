import { z } from 'zod';
import { Id } from '../../domain/ids';
import { m } from '../method';
import { PresentationState } from '../../presentation/model';
import { AgendaLogEntry } from '../../domain/agenda-log';

const nothing = z.object({});
/** Minutes come in as any number so that 0 or 1,000 get the translated range message rather than a schema error. */
const minutes = z.number();

export const agendaMethods = {
  /**
   * Starts the day's agenda at its first item (or `fromItemId`) and puts it on the audience view. Replaces a run in
   * progress (its current item is logged as ended).
   */
  'agenda.start': m(z.object({ workshopId: Id, dayId: Id, fromItemId: Id.optional() }), PresentationState),
  'agenda.pause': m(nothing, PresentationState),
  'agenda.resume': m(nothing, PresentationState),
  /** The current item is done; the next one starts now (after the last one the run ends). */
  'agenda.next': m(nothing, PresentationState),
  /** The current item is left out (logged as skipped); the next one starts now. */
  'agenda.skip': m(nothing, PresentationState),
  /** Five more minutes for the current item. */
  'agenda.extend': m(nothing, PresentationState),
  'agenda.stop': m(nothing, PresentationState),
  /** The actual times of a workshop's days (one day with `dayId`), in the order they ran. */
  'agenda.log': m(z.object({ workshopId: Id, dayId: Id.optional() }), z.array(AgendaLogEntry)),

  /** Starts the quick timer (1 to 180 whole minutes); with a workshop it is put on the audience view. */
  'timer.start': m(z.object({ minutes, workshopId: Id.optional() }), PresentationState),
  'timer.pause': m(nothing, PresentationState),
  'timer.resume': m(nothing, PresentationState),
  /** Adds minutes to the running or paused timer (the total stays within 180 minutes). */
  'timer.add': m(z.object({ minutes }), PresentationState),
  'timer.stop': m(nothing, PresentationState),
};
