import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api/errors';
import { mergeLocaleFiles, type Tree } from '../../shared/i18n/merge';
import { METHODS } from '../../shared/api/contract';
import { BOARD_KINDS } from '../../shared/boards/registry';
import { IdeasWallCommand } from '../../shared/boards/ideas-wall/model';
import { MEMBER_ROLES, NOTE_COLORS, TARGET_GROUPS } from '../../shared/domain/vocab';

const ROOT = resolve(__dirname, '../..');
const LANGS = ['fi', 'sv', 'en'] as const;

/** All of a language's locale files merged, as the renderer loads them (a duplicate leaf throws). */
function load(lang: string): Tree {
  const dir = join(ROOT, 'shared/i18n/locales', lang);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((name) => ({ name, tree: JSON.parse(readFileSync(join(dir, name), 'utf8')) as Tree }));
  return mergeLocaleFiles(files);
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const flat = Object.fromEntries(LANGS.map((l) => [l, flatten(load(l))])) as Record<(typeof LANGS)[number], Map<string, string>>;

/** A key resolves when present as is or as an i18next plural form. */
function has(lang: (typeof LANGS)[number], key: string): boolean {
  const m = flat[lang];
  return m.has(key) || m.has(`${key}_one`) || m.has(`${key}_other`);
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

describe('i18n parity', () => {
  for (const a of LANGS) {
    for (const b of LANGS) {
      if (a === b) continue;
      it(`every ${a} key exists in ${b}`, () => {
        const missing = [...flat[a].keys()].filter((k) => !flat[b].has(k));
        expect(missing).toEqual([]);
      });
    }
    it(`${a} has no empty values`, () => {
      const empty = [...flat[a].entries()].filter(([, v]) => v.trim() === '').map(([k]) => k);
      expect(empty).toEqual([]);
    });
  }

  it('placeholders match across languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort().join(',');
    const diffs: string[] = [];
    for (const [k, v] of flat.fi) {
      for (const l of ['sv', 'en'] as const) {
        const o = flat[l].get(k);
        if (o !== undefined && vars(o) !== vars(v)) diffs.push(`${l}:${k}`);
      }
    }
    expect(diffs).toEqual([]);
  });

  it('every literal t() key used in renderer/src exists in fi', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'renderer/src'))) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*(['"])([^'"`]+)\1/g)) used.add(m[2]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => !has('fi', k));
    expect(missing).toEqual([]);
  });

  it('has the keys the backend and the vocabularies need', () => {
    const commandTypes = IdeasWallCommand.options.map((o) => o.shape.type.value);
    const mutating = METHODS.filter((m) => /^(round|days|teams|members)\./.test(m) || (m.startsWith('boards.') && m !== 'boards.get') || m === 'workshop.rename' || m === 'workshop.mergeFile');
    const required = [
      ...ERROR_CODES.map((c) => `errors.code.${c}`),
      ...['notWorkshop', 'corrupt', 'newerVersion', 'tooLarge', 'empty'].map((k) => `errors.file.${k}`),
      'errors.package.invalid',
      'errors.package.newerVersion',
      ...['noSuchItem', 'duplicateId', 'unknownKind', 'invalidCommand'].map((k) => `errors.board.${k}`),
      'errors.boardFromNewerVersion',
      'errors.boardCorrupt',
      ...['workshop', 'team', 'member', 'board', 'day', 'export'].map((k) => `errors.notFound.${k}`),
      'errors.history.nothingToUndo',
      'errors.history.nothingToRedo',
      'errors.invalidInput',
      'errors.io',
      ...mutating.map((m) => `history.${m}`),
      ...commandTypes.map((c) => `boards.ideas-wall.commands.${c}`),
      ...TARGET_GROUPS.map((g) => `vocab.targetGroup.${g}`),
      ...MEMBER_ROLES.map((r) => `vocab.role.${r}`),
      ...NOTE_COLORS.map((c) => `vocab.noteColor.${c}`),
      ...['noClientRep', 'noProcessOwner', 'coachCount'].map((w) => `team.warnings.${w}`),
      ...BOARD_KINDS.map((k) => `boards.kind.${k}`),
    ];
    for (const l of LANGS) expect(required.filter((k) => !has(l, k)), l).toEqual([]);
    expect(flat.fi.get('errors.package.invalid')).toContain('{{detail}}');
    expect(flat.fi.get('errors.invalidInput')).toContain('{{field}}');
    expect(flat.fi.get('errors.invalidInput')).toContain('{{issue}}');
    expect(flat.fi.get('vocab.role.client-rep')).toBe('Asiakasedustaja');
    expect(flat.fi.get('vocab.role.process-owner')).toBe('Prosessinomistaja');
  });
});

describe('locale files', () => {
  it('each language has the same set of files', () => {
    const names = LANGS.map((l) => readdirSync(join(ROOT, 'shared/i18n/locales', l)).filter((f) => f.endsWith('.json')).sort());
    expect(names[1]).toEqual(names[0]);
    expect(names[2]).toEqual(names[0]);
  });

  it('refuses a key defined in two files', () => {
    expect(() => mergeLocaleFiles([{ name: 'a.json', tree: { x: { y: '1' } } }, { name: 'b.json', tree: { x: { y: '2' } } }])).toThrow(/x\.y/);
  });
});
