import { batchLabelKey } from '../batch';
import { BoardCommandError, type BoardDefinition } from '../types';
import type { BoardCounts } from '../counts';
import { BOARD_SHEET_COLUMNS, type SheetSpec } from '../../export/sheet';
import type { BoardItem } from '../links';
import {
  BONE_PRESETS,
  BONE_PRESET_FI,
  EVIDENCE_FI,
  FISHBONE_LIMITS,
  FishboneCommand,
  FishboneDoc,
  type Bone,
  type Cause,
  type NewCause,
} from './model';
import { causeDepth, orderedCauses, subtreeIds } from './tree';

function bone(doc: FishboneDoc, id: string): Bone {
  const b = doc.bones.find((x) => x.id === id);
  if (!b) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return b;
}

function cause(doc: FishboneDoc, id: string): Cause {
  const c = doc.causes.find((x) => x.id === id);
  if (!c) throw new BoardCommandError('errors.board.noSuchItem', { id });
  return c;
}

function assertNew(doc: FishboneDoc, id: string): void {
  if (
    doc.bones.some((b) => b.id === id) ||
    doc.causes.some((c) => c.id === id) ||
    doc.parked.some((p) => p.id === id)
  ) {
    throw new BoardCommandError('errors.board.duplicateId', { id });
  }
}

/** A category's shown name: what the team typed, else the preset's Finnish name. */
export function boneNameFi(b: Bone): string {
  return b.name || (b.preset ? BONE_PRESET_FI[b.preset] : '');
}

/** A fresh fishbone: an empty effect and the service-friendly categories. */
export function emptyFishbone(): FishboneDoc {
  return {
    effect: { text: '', source: null },
    bones: BONE_PRESETS.service.map((preset, i) => ({ id: `bone-${i + 1}`, name: '', preset })),
    causes: [],
    parked: [],
  };
}

/** Inserts `c` among its siblings: before `beforeId`, or after the last of them when null. */
function insertCause(doc: FishboneDoc, c: Cause, beforeId: string | null): void {
  if (beforeId !== null) {
    const at = doc.causes.findIndex((x) => x.id === beforeId);
    if (at >= 0) {
      doc.causes.splice(at, 0, c);
      return;
    }
  }
  let at = -1;
  doc.causes.forEach((x, i) => {
    if (x.boneId === c.boneId && x.parentId === c.parentId) at = i;
  });
  if (at < 0) doc.causes.push(c);
  else doc.causes.splice(at + 1, 0, c);
}

/** Adds one cause after the sibling `afterId` (or last among its siblings). */
function addCause(doc: FishboneDoc, nc: NewCause, afterId: string | null): void {
  assertNew(doc, nc.id);
  if (doc.causes.length >= FISHBONE_LIMITS.causes)
    throw new BoardCommandError('fishbone.errors.tooManyCauses', { max: FISHBONE_LIMITS.causes });
  bone(doc, nc.boneId);
  if (nc.parentId !== null) {
    const p = cause(doc, nc.parentId);
    if (p.boneId !== nc.boneId) throw new BoardCommandError('errors.board.invalidCommand');
    if (causeDepth(doc, p.id) + 1 > FISHBONE_LIMITS.depth)
      throw new BoardCommandError('fishbone.errors.tooDeep', { max: FISHBONE_LIMITS.depth });
  }
  const c: Cause = { ...nc, rootCause: false, evidence: null, evidenceNote: '', whys: null };
  if (afterId !== null) {
    const after = cause(doc, afterId);
    if (after.boneId !== c.boneId || after.parentId !== c.parentId)
      throw new BoardCommandError('errors.board.invalidCommand');
    const at = doc.causes.indexOf(after);
    // After the sibling's whole subtree would be the same place in sibling order; right after it is enough.
    doc.causes.splice(at + 1, 0, c);
  } else insertCause(doc, c, null);
}

/** The board's items counted once (header, storyboard, Excel, cli info). */
function countItems(doc: FishboneDoc) {
  return {
    causes: doc.causes.length,
    rootCauses: doc.causes.filter((c) => c.rootCause).length,
    categories: doc.bones.length,
  } satisfies BoardCounts;
}

