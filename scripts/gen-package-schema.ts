/**
 * Writes docs/workshop-package.schema.json from the zod schemas. Run after changing an entity or a board kind:
 *   npx tsx scripts/gen-package-schema.ts
 * tests/node/package/schema-file.test.ts fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageJsonSchemaText } from '../shared/package/json-schema';

const target = fileURLToPath(new URL('../docs/workshop-package.schema.json', import.meta.url));
writeFileSync(target, packageJsonSchemaText(), 'utf8');
console.log(`wrote ${target}`);
