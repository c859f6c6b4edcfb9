import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The layers of docs/architecture.md, held by a test (the same job VS Code's `code-layering` lint rule does):
 * shared/ is pure, the backend never imports electron, the renderer reaches the backend only through the contract.
 * ESLint's no-restricted-imports holds the same layers (eslint.config.js, tests/node/lint-layers.test.ts) but does not
 * see dynamic `import()`; this scan does.
 */
const root = resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [
    ...src.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2]!);
}

const RULES: { folder: string; forbid: RegExp; why: string }[] = [
  {
    folder: 'shared',
    forbid: /^(node:|electron$|react|better-sqlite3|exceljs)|\/(electron|renderer)\//,
    why: 'shared/ is pure TypeScript',
  },
  {
    folder: 'electron/backend',
    forbid: /^electron$|\/renderer\/|\/main\/|\/preload\//,
    why: 'the backend is plain Node',
  },
  { folder: 'electron/cli', forbid: /^electron$|\/renderer\//, why: 'the CLI is plain Node' },
  {
    folder: 'renderer/src',
    forbid: /^(node:|electron$|better-sqlite3|exceljs)|\/electron\//,
    why: 'the renderer talks to the backend only through the contract',
  },
];

describe('layering', () => {
  for (const rule of RULES) {
    it(`${rule.folder}: ${rule.why}`, () => {
      const bad: string[] = [];
      for (const f of files(join(root, rule.folder))) {
        for (const spec of imports(f)) if (rule.forbid.test(spec)) bad.push(`${relative(root, f)} → ${spec}`);
      }
      expect(bad).toEqual([]);
    });
  }

  it('only electron/main and electron/preload import electron', () => {
    const bad = files(join(root, 'electron'))
      .filter((f) => !/electron\/(main|preload)\//.test(f))
      .filter((f) => imports(f).includes('electron'))
      .map((f) => relative(root, f));
    expect(bad).toEqual([]);
  });
});
