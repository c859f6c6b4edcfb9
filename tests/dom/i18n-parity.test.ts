import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api/errors';
import { mergeLocaleFiles, type Tree } from '../../shared/i18n/merge';
import { changesWorkshop, METHODS } from '../../shared/api/contract';
import { MAP_TEMPLATE_IDS, MAP_TEMPLATES } from '../../shared/boards/process-map/templates';
import { BOARD_KINDS } from '../../shared/boards/registry';
import { SingleIdeasWallCommand } from '../../shared/boards/ideas-wall/model';
import { LANGUAGES, MEMBER_ROLES, NOTE_COLORS, TARGET_GROUPS } from '../../shared/domain/vocab';
import { MENU_LABEL_KEYS } from '../../electron/main/menu';
import { AudienceContent } from '../../shared/presentation/model';
import { COLLECTION_MODES, DECISION_KINDS, ROUND_STATUSES } from '../../shared/boards/dot-vote/model';
import { ITEM_TAGS } from '../../shared/boards/links';
import { NODE_LEVELS } from '../../shared/boards/driver-diagram/model';
import { HEADER_LANGUAGES } from '../../shared/export/headers';
import { FEEDBACK_QUESTIONS, GALLERY_NOTE_KINDS } from '../../shared/domain/day-records';
import { BONE_PRESET_KEYS, BONE_TEMPLATES, EVIDENCE } from '../../shared/boards/fishbone/model';
import { DATA_SOURCES, DIRECTIONS, MEASURE_TYPES } from '../../shared/boards/measures/model';
import { FREQUENCIES } from '../../shared/boards/measures/periods';
import { CHART_TYPES } from '../../shared/boards/measures/control/types';
import { RULE_SETS } from '../../shared/analysis/run-chart';
import { CYCLE_STATUSES, DECISIONS as PDSA_DECISIONS } from '../../shared/boards/pdsa/model';
import {
  BRANCHES,
  LANE_TYPES,
  NODE_KINDS,
  PROBLEM_KINDS,
  TIME_UNITS as PM_TIME_UNITS,
} from '../../shared/boards/process-map/model';
import { STORYBOARD_SECTIONS } from '../../shared/storyboard/model';
import { TIME_UNITS as VS_TIME_UNITS } from '../../shared/analysis/value-stream/units';
import { WAIT_KINDS } from '../../shared/boards/value-stream/model';
import { COUNT_KEYS } from '../../shared/boards/counts';
import { COMPLETENESS, INNOKYLA_SECTION_IDS } from '../../shared/innokyla/sections';

const ROOT = resolve(__dirname, '../..');
const CODE_DIRS = ['renderer/src', 'shared', 'electron'];

/**
 * What each key built from a value (t(`boards.kind.${kind}`)) can become: the value lists come from the code's own
 * constants where it exports them; the rest are written out from the named source. A new template key fails the
 * test until it is listed here.
 */
