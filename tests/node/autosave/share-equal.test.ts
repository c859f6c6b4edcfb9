import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shareEqual } from '../../../renderer/src/api/share-equal';

describe('shareEqual: a refetch keeps what did not change', () => {
  it('always equals the new value; is the old object itself when nothing changed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const prev = structuredClone(a);
        const out = shareEqual(prev, b);
        expect(out).toEqual(b);
        if (isDeepStrictEqual(a, b)) expect(out).toBe(prev);
      }),
    );
  });

  it('one changed board keeps the identity of its siblings and of the untouched parts', () => {
    const prev = {
      revision: 1,
      teams: [{ id: 't', name: 'A' }],
      boards: [
        { id: 'b1', updatedAt: '1' },
        { id: 'b2', updatedAt: '1' },
      ],
    };
    const next = {
      revision: 2,
      teams: [{ id: 't', name: 'A' }],
      boards: [
        { id: 'b1', updatedAt: '2' },
        { id: 'b2', updatedAt: '1' },
      ],
    };
    const out = shareEqual(prev, next);
    expect(out).not.toBe(prev);
    expect(out.teams).toBe(prev.teams);
    expect(out.boards[1]).toBe(prev.boards[1]);
    expect(out.boards[0]).toEqual({ id: 'b1', updatedAt: '2' });
  });
});
