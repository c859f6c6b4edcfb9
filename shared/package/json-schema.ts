import { z } from 'zod';
import { BOARD_DEFINITIONS } from '../boards/registry';
import { PACKAGE_FORMAT, PACKAGE_VERSION, WorkshopPackage } from './format';

type Json = Record<string, unknown>;

function obj(v: unknown): Json {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('unexpected JSON Schema shape');
  return v as Json;
}

/**
 * The package format as JSON Schema (draft 2020-12), for people and tools outside the app. Generated from the zod
 * schemas; each known board kind's document schema is attached to boards of that kind with if/then (for the current
 * doc version), and boards of other kinds stay unconstrained, as import keeps them.
 */
export function packageJsonSchema(): Json {
  const root = obj(z.toJSONSchema(WorkshopPackage, { io: 'input' }));
  const defs: Json = {};
  const rules: Json[] = [];
  for (const def of BOARD_DEFINITIONS) {
    const { $schema: _ignored, ...docSchema } = obj(z.toJSONSchema(def.docSchema, { io: 'input' }));
    const name = `board-doc-${def.kind}`;
    defs[name] = { ...docSchema, description: `Document of a "${def.kind}" board, docVersion ${def.docVersion}.` };
    rules.push({
      // Older doc versions are valid too (import migrates them), so only the current version's shape is pinned.
      if: {
        properties: { kind: { const: def.kind }, docVersion: { const: def.docVersion } },
        required: ['kind', 'docVersion'],
      },
      then: { properties: { doc: { $ref: `#/$defs/${name}` } } },
    });
  }
  const workshop = obj(obj(root.properties).workshop);
  const boardItem = obj(obj(obj(workshop.properties).boards).items);
  boardItem.allOf = rules;
  const { $schema, ...rest } = root;
  return {
    $schema,
    title: 'Läpimurtostudio workshop package',
    description: `A whole workshop as JSON. format = "${PACKAGE_FORMAT}", packageVersion ${PACKAGE_VERSION}. See docs/workshop-package.md.`,
    ...rest,
    $defs: defs,
  };
}

/** The schema exactly as committed in docs/workshop-package.schema.json. */
export function packageJsonSchemaText(): string {
  return `${JSON.stringify(packageJsonSchema(), null, 2)}\n`;
}
