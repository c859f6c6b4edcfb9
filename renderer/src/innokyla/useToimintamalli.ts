import { useEffect, useState } from 'react';
import type { Output, WorkshopState } from '../../../shared/api/contract';
import type { Language } from '../../../shared/domain/vocab';
import { call } from '../api';
import { errorMessage } from '../app/toasts';

export type Draft = Output<'innokyla.draft'>;
export type DraftState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; draft: Draft };

/**
 * The team's toimintamalli draft, made again by the backend whenever the workshop changes (a board edit, the team's
 * own text, an undo) or the coach asks (`nonce`). The last draft stays on screen while the next one loads.
 */
export function useToimintamalli(workshop: WorkshopState, teamId: string, lang: Language, nonce: number): DraftState {
  const [state, setState] = useState<DraftState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    call('innokyla.draft', { workshopId: workshop.id, teamId, lang }).then(
      (draft) => live && setState({ status: 'ready', draft }),
      (e: unknown) => live && setState({ status: 'error', message: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [workshop.id, workshop.revision, teamId, lang, nonce]);
  return state;
}
