import { buildHost } from '../../scripts/lib/host-build.mjs';

/**
 * Bundles the host, its workers and the command-line tool into out/host once (about a second), so the CLI tests run
 * the same source without tsx transpiling it on every start (tests/node/cli/helpers.ts).
 */
export default async function globalSetup(): Promise<void> {
  await buildHost();
}
