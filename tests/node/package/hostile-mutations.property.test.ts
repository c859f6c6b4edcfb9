import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ApiCallError } from '../../../shared/api/client';
import { createDemoWorkshop } from '../../../shared/demo';
import { serializePackage, toPackage } from '../../../shared/package/serialize';
import { dynamicTranslator } from '../../../shared/i18n/translate';
import { startTestBackend, type TestBackend } from '../../helpers/backend';

/**
 * A valid JSON package broken at random places, as a careless or hostile sender would: values of the wrong type,
 * nesting thousands of levels deep, huge strings and arrays, odd unicode, missing keys, cut or spliced text. Whatever
 * comes in, the import and merge answer with a result or a translated error (never `internal`), and a refused file
 * leaves the library exactly as it was.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const BASE = serializePackage(
  toPackage(createDemoWorkshop({ lang: 'fi' }), { appVersion: '0.1.0', exportedAt: '2026-01-01T08:00:00.000Z' }),
);

/** Every path into the package tree (the root excluded), so a mutation can hit any field of any board. */
function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of entries) {
    out.push([...prefix, key]);
    pathsOf(child, [...prefix, key], out);
  }
  return out;
}
const BASE_PATHS = pathsOf(JSON.parse(BASE) as Json);
const BASE_BOARDS = (JSON.parse(BASE) as { workshop: { boards: { kind: string }[] } }).workshop.boards;
const KINDS = [...new Set(BASE_BOARDS.map((b) => b.kind))];

const ODD_UNITS = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u0301',
  '\ufeff',
  '\u2028',
  '𝕏',
  '👩‍👩‍👧',
  'ä',
  '"',
  '\\',
  '<script>',
  '%s',
  '\n',
];

/** A replacement value, described small so fast-check can print a failing case; `build` makes the real value. */
type Replacement = { json: Json } | { deep: number; arrays: boolean } | { repeat: string; times: number };

/** Deep nesting goes in as text at a marker: JSON.stringify itself would overflow the stack on it. */
const DEEP_MARK = '\u0001deep\u0001';
const deepText = (depth: number, arrays: boolean): string =>
  arrays ? `${'['.repeat(depth)}"pohja"${']'.repeat(depth)}` : `${'{"x":'.repeat(depth)}"pohja"${'}'.repeat(depth)}`;

function build(r: Replacement): Json {
  if ('json' in r) return r.json;
  if ('repeat' in r) return r.repeat.repeat(r.times);
  return `${DEEP_MARK}${r.deep}:${r.arrays ? 1 : 0}`;
}

const arbOddString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom(...ODD_UNITS), { maxLength: 30 }).map((a) => a.join('')),
);

const arbDeepReplacement: fc.Arbitrary<Replacement> = fc.record({
  deep: fc.oneof(fc.integer({ min: 30, max: 200 }), fc.integer({ min: 2_000, max: 8_000 })),
  arrays: fc.boolean(),
});

const arbReplacement: fc.Arbitrary<Replacement> = fc.oneof(
  fc
    .constantFrom<Json>(null, true, false, 0, -1, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, '', [], {})
    .map((json) => ({ json })),
  arbOddString.map((json) => ({ json })),
  (fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>).map((json) => ({ json })),
  // Depth: from plausible to far past the parser's limit.
  arbDeepReplacement,
  // Sizes: just over and far over the text limits, up to a few megabytes.
  fc.record({ repeat: fc.constantFrom(...ODD_UNITS, 'a'), times: fc.integer({ min: 1_000, max: 3_000_000 }) }),
);

type Mutation =
  | { kind: 'replace'; at: number; value: Replacement }
  | { kind: 'add'; at: number; name: string; value: Replacement }
  | { kind: 'delete'; at: number }
  | { kind: 'boardKind'; board: number; to: string; doc: Replacement | null }
  | { kind: 'multiply'; at: number; times: number }
  | { kind: 'truncate'; fraction: number }
  | { kind: 'splice'; fraction: number; text: string };

const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: arbReplacement }) },
  // A key no schema knows (or one more array element), where a strict walk would never look.
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      at: fc.nat(),
      name: fc.constantFrom('extra', '__proto__', 'constructor', 'x'),
      value: arbReplacement,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  // A board of a kind from a newer app (its document is kept opaque, so nothing but the depth check walks it), or
  // of another kind than its document; optionally with a new document.
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('boardKind' as const),
      board: fc.nat(),
      to: fc.oneof(
        { weight: 3, arbitrary: fc.constant('future-kind') },
        { weight: 1, arbitrary: fc.constantFrom(...KINDS) },
      ),
      doc: fc.oneof(fc.constant(null), arbReplacement, arbDeepReplacement),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('multiply' as const),
      at: fc.nat(),
      times: fc.integer({ min: 2, max: 3_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('truncate' as const),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('splice' as const),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
      text: arbOddString,
    }),
  },
);

/** The container holding `path`'s last step, or undefined when an earlier mutation removed the way there. */
function parentOf(root: Json, path: Path): { parent: Json[] | Record<string, Json>; key: string | number } | undefined {
  let node: Json = root;
  for (const step of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, Json>)[step as string] ?? null;
  }
  if (node === null || typeof node !== 'object') return undefined;
  return { parent: node, key: path[path.length - 1]! };
}

