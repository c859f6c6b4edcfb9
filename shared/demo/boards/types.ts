import type { Language } from '../../domain/vocab';
import type { DemoTeamKey } from '../content-fi';

/** What a per-kind demo builder gets: which demo team it is drawing for and a deterministic id source. */
export interface DemoBoardContext {
  team: DemoTeamKey;
  lang: Language;
  nextId: () => string;
  /**
   * The boards already built for this team (kinds earlier in DEMO_BOARDS), so a board can link to their items
   * with ItemRefs, e.g. a dot-vote on the ideas wall's notes.
   */
  teamBoards: readonly DemoBuiltBoard[];
}

/** A demo board as built so far: enough to read its items and link to them. */
export interface DemoBuiltBoard {
  id: string;
  kind: string;
  name: string;
  doc: unknown;
}

/** One demo board of a kind, before it is given an id, team and timestamps. */
export interface DemoBoardSpec {
  /** The board's id, when the builder needs to know it (e.g. a future state comparing with its current state); from `nextId`. */
  id?: string;
  name: string;
  docVersion: number;
  doc: unknown;
}

/** Builds zero or more demo boards of one kind for one team. */
export type DemoBoardBuilder = (ctx: DemoBoardContext) => DemoBoardSpec[];
