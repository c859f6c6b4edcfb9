import type { Language } from '../../domain/vocab';
import type { DemoTeamKey } from '../content-fi';

/** What a per-kind demo builder gets: which demo team it is drawing for and a deterministic id source. */
export interface DemoBoardContext {
  team: DemoTeamKey;
  lang: Language;
  nextId: () => string;
}

/** One demo board of a kind, before it is given an id, team and timestamps. */
export interface DemoBoardSpec {
  name: string;
  docVersion: number;
  doc: unknown;
}

/** Builds zero or more demo boards of one kind for one team. */
export type DemoBoardBuilder = (ctx: DemoBoardContext) => DemoBoardSpec[];
