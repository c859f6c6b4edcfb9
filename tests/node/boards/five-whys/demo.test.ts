import { describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../../../shared/demo';
import { FishboneDoc } from '../../../../shared/boards/fishbone/model';
import { FiveWhysDoc } from '../../../../shared/boards/five-whys/model';

describe('root-cause demo boards', () => {
  it('every demo team has a fishbone and a 5-whys chain linked back to a cause on it', () => {
    const w = createDemoWorkshop({ lang: 'fi' });
    for (const team of w.teams) {
      const mine = w.boards.filter((b) => b.teamId === team.id);
      const fb = mine.find((b) => b.kind === 'fishbone');
      const wh = mine.find((b) => b.kind === 'five-whys');
      expect(fb && wh).toBeTruthy();
      const fish = FishboneDoc.parse(fb!.doc);
      const whys = FiveWhysDoc.parse(wh!.doc);
      expect(fish.causes.length).toBeGreaterThanOrEqual(8);
      expect(fish.causes.some((c) => c.parentId !== null)).toBe(true);
      expect(fish.causes.some((c) => c.rootCause && c.evidence)).toBe(true);
      expect(fish.parked.length).toBeGreaterThan(0);
      expect(whys.source?.boardId).toBe(fb!.id);
      expect(fish.causes.find((c) => c.id === whys.source?.itemId)?.text).toBe(whys.problem);
      expect(whys.steps.some((s) => s.rootCause && s.countermeasure)).toBe(true);
    }
  });
});
