import { describe, expect, it } from 'vitest';
import {
  parsePackage,
  serializePackage,
  toPackage,
  packageFailure,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
} from '../../../shared/package';
import { smallWorkshop } from './fixture';

const stamp = { appVersion: '0.1.0', exportedAt: '2025-10-01T08:30:00.000Z' };
const good = (): string => serializePackage(toPackage(smallWorkshop(), stamp));

/** The package as a plain JSON object, to break in one place. */
type Rows = Record<string, unknown>[];
type RawPackage = Record<string, unknown> & { workshop: { teams: Rows; members: Rows; boards: Rows; days: Rows } };
function raw(): RawPackage {
  return JSON.parse(good()) as RawPackage;
}

function expectFailure(text: string, key: string): Record<string, string | number> {
  const r = parsePackage(text);
  if (r.ok) throw new Error('expected a failure');
  expect(r.key).toBe(key);
  return r.params;
}

describe('parsePackage refuses', () => {
  it('truncated JSON as not a workshop', () => {
    const text = good();
    expectFailure(text.slice(0, Math.floor(text.length / 2)), 'errors.file.notWorkshop');
  });

  it.each([
    ['empty text', ''],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['a spreadsheet', 'PK\u0003\u0004binary'],
    ['another app’s JSON', JSON.stringify({ format: 'excalidraw', version: 2 })],
    ['no format', JSON.stringify({ packageVersion: 1, workshop: {} })],
  ])('%s as not a workshop', (_label, text) => {
    expectFailure(text, 'errors.file.notWorkshop');
  });

  it('a package from packageVersion 99 as newer', () => {
    const p = raw();
    p.packageVersion = 99;
    // A future format may change anything inside; the version decides before the shape is looked at.
    (p as Record<string, unknown>).workshop = { whatever: [] };
    const params = expectFailure(JSON.stringify(p), 'errors.package.newerVersion');
    expect(params).toEqual({ version: 99, supported: PACKAGE_VERSION });
  });

  it.each([
    ['a string', '1'],
    ['zero', 0],
    ['a fraction', 1.5],
    ['missing', undefined],
  ])('a packageVersion that is %s as invalid', (_label, version) => {
    const p = raw();
    p.packageVersion = version;
    expect(expectFailure(JSON.stringify(p), 'errors.package.invalid').detail).toMatch(/packageVersion/);
  });

  it('a member with a dangling teamId', () => {
    const p = raw();
    (p.workshop.members[0] as Record<string, unknown>).teamId = 'team-gone';
    const params = expectFailure(JSON.stringify(p), 'errors.package.invalid');
    expect(params.detail).toBe('workshop.members[0].teamId: no team with id "team-gone"');
  });

  it('a board with a dangling teamId', () => {
    const p = raw();
    (p.workshop.boards[0] as Record<string, unknown>).teamId = 'nope';
    expect(expectFailure(JSON.stringify(p), 'errors.package.invalid').detail).toMatch(/^workshop\.boards\[0\]\.teamId/);
  });

  it('duplicate ids', () => {
    const p = raw();
    p.workshop.teams.push({ ...(p.workshop.teams[0] as object), ordinal: 1 });
    expect(expectFailure(JSON.stringify(p), 'errors.package.invalid').detail).toBe(
      'workshop.teams[1].id: duplicate id "team-1"',
    );
  });

  it('a 5,000-character name', () => {
    const p = raw();
    (p.workshop.members[0] as Record<string, unknown>).name = 'Ä'.repeat(5000);
    const detail = expectFailure(JSON.stringify(p), 'errors.package.invalid').detail;
    expect(detail).toMatch(/^workshop\.members\[0\]\.name: /);
    expect(String(detail).length).toBeLessThan(200);
  });

  it('an ideas-wall note at x = 1e12, naming the board', () => {
    const p = raw();
    const board = p.workshop.boards[0] as { doc: { notes: { x: number }[] } };
    board.doc.notes[0]!.x = 1e12;
    const detail = expectFailure(JSON.stringify(p), 'errors.package.invalid').detail;
    expect(detail).toMatch(/^board "Muutosideat" \(ideas-wall\): notes\[0\]\.x: /);
  });

  it('a known board without a document', () => {
    const p = raw();
    delete (p.workshop.boards[0] as Record<string, unknown>).doc;
    expect(expectFailure(JSON.stringify(p), 'errors.package.invalid').detail).toMatch(/^workshop\.boards\[0\]\.doc/);
  });

  it('an ideas-wall document of the wrong shape, naming the board', () => {
    const p = raw();
    (p.workshop.boards[0] as Record<string, unknown>).doc = { notes: 'many' };
    expect(expectFailure(JSON.stringify(p), 'errors.package.invalid').detail).toMatch(
      /^board "Muutosideat" \(ideas-wall\): notes/,
    );
  });

  it('duplicate agenda item ids across days', () => {
    const p = raw();
    p.workshop.days.push({ ...(p.workshop.days[0] as object), id: 'day-2', ordinal: 1 });
    expect(expectFailure(JSON.stringify(p), 'errors.package.invalid').detail).toMatch(/duplicate id "ag-1"/);
  });

  it('a bad id and a bad date', () => {
    const p = raw();
    (p.workshop.teams[0] as Record<string, unknown>).id = 'has space';
    expect(expectFailure(JSON.stringify(p), 'errors.package.invalid').detail).toMatch(/^workshop\.teams\[0\]\.id/);
    const q = raw();
    (q.workshop.days[0] as Record<string, unknown>).date = '16.9.2025';
    expect(expectFailure(JSON.stringify(q), 'errors.package.invalid').detail).toMatch(/^workshop\.days\[0\]\.date/);
  });
});

