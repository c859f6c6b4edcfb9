import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { repoRoot } from '../../../scripts/lib/renderer-build.mjs';

// electron-builder's own loader and schema check read the file, so a typo in a fuse name fails here, not at packaging.
describe('Electron fuses in electron.builder.yml', () => {
  it('turns off Node entry points and requires the integrity-checked asar', async () => {
    const config = await getConfig(repoRoot, resolve(repoRoot, 'electron.builder.yml'), null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });
});
