import { lazy, memo, type ComponentType } from 'react';

/**
 * A board view loaded on first use: the library screen starts without any board's code (nor Konva or React Flow,
 * which only the canvases use). The host renders it inside a Suspense boundary. Memoised: a save acknowledged or a
 * workshop refetch that leaves the board's props as they were does not re-render the board.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return memo(lazy(async () => ({ default: await load() }))) as unknown as ComponentType<P>;
}
