/**
 * Rewrites the generated sheet tables of docs/excel-schema.md from the code (the prose around them stays):
 *   npx tsx scripts/gen-excel-schema.ts
 * tests/node/export/excel-schema-doc.test.ts fails while the committed document is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withSchema } from './lib/excel-schema-doc';

const target = fileURLToPath(new URL('../docs/excel-schema.md', import.meta.url));
writeFileSync(target, withSchema(readFileSync(target, 'utf8')), 'utf8');
console.log(`wrote ${target}`);
