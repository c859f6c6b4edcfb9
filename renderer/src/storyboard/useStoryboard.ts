import { useEffect, useRef, useState } from 'react';
import { ApiCallError } from '../../../shared/api/client';
import type { WorkshopState } from '../../../shared/api/contract';
import { buildStoryboard, type Storyboard, type StoryboardBoard } from '../../../shared/storyboard/model';
import { call } from '../api';
import { todayIso } from '../i18n/format';

/** The board kinds a storyboard reads; other boards are never fetched for it. */
export const STORYBOARD_KINDS = [
  'driver-diagram',
  'process-map',
  'fishbone',
  'five-whys',
  'dot-vote',
  'pdsa',
  'measures',
] as const;

export type StoryboardState =
  | { status: 'loading' }
  | { status: 'missingTeam' }
  | { status: 'error'; key: string }
  | { status: 'ready'; storyboard: Storyboard; boardCount: number };

/**
 * The storyboard of a team in `workshop`, rebuilt whenever the workshop changes. Board documents are cached by
 * board and `updatedAt`, so an edit on one board refetches that board only. The last good storyboard stays on
 * screen while a change loads (the projector never flickers).
 */
export function useStoryboard(workshop: WorkshopState | null, teamId: string): StoryboardState {
  const [state, setState] = useState<StoryboardState>({ status: 'loading' });
  const cache = useRef(new Map<string, { stamp: string; board: StoryboardBoard | null }>());
  const team = workshop?.teams.find((t) => t.id === teamId);
  const metas = (workshop?.boards ?? []).filter(
    (b) => b.teamId === teamId && (STORYBOARD_KINDS as readonly string[]).includes(b.kind),
  );
  const key = `${workshop?.id}:${workshop?.revision}:${teamId}:${metas.map((b) => `${b.id}@${b.updatedAt}`).join(',')}`;

  useEffect(() => {
    if (!workshop) return;
    if (!team) {
      setState({ status: 'missingTeam' });
      return;
    }
    let live = true;
    const load = async (): Promise<StoryboardBoard[]> => {
      const out = await Promise.all(
        metas.map(async (meta) => {
          const stamp = `${meta.updatedAt}:${meta.name}:${meta.ordinal}`;
          const hit = cache.current.get(meta.id);
          if (hit && hit.stamp === stamp) return hit.board;
          try {
            const b = await call('boards.get', { workshopId: workshop.id, id: meta.id });
            const board = { id: b.id, kind: b.kind, name: b.name, ordinal: b.ordinal, doc: b.doc };
            cache.current.set(meta.id, { stamp, board });
            return board;
          } catch (e) {
            // A board deleted meanwhile (or unreadable) is left out; the storyboard is still made from the rest.
            if (e instanceof ApiCallError && e.error.code === 'notFound') return null;
            throw e;
          }
        }),
      );
      return out.filter((b): b is StoryboardBoard => b !== null);
    };
    load()
      .then((boards) => {
        if (!live) return;
        const storyboard = buildStoryboard({ team, members: workshop.members, boards, today: todayIso() });
        setState({
          status: 'ready',
          storyboard,
          boardCount: workshop.boards.filter((b) => b.teamId === teamId).length,
        });
      })
      .catch((e: unknown) => {
        if (live) setState({ status: 'error', key: e instanceof ApiCallError ? e.error.key : 'storyboard.loadError' });
      });
    return () => {
      live = false;
    };
    // `key` captures every input that matters (workshop, revision, team, its boards and their stamps).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reloading on every new object identity would refetch on each render
  }, [key, !!team]);

  return state;
}