export const fishbone = {
  kind: 'fishbone' as const,
  docVersion: 1,
  docSchema: FishboneDoc,
  commandSchema: FishboneCommand,
  migrations: {},
  createEmpty: emptyFishbone,

  apply(doc, cmd) {
    switch (cmd.type) {
      case 'setEffect':
        doc.effect.text = cmd.text;
        return;
      case 'setEffectSource':
        doc.effect.source = cmd.source;
        return;
      case 'addBone':
        assertNew(doc, cmd.bone.id);
        if (doc.bones.length >= FISHBONE_LIMITS.bones)
          throw new BoardCommandError('fishbone.errors.tooManyBones', { max: FISHBONE_LIMITS.bones });
        doc.bones.push({ ...cmd.bone });
        return;
      case 'renameBone':
        bone(doc, cmd.id).name = cmd.name;
        return;
      case 'deleteBone':
        bone(doc, cmd.id);
        doc.bones = doc.bones.filter((b) => b.id !== cmd.id);
        doc.causes = doc.causes.filter((c) => c.boneId !== cmd.id);
        return;
      case 'moveBone': {
        const from = doc.bones.findIndex((b) => b.id === cmd.id);
        if (from < 0) throw new BoardCommandError('errors.board.noSuchItem', { id: cmd.id });
        const [b] = doc.bones.splice(from, 1);
        doc.bones.splice(Math.min(cmd.index, doc.bones.length), 0, b!);
        return;
      }
      case 'applyTemplate': {
        const presets = BONE_PRESETS[cmd.template];
        let next = 0;
        presets.forEach((preset, i) => {
          const existing = doc.bones[i];
          if (existing) {
            existing.name = '';
            existing.preset = preset;
            return;
          }
          const id = cmd.newIds[next++];
          if (!id) throw new BoardCommandError('errors.board.invalidCommand');
          assertNew(doc, id);
          doc.bones.push({ id, name: '', preset });
        });
        return;
      }
      case 'addCause':
        addCause(doc, cmd.cause, cmd.afterId);
        return;
      case 'addCauses': {
        let after = cmd.afterId;
        for (const c of cmd.causes) {
          addCause(doc, c, after);
          after = c.id;
        }
        return;
      }
      case 'setCauseText':
        cause(doc, cmd.id).text = cmd.text;
        return;
      case 'moveCause': {
        const c = cause(doc, cmd.id);
        bone(doc, cmd.boneId);
        const moving = subtreeIds(doc, c.id);
        if (cmd.parentId !== null) {
          if (moving.has(cmd.parentId)) throw new BoardCommandError('fishbone.errors.intoItself');
          const p = cause(doc, cmd.parentId);
          if (p.boneId !== cmd.boneId) throw new BoardCommandError('errors.board.invalidCommand');
          let height = 0;
          for (const id of moving) height = Math.max(height, causeDepth(doc, id) - causeDepth(doc, c.id) + 1);
          if (causeDepth(doc, p.id) + height > FISHBONE_LIMITS.depth)
            throw new BoardCommandError('fishbone.errors.tooDeep', { max: FISHBONE_LIMITS.depth });
        }
        if (cmd.beforeId !== null) {
          const before = cause(doc, cmd.beforeId);
          if (moving.has(before.id) || before.boneId !== cmd.boneId || before.parentId !== cmd.parentId)
            throw new BoardCommandError('errors.board.invalidCommand');
        }
        for (const x of doc.causes) if (moving.has(x.id)) x.boneId = cmd.boneId;
        const at = doc.causes.indexOf(c);
        doc.causes.splice(at, 1);
        c.parentId = cmd.parentId;
        insertCause(doc, c, cmd.beforeId);
        return;
      }
      case 'deleteCause': {
        cause(doc, cmd.id);
        const gone = subtreeIds(doc, cmd.id);
        doc.causes = doc.causes.filter((c) => !gone.has(c.id));
        return;
      }
      case 'setRootCause':
        cause(doc, cmd.id).rootCause = cmd.rootCause;
        return;
      case 'setEvidence': {
        const c = cause(doc, cmd.id);
        c.evidence = cmd.evidence;
        c.evidenceNote = cmd.note;
        return;
      }
      case 'linkWhys':
        cause(doc, cmd.id).whys = cmd.whys;
        return;
      case 'addParked':
        assertNew(doc, cmd.item.id);
        if (doc.parked.length >= FISHBONE_LIMITS.parked)
          throw new BoardCommandError('fishbone.errors.tooManyParked', { max: FISHBONE_LIMITS.parked });
        doc.parked.push({ ...cmd.item });
        return;
      case 'setParkedText': {
        const p = doc.parked.find((x) => x.id === cmd.id);
        if (!p) throw new BoardCommandError('errors.board.noSuchItem', { id: cmd.id });
        p.text = cmd.text;
        return;
      }
      case 'deleteParked':
        if (!doc.parked.some((x) => x.id === cmd.id))
          throw new BoardCommandError('errors.board.noSuchItem', { id: cmd.id });
        doc.parked = doc.parked.filter((x) => x.id !== cmd.id);
        return;
      case 'batch':
        for (const c of cmd.commands) fishbone.apply(doc, c);
        return;
    }
  },

  commandLabel: (cmd) => (cmd.type === 'batch' ? batchLabelKey(cmd.label) : `boards.fishbone.commands.${cmd.type}`),

  counts: countItems,

  summary: (doc) => ({
    effect: doc.effect.text,
    ...countItems(doc),
    parked: doc.parked.length,
  }),

  items: (doc) => {
    const boneName = new Map(doc.bones.map((b) => [b.id, boneNameFi(b)]));
    const items: BoardItem[] = [];
    for (const { cause: c } of orderedCauses(doc)) {
      items.push({
        itemId: c.id,
        text: c.text,
        tag: c.rootCause ? 'root-cause' : 'cause',
        group: boneName.get(c.boneId),
      });
    }
    for (const p of doc.parked) items.push({ itemId: p.id, text: p.text, tag: 'parked' });
    return items;
  },

  toSheets(doc, ctx): SheetSpec[] {
    const boneName = new Map(doc.bones.map((b) => [b.id, boneNameFi(b)]));
    const text = new Map(doc.causes.map((c) => [c.id, c.text]));
    const base = BOARD_SHEET_COLUMNS;
    return [
      {
        name: 'Kalanruodon syyt',
        columns: [
          ...base,
          { key: 'effect', headerKey: 'export.header.problemEffect', type: 'text', width: 40 },
          { key: 'category', headerKey: 'export.header.causeCategory', type: 'text', width: 20 },
          { key: 'level', headerKey: 'export.header.level', type: 'integer', width: 8 },
          { key: 'parent', headerKey: 'export.header.parentCause', type: 'text', width: 40 },
          { key: 'cause', headerKey: 'export.header.cause', type: 'text', width: 50 },
          { key: 'rootCause', headerKey: 'export.header.rootCauseCandidate', type: 'boolean', width: 16 },
          { key: 'evidence', headerKey: 'export.header.evidence', type: 'text', width: 12 },
          { key: 'evidenceNote', headerKey: 'export.header.evidenceNote', type: 'text', width: 40 },
          { key: 'whysBoard', headerKey: 'export.header.fiveWhysBoard', type: 'id', width: 38 },
          { key: 'causeId', headerKey: 'export.header.causeId', type: 'id', width: 38 },
        ],
        rows: orderedCauses(doc).map(({ cause: c, level }) => ({
          team: ctx.teamName,
          board: ctx.boardName,
          effect: doc.effect.text,
          category: boneName.get(c.boneId) ?? '',
          level,
          parent: c.parentId ? (text.get(c.parentId) ?? '') : '',
          cause: c.text,
          rootCause: c.rootCause,
          evidence: c.evidence ? EVIDENCE_FI[c.evidence] : '',
          evidenceNote: c.evidenceNote,
          whysBoard: c.whys?.boardId ?? '',
          causeId: c.id,
        })),
      },
      {
        name: 'Parkkipaikka',
        columns: [
          ...base,
          { key: 'source', headerKey: 'export.header.source', type: 'text', width: 16 },
          { key: 'text', headerKey: 'export.header.suggestedSolution', type: 'text', width: 60 },
          { key: 'itemId', headerKey: 'export.header.id', type: 'id', width: 38 },
        ],
        rows: doc.parked.map((p) => ({
          team: ctx.teamName,
          board: ctx.boardName,
          source: 'Kalanruotokaavio',
          text: p.text,
          itemId: p.id,
        })),
      },
    ];
  },
} satisfies BoardDefinition<FishboneDoc, FishboneCommand>;
