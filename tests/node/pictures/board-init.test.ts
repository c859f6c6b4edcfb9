import { describe, expect, it } from 'vitest';
import { boardDefinition } from '../../../shared/boards/registry';
import { runCommand } from '../../../shared/boards/run';
import {
  dotVoteLarge,
  dotVoteSmall,
  fishboneLarge,
  fishboneSmall,
  initCommands,
  pdsaSmall,
  pdsaWithEveryField,
} from '../../helpers/picture-boards';

/** The e2e picture tests build their boards through boards.create's init commands: these rebuild the same document. */
function rebuild(kind: 'pdsa' | 'fishbone' | 'dot-vote', doc: Parameters<typeof initCommands>[1]): unknown {
  const def = boardDefinition(kind)!;
  let d: unknown = def.createEmpty();
  for (const cmd of initCommands(kind, doc)) d = runCommand(def, d, def.commandSchema.parse(cmd)).doc;
  return def.docSchema.parse(d);
}

describe('init commands of the picture test boards', () => {
  it('rebuild the PDSA boards', () => {
    for (const doc of [pdsaSmall(), pdsaWithEveryField()]) expect(rebuild('pdsa', doc)).toEqual(doc);
  });

  it('rebuild the fishbones: every category, cause, sub-cause and root-cause mark', () => {
    for (const doc of [fishboneSmall(), fishboneLarge()]) {
      const got = rebuild('fishbone', doc) as typeof doc;
      expect(got.effect.text).toBe(doc.effect.text);
      expect(got.bones).toEqual(doc.bones);
      const key = (c: (typeof doc.causes)[number]) => `${c.id}|${c.boneId}|${c.parentId}|${c.text}|${c.rootCause}`;
      expect(got.causes.map(key).sort()).toEqual(doc.causes.map(key).sort());
    }
  });

  it('rebuild the dot votes: options, paper counts, the reveal and the decision', () => {
    for (const doc of [dotVoteSmall(), dotVoteLarge()]) {
      const got = rebuild('dot-vote', doc) as typeof doc;
      expect(got.question).toBe(doc.question);
      expect(got.options).toEqual(doc.options);
      expect(got.rounds[0]!.status).toBe(doc.rounds[0]!.status);
      expect(got.rounds[0]!.revealed).toEqual(doc.rounds[0]!.revealed);
      expect(got.rounds[0]!.paper).toEqual(doc.rounds[0]!.paper);
      expect(got.decision?.optionIds ?? null).toEqual(doc.decision?.optionIds ?? null);
    }
  });
});
