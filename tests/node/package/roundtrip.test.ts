import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WorkshopData } from '../../../shared/domain/workshop-data';
import { parsePackage, serializePackage, toPackage } from '../../../shared/package';
import { arbWorkshopData } from './arbitraries';
import { smallWorkshop } from './fixture';
import { hasDayRecords } from '../../../shared/domain/workshop-data';

const stamp = { appVersion: '0.1.0', exportedAt: '2025-10-01T08:30:00.000Z' };

describe('workshop package round trip', () => {
  it('the arbitrary produces valid workshops', () => {
    fc.assert(
      fc.property(arbWorkshopData({ withUnknownKinds: true }), (d) => {
        expect(WorkshopData.parse(d)).toEqual(d);
      }),
      { numRuns: 100 },
    );
  });

  it('the arbitrary is not trivially small', () => {
    const samples = fc.sample(arbWorkshopData(), 200);
    expect(samples.filter((d) => d.members.length > 0).length).toBeGreaterThan(50);
    expect(
      samples.filter((d) => d.boards.some((b) => (b.doc as { notes: unknown[] }).notes.length > 2)).length,
    ).toBeGreaterThan(20);
    expect(samples.filter((d) => d.days.some((x) => x.agenda.length > 0)).length).toBeGreaterThan(50);
    expect(samples.filter((d) => (d.galleryNotes?.length ?? 0) > 2).length).toBeGreaterThan(20);
    expect(samples.filter((d) => (d.dayFeedback?.length ?? 0) > 2).length).toBeGreaterThan(50);
    expect(samples.filter((d) => (d.agendaLog?.length ?? 0) > 2).length).toBeGreaterThan(50);
  });

  it('parse(serialize(toPackage(d))) gives back d', () => {
    fc.assert(
      fc.property(arbWorkshopData(), (d) => {
        const result = parsePackage(serializePackage(toPackage(d, stamp)));
        if (!result.ok) throw new Error(`${result.key} ${JSON.stringify(result.params)}`);
        expect(result.data).toEqual(d);
        expect(result.warnings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('serialize∘parse∘serialize is byte-identical, unknown board kinds included', () => {
    fc.assert(
      fc.property(arbWorkshopData({ withUnknownKinds: true }), (d) => {
        const first = serializePackage(toPackage(d, stamp));
        const result = parsePackage(first);
        if (!result.ok) throw new Error(`${result.key} ${JSON.stringify(result.params)}`);
        const second = serializePackage(toPackage(result.data, stamp));
        expect(second).toBe(first);
        const unknown = d.boards.filter((b) => b.kind !== 'ideas-wall').length;
        expect(result.warnings).toHaveLength(unknown);
      }),
      { numRuns: 200 },
    );
  });

  it('day records survive: notes, feedback and agenda times come back as written, and the version says whether they are there', () => {
    fc.assert(
      fc.property(arbWorkshopData(), (d) => {
        const pkg = toPackage(d, stamp);
        // Oldest version that carries the content: an older app opens a package it can read in full, and refuses
        // (errors.package.newerVersion) one whose day records it would drop.
        expect(pkg.packageVersion).toBe(hasDayRecords(d) ? 2 : 1);
        const result = parsePackage(serializePackage(pkg));
        if (!result.ok) throw new Error(`${result.key} ${JSON.stringify(result.params)}`);
        expect(result.data.galleryNotes).toEqual(d.galleryNotes);
        expect(result.data.dayFeedback).toEqual(d.dayFeedback);
        expect(result.data.agendaLog).toEqual(d.agendaLog);
      }),
      { numRuns: 200 },
    );
  });

  it('day feedback is written in content order: the order answers were given in never reaches the file', () => {
    fc.assert(
      fc.property(
        arbWorkshopData().filter((d) => (d.dayFeedback?.length ?? 0) > 1),
        fc.func(fc.integer()),
        (d, key) => {
          // Any order of the same answers (e.g. the order they were given in) gives the same bytes.
          const shuffled = [...d.dayFeedback!]
            .map((a, i) => ({ a, k: key(i) }))
            .sort((x, y) => x.k - y.k)
            .map((x) => x.a);
          expect(serializePackage(toPackage({ ...d, dayFeedback: shuffled }, stamp))).toBe(
            serializePackage(toPackage(d, stamp)),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a package without day records is version 1 and has no day-record keys', () => {
    const text = serializePackage(toPackage(smallWorkshop(), stamp));
    expect(JSON.parse(text)).toMatchObject({ packageVersion: 1 });
    expect(text).not.toMatch(/galleryNotes|dayFeedback|agendaLog/);
  });

  it('writes the envelope first and ends with a newline', () => {
    const text = serializePackage(
      toPackage(
        {
          title: 'T',
          round: { name: '', startDate: '', endDate: '', notes: '' },
          days: [],
          teams: [],
          members: [],
          boards: [],
        },
        stamp,
      ),
    );
    expect(
      text
        .split('\n')
        .slice(1, 6)
        .map((l) => l.trim().split('"')[1]),
    ).toEqual(['format', 'packageVersion', 'appVersion', 'exportedAt', 'workshop']);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
