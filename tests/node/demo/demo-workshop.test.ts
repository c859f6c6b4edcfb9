import { describe, expect, it } from 'vitest';
import { createDemoWorkshop, DEMO_BOARDS } from '../../../shared/demo';
import { WorkshopData } from '../../../shared/domain/workshop-data';
import { BOARD_DEFINITIONS, boardDefinition } from '../../../shared/boards/registry';
import { rosterWarnings } from '../../../shared/domain/team-checks';
import { NOTE_SIZE, type IdeasWallDoc } from '../../../shared/boards/ideas-wall/model';
import { clusterAt } from '../../../shared/boards/ideas-wall/definition';
import { parsePackage, serializePackage, toPackage } from '../../../shared/package';

const demo = createDemoWorkshop({ lang: 'fi' });

describe('demo workshop', () => {
  it('passes WorkshopData and every board its kind schema', () => {
    expect(WorkshopData.parse(demo)).toEqual(demo);
    for (const b of demo.boards) {
      const def = boardDefinition(b.kind);
      expect(def, b.kind).toBeDefined();
      expect(b.docVersion).toBe(def!.docVersion);
      expect(def!.docSchema.parse(b.doc)).toEqual(b.doc);
    }
  });

  it('has a demo builder for every board kind, and each team gets one board of every kind', () => {
    for (const def of BOARD_DEFINITIONS) expect(Object.keys(DEMO_BOARDS)).toContain(def.kind);
    for (const t of demo.teams) {
      const kinds = new Set(demo.boards.filter((b) => b.teamId === t.id).map((b) => b.kind));
      expect([...kinds].sort()).toEqual(BOARD_DEFINITIONS.map((d) => d.kind).sort());
    }
  });

  it('is deterministic for a seed and base date, and differs with the seed', () => {
    expect(createDemoWorkshop({ lang: 'fi' })).toEqual(demo);
    const other = createDemoWorkshop({ lang: 'fi', seed: 6 });
    expect(other.teams[0]!.id).not.toBe(demo.teams[0]!.id);
    expect(other.teams.map((t) => t.name)).toEqual(demo.teams.map((t) => t.name));
  });

  it('dates follow the base date: round start, Tuesday–Wednesday workshop 1, then in order', () => {
    const d = createDemoWorkshop({ lang: 'fi', baseDate: '2026-01-12' });
    expect(d.round.startDate).toBe('2026-01-12');
    const dates = d.days.map((x) => x.date);
    expect(new Date(`${dates[0]}T00:00:00Z`).getUTCDay()).toBe(2);
    expect(new Date(`${dates[1]}T00:00:00Z`).getUTCDay()).toBe(3);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]! > d.round.startDate && dates[3]! < d.round.endDate).toBe(true);
  });

  it('has 3–4 days whose agendas run in time order without overlaps', () => {
    expect(demo.days.length).toBeGreaterThanOrEqual(3);
    expect(demo.days.length).toBeLessThanOrEqual(4);
    const min = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
    for (const day of demo.days) {
      expect(day.agenda.length).toBeGreaterThan(6);
      expect(day.agenda.some((a) => a.title === 'Lounas')).toBe(true);
      for (let i = 1; i < day.agenda.length; i++) {
        const prev = day.agenda[i - 1]!;
        expect(min(prev.start) + prev.durationMin).toBeLessThanOrEqual(min(day.agenda[i]!.start));
      }
    }
  });

  it('has three teams in different counties and target groups with full rosters', () => {
    expect(demo.teams).toHaveLength(3);
    expect(new Set(demo.teams.map((t) => t.county)).size).toBe(3);
    expect(new Set(demo.teams.map((t) => t.targetGroup)).size).toBe(3);
    for (const t of demo.teams) {
      expect(t.process.length).toBeGreaterThan(20);
      expect(t.aim).toMatch(/mennessä .*%/);
      const roster = demo.members.filter((m) => m.teamId === t.id);
      expect(rosterWarnings(roster)).toEqual([]);
      const count = (role: string): number => roster.filter((m) => m.role === role).length;
      expect(count('client-rep')).toBe(1);
      expect(count('process-owner')).toBe(1);
      expect(count('coach')).toBe(2);
      expect(count('professional')).toBeGreaterThanOrEqual(4);
      expect(count('professional')).toBeLessThanOrEqual(6);
    }
    expect(new Set(demo.members.map((m) => m.name)).size).toBe(demo.members.length);
  });

  it('lays each ideas wall out tidily: 3 clusters, 8–12 notes, every note inside its frame, none overlapping', () => {
    for (const b of demo.boards.filter((x) => x.kind === 'ideas-wall')) {
      const doc = b.doc as IdeasWallDoc;
      expect(doc.clusters).toHaveLength(3);
      expect(doc.notes.length).toBeGreaterThanOrEqual(8);
      expect(doc.notes.length).toBeLessThanOrEqual(12);
      expect(new Set(doc.notes.map((n) => n.color)).size).toBeGreaterThanOrEqual(4);
      expect(new Set(doc.notes.map((n) => n.authorRole)).size).toBeGreaterThanOrEqual(3);
      for (const n of doc.notes) {
        const c = doc.clusters.find((x) => x.id === n.clusterId)!;
        expect(c).toBeDefined();
        expect(n.x).toBeGreaterThanOrEqual(c.x);
        expect(n.y).toBeGreaterThan(c.y);
        expect(n.x + NOTE_SIZE.width).toBeLessThanOrEqual(c.x + c.width);
        expect(n.y + NOTE_SIZE.height).toBeLessThanOrEqual(c.y + c.height);
        expect(clusterAt(doc, n.x, n.y)).toBe(c.id);
      }
      for (const a of doc.notes) {
        for (const o of doc.notes) {
          if (a === o) continue;
          const apart =
            a.x + NOTE_SIZE.width <= o.x ||
            o.x + NOTE_SIZE.width <= a.x ||
            a.y + NOTE_SIZE.height <= o.y ||
            o.y + NOTE_SIZE.height <= a.y;
          expect(apart).toBe(true);
        }
      }
      for (let i = 1; i < doc.clusters.length; i++) {
        const p = doc.clusters[i - 1]!;
        expect(p.x + p.width).toBeLessThan(doc.clusters[i]!.x);
      }
    }
  });

  it('survives the package round trip unchanged', () => {
    const r = parsePackage(
      serializePackage(toPackage(demo, { appVersion: '0.1.0', exportedAt: '2025-09-16T12:00:00.000Z' })),
    );
    expect(r.ok && r.data).toEqual(demo);
  });
});
