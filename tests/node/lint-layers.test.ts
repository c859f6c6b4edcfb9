import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';

/**
 * The layer rules in eslint.config.js, run on imports planted in files that exist only here (lintText with a path in
 * each folder): every forbidden import must fail with no-restricted-imports, and the allowed ones must pass.
 */
const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, cache: false });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const planted = 1;\n`, { filePath: join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const FORBIDDEN: [file: string, code: string][] = [
  ['shared/domain/planted.ts', "import { readFileSync } from 'node:fs';"],
  ['shared/domain/planted.ts', "import { join } from 'path';"],
  ['shared/domain/planted.ts', "import { readFile } from 'fs/promises';"],
  ['shared/domain/planted.ts', "import { useState } from 'react';"],
  ['shared/domain/planted.ts', "import Konva from 'konva';"],
  ['shared/domain/planted.ts', "import Database from 'better-sqlite3';"],
  ['shared/domain/planted.ts', "import { app } from 'electron';"],
  ['shared/domain/planted.ts', "import { call } from '../../renderer/src/api';"],
  ['shared/domain/planted.ts', "export { openDatabase } from '../../electron/backend/db/open';"],
  ['renderer/src/app/planted.ts', "import { tmpdir } from 'node:os';"],
  ['renderer/src/app/planted.ts', "import type { Backend } from '../../../electron/backend';"],
  ['renderer/src/app/planted.ts', "import ExcelJS from 'exceljs';"],
  ['renderer/src/app/planted.ts', "import { ipcRenderer } from 'electron';"],
  ['electron/backend/export/planted.ts', "import { dialog } from 'electron';"],
  ['electron/backend/export/planted.ts', "import { registerIpc } from '../../main/ipc';"],
  ['electron/backend/export/planted.ts', "import { createRoot } from 'react-dom/client';"],
  ['electron/cli/planted.ts', "import { shell } from 'electron';"],
  ['electron/main/planted.ts', "import { App } from '../../renderer/src/app/App';"],
];

const ALLOWED: [file: string, code: string][] = [
  [
    'shared/domain/planted.ts',
    "import { z } from 'zod';\nimport { newId } from './ids';\nimport { wrapText } from '../picture/svg';",
  ],
  [
    'renderer/src/app/planted.ts',
    "import { useState } from 'react';\nimport { METHODS } from '../../../shared/api/contract';",
  ],
  [
    'electron/backend/export/planted.ts',
    "import { readFileSync } from 'node:fs';\nimport ExcelJS from 'exceljs';\nimport { METHODS } from '../../../shared/api/contract';",
  ],
  ['electron/cli/planted.ts', "import { run } from './main';"],
  ['electron/main/planted.ts', "import { app } from 'electron';\nimport { join } from 'node:path';"],
  ['electron/preload/planted.ts', "import { contextBridge } from 'electron';"],
];

describe('layer rules in ESLint', () => {
  it.each(FORBIDDEN)('%s: %s fails', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each(ALLOWED)('%s: allowed imports pass', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });

  it('names the rule broken, not only that something is wrong', async () => {
    const [message] = await layerErrors('shared/domain/planted.ts', "import { readFileSync } from 'node:fs';");
    expect(message).toMatch(/without Node/);
  });
});
