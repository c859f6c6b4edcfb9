import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The per-layer tsconfigs (shared/, renderer/, electron/) that `npm run typecheck` runs: a file planted outside the
 * tree, compiled with each layer's options, may use only its layer's globals.
 */
const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'layer-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function typeErrors(layer: 'shared' | 'renderer' | 'electron', code: string): string[] {
  const configPath = join(root, layer, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(String(d.messageText));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  const planted = join(dir, `planted-${n++}.ts`);
  writeFileSync(planted, `${code}\nexport {};\n`);
  // The layer's own declaration files (shared/runtime.d.ts, renderer/src/env.d.ts) and the planted file.
  const program = ts.createProgram([...parsed.fileNames.filter((f) => f.endsWith('.d.ts')), planted], parsed.options);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(planted))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const DOM = 'export const title: string = document.title;';
const NODE = "export const bytes: number = Buffer.from('x').length;";
const UNIVERSAL =
  "export const copy = structuredClone({ id: globalThis.crypto.randomUUID(), bytes: new TextEncoder().encode('x') });";

describe('types per layer', () => {
  it('shared/ has neither DOM nor Node globals', () => {
    expect(typeErrors('shared', DOM).join()).toMatch(/document/);
    expect(typeErrors('shared', NODE).join()).toMatch(/Buffer/);
  });

  it('shared/ has the web APIs both runtimes provide', () => {
    expect(typeErrors('shared', UNIVERSAL)).toEqual([]);
  });

  it('renderer/ has DOM globals and no Node globals', () => {
    expect(typeErrors('renderer', DOM)).toEqual([]);
    expect(typeErrors('renderer', NODE).join()).toMatch(/Buffer/);
  });

  it('electron/ has Node globals and no DOM globals', () => {
    expect(typeErrors('electron', NODE)).toEqual([]);
    expect(typeErrors('electron', DOM).join()).toMatch(/document/);
  });
});
