import {
  INITIAL_PRESENTATION,
  type AudienceContent,
  type PresentationMode,
  type PresentationState,
} from '../../../shared/presentation/model';
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
    let next = change(this.state);
    // Another content on the projector starts at its first section; its count is reported afresh.
    if (JSON.stringify(next.shown) !== JSON.stringify(this.state.shown)) {
      const { sections: _count, ...rest } = next;
      next = { ...rest, section: 0 };
    }
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

  /** Section `index` of the shown board, clamped to 0 … sections - 1 (or just to ≥ 0 before a count is known). */
  setSection(index: number): PresentationState {
    const s = this.state;
    const clamped = Math.max(0, s.sections !== undefined ? Math.min(index, s.sections - 1) : index);
    if (clamped === (s.section ?? 0)) return s;
    return this.update((x) => ({ ...x, section: clamped }));
  }

  /** The audience view's count of sections of `content`; ignored when that is no longer what is shown. */
  setSectionCount(content: AudienceContent, count: number): PresentationState {
    const s = this.state;
    if (JSON.stringify(content) !== JSON.stringify(s.shown) || s.sections === count) return s;
    return this.update((x) => ({ ...x, sections: count, section: Math.min(x.section ?? 0, count - 1) }));
  }

  show(workshopId: string, content: AudienceContent): PresentationState {
    return this.update((s) => ({ ...s, workshopId, mode: 'freeze', shown: content }));
  }
}
