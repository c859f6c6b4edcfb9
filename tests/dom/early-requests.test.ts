// @vitest-environment jsdom
// The start's first requests (renderer/src/app/early.ts): sent once at import, each answer handed to its first
// takers only, none on the audience page; what nobody took is dropped when the start opens a workshop.
import { afterEach, describe, expect, it, vi } from 'vitest';

const call = vi.fn((method: string) => Promise.resolve({ method }));
vi.mock('../../renderer/src/api', () => ({ call }));

async function load(hash = '', path = '/') {
  vi.resetModules();
  call.mockClear();
  window.history.replaceState(null, '', `${path}${hash}`);
  return import('../../renderer/src/app/early');
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('early start requests', () => {
  it('sends the settings and the library list once, at import', async () => {
    await load();
    expect(call.mock.calls.map((c) => c[0]).sort()).toEqual(['library.list', 'settings.get']);
  });

  it('gives the settings to one taker and the library list to two, then nothing', async () => {
    const { takeEarly } = await load();
    await expect(takeEarly('settings.get')).resolves.toEqual({ method: 'settings.get' });
    expect(takeEarly('settings.get')).toBeUndefined();
    const first = takeEarly('library.list');
    expect(takeEarly('library.list')).toBe(first);
    expect(takeEarly('library.list')).toBeUndefined();
  });

  it('forgets the answers nobody took when the start opens a workshop', async () => {
    const { takeEarly, dropEarly } = await load();
    dropEarly();
    expect(takeEarly('library.list')).toBeUndefined();
    expect(takeEarly('settings.get')).toBeUndefined();
  });

  it('sends nothing on the audience page or the print route', async () => {
    const audience = await load('', '/audience');
    expect(call).not.toHaveBeenCalled();
    expect(audience.takeEarly('settings.get')).toBeUndefined();
    await load('#/print/storyboard/w1/t1/A3/fi');
    expect(call).not.toHaveBeenCalled();
  });
});
