import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageJsonSchema, packageJsonSchemaText } from '../../../shared/package';
import { BOARD_KINDS } from '../../../shared/boards/registry';

const file = fileURLToPath(new URL('../../../docs/workshop-package.schema.json', import.meta.url));

describe('docs/workshop-package.schema.json', () => {
  it('matches the zod schemas (regenerate with `npx tsx scripts/gen-package-schema.ts`)', () => {
    expect(readFileSync(file, 'utf8')).toBe(packageJsonSchemaText());
  });

  it('describes every board kind this app knows', () => {
    const defs = packageJsonSchema().$defs as Record<string, unknown>;
    for (const kind of BOARD_KINDS) expect(defs[`board-doc-${kind}`]).toBeDefined();
  });
});
