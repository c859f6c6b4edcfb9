import { describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../../../shared/demo/demo-workshop';
import { valueStream, totalsOf } from '../../../../shared/boards/value-stream/definition';

describe('value-stream demo boards', () => {
  const demo = createDemoWorkshop({ lang: 'fi' });
  const streams = demo.boards.filter((b) => b.kind === 'value-stream');

  it('one current state per team, derived from the team map and linked to it; a future state for one team', () => {
    expect(streams).toHaveLength(4);
    for (const b of streams) expect(valueStream.docSchema.safeParse(b.doc).success).toBe(true);
    const docs = streams.map((b) => valueStream.docSchema.parse(b.doc));
    expect(new Set(streams.map((b) => b.teamId)).size).toBe(3);
    for (const [i, d] of docs.entries()) {
      const map = demo.boards.find((b) => b.id === d.source?.boardId);
      expect(map?.kind).toBe('process-map');
      expect(map?.teamId).toBe(streams[i]!.teamId);
      expect(d.steps.length).toBeGreaterThanOrEqual(5);
      expect(d.steps.every((s) => s.source?.boardId === map?.id)).toBe(true);
    }
    const future = docs.find((d) => d.state === 'future')!;
    const current = streams.find((b) => b.id === future.compareWith)!;
    const currentDoc = valueStream.docSchema.parse(current.doc);
    // Two waits removed: lead time shorter, the same work.
    const a = totalsOf(currentDoc);
    const b = totalsOf(future);
    expect(b.lead!.typical).toBeLessThan(a.lead!.typical);
    expect(b.process!.typical).toBe(a.process!.typical);
    expect(future.steps.filter((s, i) => s.wait.value === 0 && currentDoc.steps[i]!.wait.value !== 0)).toHaveLength(2);
  });
});
