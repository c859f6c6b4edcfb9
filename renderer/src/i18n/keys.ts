import type { TFunction } from 'i18next';
import i18n from './index';
import type { TranslationKey } from '../../../shared/i18n/keys';
import type { BoardKind } from '../../../shared/boards/registry';

export type { TranslationKey };

/**
 * A key that arrives as data, not written in code: an API error's key, a history entry's label, a board kind read
 * from a file, a key chosen by shared drawing code. The contract carries them as strings; this is the one place
 * where a string is taken for a key. An unknown one shows as itself (i18next's fallback), and the parity test checks
 * every key the backend and shared code use. Keys written in renderer code stay typed.
 */
export function keyFromData(key: string): TranslationKey {
  return key as TranslationKey;
}

/** The translator shared drawing code takes (pictures, run charts): its keys are data to the renderer. */
export function sharedTranslate(key: string, vars?: Record<string, string | number>): string {
  return i18n.t(keyFromData(key), vars ?? {});
}

/**
 * A board kind's name ("Prosessikaavio"); a kind this version does not know (from a newer file) shows as itself.
 * Asked of the locale, not the board registry, so the start does not load every board's schema (zod).
 */
export function boardKindName(t: TFunction, kind: string): string {
  return isBoardKind(kind) ? t(`boards.kind.${kind}`) : kind;
}

const isBoardKind = (kind: string): kind is BoardKind => i18n.exists(keyFromData(`boards.kind.${kind}`));
