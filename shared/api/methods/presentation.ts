import { z } from 'zod';
import { Id } from '../../domain/ids';
import { m } from '../method';
import { AudienceContent, PresentationMode, PresentationState } from '../../presentation/model';

export const presentationMethods = {
  'presentation.get': m(z.object({}), PresentationState),
  /** The coach's window reports what it has open; a following audience view shows it. */
  'presentation.setCurrent': m(z.object({ workshopId: Id, content: AudienceContent }), PresentationState),
  /** Follow, freeze on what is shown now, or blank the projector. */
  'presentation.setMode': m(z.object({ mode: PresentationMode }), PresentationState),
  /** Puts this content on the projector now and holds it there (freeze) until the coach follows again. */
  'presentation.show': m(z.object({ workshopId: Id, content: AudienceContent }), PresentationState),
  /** Shows section `index` (0-based) of the shown board; clamped to the sections the audience view reported. */
  'presentation.setSection': m(z.object({ index: z.number().int() }), PresentationState),
  /**
   * The audience view reports how many sections it split `content` (what it shows) into; a report about content no
   * longer shown is ignored.
   */
  'presentation.setSectionCount': m(
    z.object({ content: AudienceContent, count: z.number().int().min(1).max(10_000) }),
    PresentationState,
  ),
  /**
   * Opens the audience window. Electron opens it itself (on the external display when there is one) and answers
   * `opened`; the browser host answers with the page to open (`/audience`), since only the page can open a tab.
   */
  'presentation.openAudience': m(
    z.object({}),
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('opened') }),
      z.object({ kind: z.literal('url'), url: z.string() }),
    ]),
  ),
};