/** The package text with the mutations applied in order (tree edits first, then text edits). */
function mutate(mutations: Mutation[]): string {
  const root = JSON.parse(BASE) as Json;
  for (const m of mutations) {
    if (m.kind === 'truncate' || m.kind === 'splice') continue;
    if (m.kind === 'boardKind') {
      const boards = (root as { workshop?: { boards?: Json } }).workshop?.boards;
      const board = Array.isArray(boards) && boards.length > 0 ? boards[m.board % boards.length] : null;
      if (board && typeof board === 'object' && !Array.isArray(board)) {
        board['kind'] = m.to;
        if (m.doc) board['doc'] = build(m.doc);
      }
      continue;
    }
    const target = parentOf(root, BASE_PATHS[m.at % BASE_PATHS.length]!);
    if (!target) continue;
    const { parent, key } = target;
    const list = parent as Json[];
    const record = parent as Record<string, Json>;
    if (m.kind === 'replace') record[key as string] = build(m.value);
    else if (m.kind === 'add') {
      const node = (Array.isArray(parent) ? list[key as number] : record[key as string]) ?? null;
      if (Array.isArray(node)) node.push(build(m.value));
      else if (node !== null && typeof node === 'object')
        Object.defineProperty(node, m.name, {
          value: build(m.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    } else if (m.kind === 'delete') {
      if (Array.isArray(parent) && typeof key === 'number') list.splice(key, 1);
      else delete record[key as string];
    } else {
      const item = (Array.isArray(parent) ? list[key as number] : record[key as string]) ?? null;
      // Copies up to about 20 MB of text in all: big enough to cross every limit, small enough for the test machine.
      const times = Math.min(m.times, Math.floor(20_000_000 / (JSON.stringify(item).length + 1)));
      const copies = Array.from({ length: times }, () => structuredClone(item));
      if (Array.isArray(parent) && typeof key === 'number') list.splice(key, 0, ...copies);
      else record[key as string] = copies;
    }
  }
  let text = JSON.stringify(root, null, 1).replace(
    /"\\u0001deep\\u0001(\d+):([01])"/g,
    (_m, depth: string, arrays: string) => deepText(Number(depth), arrays === '1'),
  );
  for (const m of mutations) {
    const at = Math.floor((m.kind === 'truncate' || m.kind === 'splice' ? m.fraction : 0) * text.length);
    if (m.kind === 'truncate') text = text.slice(0, at);
    if (m.kind === 'splice') text = text.slice(0, at) + m.text + text.slice(at);
  }
  return text;
}

const fi = dynamicTranslator('fi');
const en = dynamicTranslator('en');

/** A refusal must be typed, not `internal`, and its key must have a text in Finnish and English. */
function expectTranslatedRefusal(e: unknown): void {
  if (!(e instanceof ApiCallError)) throw e;
  expect(e.error.code, `${e.error.key}: ${e.error.detail ?? ''}`).not.toBe('internal');
  expect(fi(e.error.key, e.error.params), e.error.key).not.toBe(e.error.key);
  expect(en(e.error.key, e.error.params), e.error.key).not.toBe(e.error.key);
}

let t: TestBackend;
let keptId: string;
beforeAll(async () => {
  t = startTestBackend();
  keptId = (await t.client.call('library.createDemo', {})).id;
});
afterAll(() => t.dispose());

/** What the library holds: its list, every workshop's full state, and the files in its folder. */
async function librarySnapshot(): Promise<string> {
  const list = await t.client.call('library.list', {});
  const states = await Promise.all(list.map((w) => t.client.call('workshop.get', { workshopId: w.id })));
  const files = readdirSync(join(t.dataDir, 'workshops'))
    .filter((f) => !/-(wal|shm|journal)$/.test(f))
    .sort();
  return JSON.stringify({ list: list.map(({ lastOpenedAt: _opened, ...rest }) => rest), states, files });
}

const upload = (text: string) => ({
  fileName: 'paketti.json',
  dataBase64: Buffer.from(text, 'utf8').toString('base64'),
});

describe('mutated JSON packages (property)', () => {
  it('the unmutated package imports, so the mutations are what is tested', async () => {
    const s = await t.client.call('library.importFile', upload(mutate([])));
    await t.client.call('library.remove', { workshopId: s.id });
    expect(s.title).toBe(createDemoWorkshop({ lang: 'fi' }).title);
  });

  it('never answer internal and never change the library when refused', { timeout: 600_000 }, async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(arbMutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const text = mutate(mutations);
        const before = await librarySnapshot();
        try {
          const s = await t.client.call('library.importFile', upload(text));
          // Accepted: it is a readable workshop, and removing it gives back the library as it was.
          await t.client.call('workshop.get', { workshopId: s.id });
          await t.client.call('library.remove', { workshopId: s.id });
        } catch (e) {
          expectTranslatedRefusal(e);
          refused++;
        }
        expect(await librarySnapshot()).toBe(before);

        const target = await t.client.call('workshop.get', { workshopId: keptId });
        try {
          await t.client.call('workshop.mergeFile', { workshopId: keptId, file: upload(text) });
          // Merged teams are new copies; take them out again so the next run starts from the same workshop.
          const merged = await t.client.call('workshop.get', { workshopId: keptId });
          for (const team of merged.teams.filter((x) => !target.teams.some((y) => y.id === x.id))) {
            await t.client.call('teams.delete', { workshopId: keptId, id: team.id });
          }
        } catch (e) {
          expectTranslatedRefusal(e);
          expect(JSON.stringify(await t.client.call('workshop.get', { workshopId: keptId }))).toBe(
            JSON.stringify(target),
          );
        }
      }),
      { numRuns: 120 },
    );
    // Most mutations break the package; a run where none was refused would not have tested the refusals.
    expect(refused).toBeGreaterThan(30);
  });
});
