import type { ReactElement } from 'react';
import type { WorkshopState } from '../../../shared/api/contract';
import type { AudienceContent, PresentationState } from '../../../shared/presentation/model';
import { welcomeModule } from './modules/welcome';
import { boardModule } from './modules/board';
import { agendaModule } from './modules/agenda';
import { timerModule } from './modules/timer';
import { galleryModule } from './modules/gallery';
import { storyboardModule } from './modules/storyboard';

export type AudienceKind = AudienceContent['kind'];

/** What an audience module gets: the whole presentation state, its own content and the shown workshop. */
export interface AudienceProps<K extends AudienceKind> {
  state: PresentationState;
  content: Extract<AudienceContent, { kind: K }>;
  workshop: WorkshopState;
}

/**
 * How one kind of content looks on the projector. The module draws on a 1920x1080 stage (scaled to the screen),
 * with text of at least 24 px; it has no toolbars and takes no input (the coach drives it from the laptop).
 */
export interface AudienceModule<K extends AudienceKind> {
  kind: K;
  Component: (props: AudienceProps<K>) => ReactElement | null;
}

type Registry = { [K in AudienceKind]?: AudienceModule<K> };

/**
 * One module per content kind. A feature adds its module with one line here (agenda and timer: the agenda runner;
 * gallery: the gallery walk; storyboard: the storyboard). A kind without a module shows a calm titled screen.
 */
export const AUDIENCE_MODULES: Registry = {
  welcome: welcomeModule,
  board: boardModule,
  agenda: agendaModule,
  timer: timerModule,
  gallery: galleryModule,
  storyboard: storyboardModule,
};

export function audienceModule<K extends AudienceKind>(kind: K): AudienceModule<K> | undefined {
  return (AUDIENCE_MODULES as Partial<Record<AudienceKind, unknown>>)[kind] as AudienceModule<K> | undefined;
}
