import { describe, expect, it } from 'vitest';
import { createDemoWorkshop } from '../../../shared/demo';
import { WorkshopData } from '../../../shared/domain/workshop-data';
import { feedbackPackageOrder } from '../../../shared/analysis/day-feedback';
import { findPersonalData } from '../../../shared/analysis/personal-data';
import { loggedMinutes, plannedVsActual } from '../../../shared/presentation/agenda';

const demo = createDemoWorkshop({ lang: 'fi' });
const firstDay = demo.days[0]!;

describe('demo workshop: the first day as it was run', () => {
  it('every team got gallery-walk notes from the other teams, both kinds, in the walk of the first day', () => {
    expect(WorkshopData.parse(demo)).toEqual(demo);
    const walk = firstDay.agenda.find((a) => a.title.includes('posterikierros'))!;
    for (const team of demo.teams) {
      const notes = demo.galleryNotes!.filter((n) => n.teamId === team.id);
      expect(notes.length, team.name).toBeGreaterThanOrEqual(3);
      expect(new Set(notes.map((n) => n.kind))).toEqual(new Set(['steal', 'question']));
      expect(notes.map((n) => n.ordinal)).toEqual(notes.map((_, i) => i));
      for (const n of notes) {
        expect(n.fromTeamId).not.toBe(team.id);
        expect(demo.teams.some((x) => x.id === n.fromTeamId)).toBe(true);
        expect(n.createdAt.slice(0, 10)).toBe(firstDay.date);
      }
    }
    // Written during the walk: 10:00–10:45 Finnish summer time.
    const minutes = demo.galleryNotes!.map(
      (n) => (new Date(n.createdAt).getUTCHours() + 3) * 60 + new Date(n.createdAt).getUTCMinutes(),
    );
    const start = Number(walk.start.slice(0, 2)) * 60 + Number(walk.start.slice(3));
    expect(minutes.every((m) => m > start && m < start + walk.durationMin)).toBe(true);
  });

  it('eight anonymous answers for the first day only, with the date and no more, in content order', () => {
    const answers = demo.dayFeedback!;
    expect(answers).toHaveLength(8);
    expect(answers.every((a) => a.dayId === firstDay.id && a.givenOn === firstDay.date)).toBe(true);
    expect(answers).toEqual(feedbackPackageOrder(answers));
    expect(answers.filter((a) => a.comment !== '').length).toBeGreaterThan(4);
    expect(answers.some((a) => a.collaboration === null)).toBe(true);
  });

  it("the first day's agenda ran with one item over its time and one skipped; the other days have not been run", () => {
    const log = demo.agendaLog!;
    expect(new Set(log.map((e) => e.dayId))).toEqual(new Set([firstDay.id]));
    const rows = plannedVsActual(firstDay, log);
    expect(rows).toHaveLength(firstDay.agenda.length);
    expect(rows.every((r) => r.actual !== null)).toBe(true);
    const over = log.filter((e) => !e.skipped && loggedMinutes(e, 0).overrun > 0);
    expect(over.map((e) => e.title)).toEqual(['Asiantuntijapuheenvuoro: läpimurtomenetelmä ja asiakas kehittäjänä']);
    expect(over[0]!.extendedMin).toBe(10);
    expect(log.filter((e) => e.skipped).map((e) => e.title)).toEqual(['Vertaisoppiminen tiimipareittain']);
    // One after another, each item starting when the one before ended.
    for (let i = 1; i < log.length; i++) expect(log[i]!.startedAt).toBe(log[i - 1]!.endedAt);
  });

  it('holds no personal data (the exports go through without a prompt) and is deterministic', () => {
    expect(findPersonalData(demo)).toEqual([]);
    expect(createDemoWorkshop({ lang: 'fi' })).toEqual(demo);
    const other = createDemoWorkshop({ lang: 'fi', seed: 9 });
    expect(other.dayFeedback!.map((a) => a.id)).not.toEqual(demo.dayFeedback!.map((a) => a.id));
  });
});
