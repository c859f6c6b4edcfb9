import { extname, isAbsolute, resolve } from 'node:path';

/** Extensions the app opens from the command line, a second instance or the OS file association. */
export const OPENABLE_EXTENSIONS = ['.lapimurto', '.json'] as const;

/**
 * The workshop file in an argv (first instance's `process.argv` or the one a second instance hands over): the last
 * argument ending in an openable extension that is not a switch. Relative paths resolve against the caller's cwd.
 */
export function fileToOpen(argv: readonly string[], cwd: string): string | undefined {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!;
    if (arg.startsWith('-')) continue;
    if ((OPENABLE_EXTENSIONS as readonly string[]).includes(extname(arg).toLowerCase())) {
      return isAbsolute(arg) ? arg : resolve(cwd, arg);
    }
  }
  return undefined;
}

/** The app URL that opens a workshop straight away. */
export function workshopUrl(indexUrl: string, workshopId?: string): string {
  return workshopId ? `${indexUrl}?workshop=${encodeURIComponent(workshopId)}` : indexUrl;
}
