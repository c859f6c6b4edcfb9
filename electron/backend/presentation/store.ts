import { INITIAL_PRESENTATION, type AudienceContent, type PresentationMode, type PresentationState } from '../../../shared/presentation/model';
import type { StudioEvent } from '../../../shared/api/contract';

/**
 * The one presentation state of this app instance, in memory (what the projector shows is not workshop data; the
 * parts worth keeping, like the day's actual agenda times, are stored in the workshop file by their own feature).
 * Every change is pushed to every window as a `presentation.changed` event carrying the whole state.
 */
export class PresentationStore {
  private state: PresentationState = INITIAL_PRESENTATION;

  constructor(private readonly emit: (event: StudioEvent) => void) {}

  get(): PresentationState {
    return this.state;
  }

  /** Applies a change to a copy and broadcasts it; `seq` grows by one. */
  update(change: (s: PresentationState) => PresentationState): PresentationState {
    const next = change(this.state);
    this.state = { ...next, seq: this.state.seq + 1 };
    this.emit({ type: 'presentation.changed', state: this.state });
    return this.state;
  }

  setCurrent(workshopId: string, content: AudienceContent): PresentationState {
    return this.update((s) => {
      const switched = s.workshopId !== workshopId;
      // Another workshop opened: whatever was frozen belonged to the old one.
      const mode: PresentationMode = switched && s.mode === 'freeze' ? 'follow' : s.mode;
      return { ...s, workshopId, current: content, mode, shown: mode === 'follow' || switched ? content : s.shown };
    });
  }

  setMode(mode: PresentationMode): PresentationState {
    return this.update((s) => ({ ...s, mode, shown: mode === 'follow' ? s.current : s.shown }));
  }

  show(workshopId: string, content: AudienceContent): PresentationState {
    return this.update((s) => ({ ...s, workshopId, mode: 'freeze', shown: content }));
  }
}
