import { produceWithPatches, enablePatches, applyPatches, type Patch } from 'immer';
import { BoardCommandError, type AnyBoardDefinition } from './types';

enablePatches();

export type { Patch };

export interface ApplyOutcome<Doc> {
  doc: Doc;
  patches: Patch[];
  inversePatches: Patch[];
}

/** Runs a (pre-validated) command through the kind's recipe; returns the new doc with forward and inverse patches. */
export function runCommand<Doc>(def: AnyBoardDefinition, doc: Doc, cmd: { type: string }): ApplyOutcome<Doc> {
  const [next, patches, inversePatches] = produceWithPatches(doc, (draft: Doc) => {
    def.apply(draft, cmd);
  });
  return { doc: next as Doc, patches, inversePatches };
}

/** Applies stored patches (undo/redo). */
export function patchDoc<Doc>(doc: Doc, patches: Patch[]): Doc {
  return applyPatches(doc as object, patches) as Doc;
}

/**
 * Brings a stored document to the kind's current version. Returns an error key instead of throwing when the
 * document is from a newer app or does not match the schema after migration.
 */
export function upgradeDoc(
  def: AnyBoardDefinition,
  version: number,
  raw: unknown,
): { ok: true; doc: unknown } | { ok: false; key: string } {
  if (version > def.docVersion) return { ok: false, key: 'errors.boardFromNewerVersion' };
  let doc = raw;
  for (let v = version; v < def.docVersion; v++) {
    const step = def.migrations[v];
    if (!step) return { ok: false, key: 'errors.boardCorrupt' };
    doc = step(doc);
  }
  const parsed = def.docSchema.safeParse(doc);
  return parsed.success ? { ok: true, doc: parsed.data } : { ok: false, key: 'errors.boardCorrupt' };
}

export { BoardCommandError };
