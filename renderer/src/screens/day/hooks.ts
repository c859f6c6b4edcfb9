import { useEffect, useState } from 'react';
import type { PresentationState } from '../../../../shared/presentation/model';
import { call, transport } from '../../api';
import { useApp } from '../../app/store';

/** The backend's presentation state, kept current from `presentation.changed` events (null until the first answer). */
export function usePresentation(): PresentationState | null {
  const [state, setState] = useState<PresentationState | null>(null);
  useEffect(() => {
    let live = true;
    const accept = (s: PresentationState) => setState((cur) => (cur && s.seq < cur.seq && s.seq !== 0 ? cur : s));
    call('presentation.get', {})
      .then((s) => {
        if (live) accept(s);
      })
      .catch(() => undefined);
    const off = transport().onEvent((ev) => {
      if (ev.type === 'presentation.changed') accept(ev.state);
    });
    return () => {
      live = false;
      off();
    };
  }, []);
  return state;
}

/** The current time, refreshed every `everyMs` while given (null: no ticking, e.g. while paused). */
export function useNow(everyMs: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (everyMs === null) return;
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/** Reloads something whenever the open workshop's revision changes (an edit, undo or redo in any window). */
export function useWorkshopRevision(): number {
  return useApp((s) => s.workshop?.revision ?? 0);
}

/** True when a key press is text entry, where single-key shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT')
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes((target as HTMLInputElement).type);
  return false;
}