describe('parsePackage accepts', () => {
  it('a file saved with a BOM', () => {
    expect(parsePackage(`\uFEFF${good()}`).ok).toBe(true);
  });

  it('a board of an unknown kind, kept as-is with a warning', () => {
    const p = raw();
    const doc = { lanes: [{ id: 'l1', label: 'Asiakas' }], extra: { deep: [1, 2, 3] } };
    p.workshop.boards.push({
      ...(p.workshop.boards[0] as object),
      id: 'board-2',
      kind: 'swimlane-3000',
      docVersion: 7,
      doc,
    });
    const r = parsePackage(JSON.stringify(p));
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.data.boards[1]).toMatchObject({ kind: 'swimlane-3000', docVersion: 7, doc });
    expect(r.warnings).toEqual([
      { key: 'warnings.package.unknownBoardKind', params: { board: 'Muutosideat', kind: 'swimlane-3000' } },
    ]);
  });

  it('a known board from a newer doc version, kept as-is with a warning', () => {
    const p = raw();
    const board = p.workshop.boards[0] as Record<string, unknown>;
    board.docVersion = 5;
    board.doc = { shapeFromTheFuture: true };
    const r = parsePackage(JSON.stringify(p));
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.data.boards[0]).toMatchObject({ docVersion: 5, doc: { shapeFromTheFuture: true } });
    expect(r.warnings[0]?.key).toBe('warnings.package.boardFromNewerVersion');
  });

  it('the format marker exactly', () => {
    expect(JSON.parse(good()).format).toBe(PACKAGE_FORMAT);
  });
});

describe('packageFailure', () => {
  it('maps each refusal to an API error code', () => {
    const cases: [string, string][] = [
      ['{', 'notAWorkshopFile'],
      [JSON.stringify({ ...raw(), packageVersion: 99 }), 'newerVersion'],
      [JSON.stringify({ ...raw(), workshop: {} }), 'corruptFile'],
    ];
    for (const [text, code] of cases) {
      const r = parsePackage(text);
      if (r.ok) throw new Error('expected failure');
      const f = packageFailure(r);
      expect(f.code).toBe(code);
      expect(f.toError().key).toBe(r.key);
    }
  });
});