const TEMPLATE_KEY_VALUES: Readonly<Record<string, readonly (string | number)[]>> = {
  'appMenu.*': MENU_LABEL_KEYS,
  'audience.kind.*': AudienceContent.options.map((o) => o.shape.kind.value),
  'boardKit.groups.*': ['add', 'edit', 'connect', 'select', 'clipboard', 'navigate', 'view'], // renderer/src/boards/kit/actions.ts ActionGroup
  'boards.kind.*': BOARD_KINDS,
  'processMap.template.lane.*': [...new Set(Object.values(MAP_TEMPLATES).flatMap((lanes) => lanes.map((l) => l.key)))],
  'processMap.template.name.*': MAP_TEMPLATE_IDS,
  'count.*': COUNT_KEYS,
  'dotVote.collection.*': COLLECTION_MODES,
  'dotVote.collection.*Hint': COLLECTION_MODES,
  'dotVote.decide.done.*': DECISION_KINDS,
  'dotVote.errors.paper.*': ['wrongLength', 'notWholeNumber', 'negative', 'overBudget', 'overOptionLimit'], // shared/analysis/dot-vote.ts DotProblem
  'dotVote.status.*': ROUND_STATUSES,
  'dotVote.tag.*': ITEM_TAGS,
  'drivers.aim.*': ['what', 'forWhom', 'howMuch', 'byWhen'], // renderer/src/boards/driver-diagram/AimPanel.tsx PARTS
  'drivers.aim.*Ph': ['what', 'forWhom', 'howMuch', 'byWhen'],
  'drivers.col.*': ['aim', ...NODE_LEVELS],
  'drivers.ideas.tag.*': ['change-idea', 'countermeasure', 'parked'], // renderer/src/boards/driver-diagram/sources.ts OUTSIDE_TAGS
  'drivers.level.*': ['aim', ...NODE_LEVELS],
  'drivers.tab.*': ['diagram', 'aim', 'ideas'], // renderer/src/boards/driver-diagram/DriverDiagramView.tsx TABS
  'errors.code.*': ERROR_CODES,
  'excel.dialog.*': ['separatorSemicolon', 'separatorComma'], // renderer/src/export/ExcelExportDialog.tsx SEPARATOR_KEY
  'excel.kind.*': ['hetu', 'phone', 'email'], // shared/privacy personal-data kinds
  'excel.language.*': HEADER_LANGUAGES,
  'excel.place.*': ['title', 'round', 'day', 'team', 'member', 'boardName', 'board'], // ExcelExportDialog.tsx placeKey
  'feedback.q.*.hint': FEEDBACK_QUESTIONS,
  'feedback.q.*.label': FEEDBACK_QUESTIONS,
  'feedback.scale.*': [1, 2, 3, 4, 5],
  'fishbone.evidenceKind.*': EVIDENCE,
  'fishbone.preset.*': BONE_PRESET_KEYS,
  'fishbone.templates.*': BONE_TEMPLATES,
  'gallery.kind.*': GALLERY_NOTE_KINDS,
  'languages.*': LANGUAGES,
  'measures.direction.*': DIRECTIONS,
  'measures.effect.*': ['improvement', 'deterioration', 'neutral'], // shared/analysis/run-chart Effect
  'measures.frequency.*': FREQUENCIES,
  'measures.import.rowError.*': [
    'badDate',
    'notNumber',
    'noValue',
    'duplicate',
    'zeroDenominator',
    'noPeriodColumn',
    'noRows',
    'tooManyRows',
  ], // ImportErrorKey
  'measures.rules.*': RULE_SETS,
  'measures.signal.*.title': [
    ...['shift', 'trend', 'runs', 'astronomical', 'longest-run', 'crossings'], // run-chart Signal['rule']
    ...['outside', 'two-of-three', 'inner-third'], // control/types.ts ControlSignal['rule']
  ],
  'measures.chartType.*': CHART_TYPES,
  'pareto.problem.*': ['empty', 'all-zero', 'bad-count'], // shared/analysis/pareto.ts ParetoAnalysis['problem']
  'measures.control.problem.*': ['too-few', 'needs-rate', 'needs-count', 'collapsed'], // ControlProblem['kind']
  'measures.control.excluded.*': ['denominator', 'numerator-above-denominator', 'negative'], // ExcludedReason
  'measures.control.verdict.*': ['too-few', 'collapsed', 'needs', 'none'], // picture.ts verdict
  'measures.controlSignal.outside.*': ['above', 'below'],
  'measures.controlSignal.shift.*': ['above', 'below'],
  'measures.controlSignal.trend.*': ['up', 'down'],
  'measures.controlSignal.two-of-three.*': ['above', 'below'],
  'measures.signal.longest-run.*': ['above', 'below'],
  'measures.signal.runs.*': ['too-few', 'too-many'],
  'measures.signal.shift.*': ['above', 'below'],
  'measures.signal.trend.*': ['up', 'down'],
  'measures.source.*': DATA_SOURCES,
  'measures.type.*': MEASURE_TYPES,
  'innokyla.completeness.*': COMPLETENESS,
  'innokyla.measureType.*': MEASURE_TYPES,
  'innokyla.section.*.guide': INNOKYLA_SECTION_IDS,
  'innokyla.section.*.heading': INNOKYLA_SECTION_IDS,
  // shared/innokyla/draft.ts names a section's source: the team's own records or one of its boards.
  'innokyla.source.*': ['team', 'roster', 'days', 'feedback', ...BOARD_KINDS],
  'innokyla.status.*': CYCLE_STATUSES,
  'pdsa.decision.*': PDSA_DECISIONS,
  'pdsa.field.*': [
    'objective',
    'question',
    'prediction',
    'who',
    'what',
    'when',
    'where',
    'data',
    'happened',
    'observations',
    'problems',
    'result',
    'learned',
  ], // PdsaView.tsx FIELDS
  'pdsa.letter.*': ['plan', 'do', 'study'],
  'pdsa.part.*': ['plan', 'do', 'study'],
  'pdsa.status.*': CYCLE_STATUSES,
  'processMap.branch.*': BRANCHES,
  'processMap.compare.*': ['added', 'removed', 'changed'], // shared/boards/process-map/compare.ts ChangeKind
  'processMap.laneType.*': LANE_TYPES,
  'processMap.nodeKind.*': NODE_KINDS,
  'processMap.problem.*': PROBLEM_KINDS,
  'processMap.unit.*': PM_TIME_UNITS,
  'processMap.unitShort.*': PM_TIME_UNITS,
  'storyboard.decision.*': PDSA_DECISIONS,
  'storyboard.missing.*': STORYBOARD_SECTIONS,
  'storyboard.roleCount.*': MEMBER_ROLES,
  'team.warnings.*': ['noClientRep', 'noProcessOwner', 'coachCount'], // shared/domain/team-checks.ts RosterWarning
  'valueStream.issue.*': ['missingUnit', 'negative', 'absurd', 'rangeOrder'], // value-stream/format.ts issueText
  'valueStream.issue.missing_*': ['wait', 'process'],
  'valueStream.scale.*': ['compressed', 'linear'],
  'valueStream.state.*': ['current', 'future'],
  'valueStream.unit.*': VS_TIME_UNITS,
  'valueStream.unitShort.*': ['min', 'h', 'day'], // shared/analysis/value-stream/units.ts displayUnitFor
  'valueStream.waitKind.*': WAIT_KINDS,
  'vocab.noteColor.*': NOTE_COLORS,
  'vocab.role.*': MEMBER_ROLES,
  'vocab.rolePlural.*': MEMBER_ROLES,
  'vocab.targetGroup.*': TARGET_GROUPS,
};
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

const flat = Object.fromEntries(LANGS.map((l) => [l, flatten(load(l))])) as Record<
  (typeof LANGS)[number],
  Map<string, string>
>;

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
    const vars = (s: string) =>
      [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
        .map((m) => m[1])
        .sort()
        .join(',');
    const diffs: string[] = [];
    for (const [k, v] of flat.fi) {
      for (const l of ['sv', 'en'] as const) {
        const o = flat[l].get(k);
        if (o !== undefined && vars(o) !== vars(v)) diffs.push(`${l}:${k}`);
      }
    }
    expect(diffs).toEqual([]);
  });

  it('every literal key used in renderer/src, shared and electron exists in fi', () => {
    const used = new Set<string>();
    for (const file of CODE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)))) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\b(?:t|tr)\(\s*(['"])([^'"`]+)\1/g)) used.add(m[2]!);
      // Keys handed around as values (column headers, sheet descriptions, CLI and menu words).
      for (const m of src.matchAll(/'((?:export\.(?:header|sheet|cover)|cli|appMenu)\.[\w.-]+)'/g))
        if (!m[1]!.endsWith('.json')) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(300);
    const missing = [...used].filter((k) => !has('fi', k));
    expect(missing).toEqual([]);
  });

  it('every template-literal key (t(`a.${x}`)) is listed with all its values, and each value has a text in fi, sv and en', () => {
    const found = new Map<string, string>();
    for (const file of CODE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)))) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\b(?:t|tr)\(\s*`([^`]*)`/g)) {
        const pattern = m[1]!.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, '*');
        if (pattern.includes('*')) found.set(pattern, file.slice(ROOT.length + 1));
      }
    }
    expect(found.size).toBeGreaterThan(50);
    const unlisted = [...found].filter(([p]) => !(p in TEMPLATE_KEY_VALUES)).map(([p, f]) => `${p} (${f})`);
    expect(unlisted, 'list the possible values of these keys in TEMPLATE_KEY_VALUES').toEqual([]);
    const missing: string[] = [];
    for (const [pattern, values] of Object.entries(TEMPLATE_KEY_VALUES)) {
      for (const v of values) {
        const key = pattern.replace('*', String(v));
        for (const l of LANGS) if (!has(l, key)) missing.push(`${l}:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has the keys the backend and the vocabularies need', () => {
    // A batch is labelled by the kit's boardKit.batch.* texts.
    const commandTypes = SingleIdeasWallCommand.options.map((o) => o.shape.type.value);
    const mutating = METHODS.filter(
      (m) =>
        /^(round|days|teams|members)\./.test(m) ||
        (m.startsWith('boards.') && changesWorkshop(m)) ||
        m === 'workshop.rename' ||
        m === 'workshop.mergeFile',
    );
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
    for (const l of LANGS)
      expect(
        required.filter((k) => !has(l, k)),
        l,
      ).toEqual([]);
    expect(flat.fi.get('errors.package.invalid')).toContain('{{detail}}');
    expect(flat.fi.get('errors.invalidInput')).toContain('{{field}}');
    expect(flat.fi.get('errors.invalidInput')).toContain('{{issue}}');
    expect(flat.fi.get('vocab.role.client-rep')).toBe('Asiakasedustaja');
    expect(flat.fi.get('vocab.role.process-owner')).toBe('Prosessinomistaja');
  });
});

describe('locale files', () => {
  it('each language has the same set of files', () => {
    const names = LANGS.map((l) =>
      readdirSync(join(ROOT, 'shared/i18n/locales', l))
        .filter((f) => f.endsWith('.json'))
        .sort(),
    );
    expect(names[1]).toEqual(names[0]);
    expect(names[2]).toEqual(names[0]);
  });

  it('refuses a key defined in two files', () => {
    expect(() =>
      mergeLocaleFiles([
        { name: 'a.json', tree: { x: { y: '1' } } },
        { name: 'b.json', tree: { x: { y: '2' } } },
      ]),
    ).toThrow(/x\.y/);
  });
});
