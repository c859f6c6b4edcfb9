import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { valueStreamTotals, type DurationInput, type StepInput } from '../../../../shared/analysis/value-stream/totals';
import {
  minutesPerUnit,
  DEFAULT_UNIT_SETTINGS,
  TIME_UNITS,
  type TimeUnit,
} from '../../../../shared/analysis/value-stream/units';

const S = DEFAULT_UNIT_SETTINGS; // 7.5 h working day, 5 working days a week
const d = (
  value: number | null,
  unit: TimeUnit | null,
  min: number | null = null,
  max: number | null = null,
): DurationInput => ({ value, unit, min, max });
const st = (id: string, wait: DurationInput, process: DurationInput, extra: Partial<StepInput> = {}): StepInput => ({
  id,
  wait,
  process,
  complete: null,
  organisation: '',
  after: null,
  ...extra,
});

describe('unit convention', () => {
  it('waits are calendar time, process times are work', () => {
    expect(minutesPerUnit('workday', 'wait', S)).toBeCloseTo(1.4 * 1440); // 7/5 calendar days
    expect(minutesPerUnit('workday', 'process', S)).toBe(450); // 7.5 h of work
    expect(minutesPerUnit('week', 'wait', S)).toBe(10080);
    expect(minutesPerUnit('week', 'process', S)).toBe(5 * 450);
    expect(minutesPerUnit('day', 'wait', S)).toBe(1440);
    expect(minutesPerUnit('day', 'process', S)).toBe(450);
    expect(minutesPerUnit('workday', 'wait', { hoursPerWorkday: 8, workdaysPerWeek: 7 })).toBe(1440);
  });
});

describe('valueStreamTotals, hand-worked', () => {
  it('adds mixed units honestly', () => {
    const t = valueStreamTotals(
      [
        st('a', d(2, 'workday'), d(30, 'min')),
        st('b', d(1, 'week'), d(1.5, 'h')),
        st('c', d(0, 'day'), d(1, 'workday')),
      ],
      S,
    );
    // 2 working days of waiting = 2.8 calendar days = 4032 min; 1 week = 10080; 1 working day of work = 450 min.
    expect(t.lead!.typical).toBeCloseTo(4032 + 30 + 10080 + 90 + 0 + 450);
    expect(t.process!.typical).toBe(30 + 90 + 450);
    expect(t.flowEfficiency!).toBeCloseTo(570 / 14682);
    expect(t.path).toEqual(['a', 'b', 'c']);
    expect(t.branched).toBe(false);
    expect(t.lacking).toMatchObject({ wait: 0, process: 0 });
  });

  it('carries ranges: shortest, typical, longest; a missing end falls back to the typical value', () => {
    const t = valueStreamTotals(
      [st('a', d(3, 'day', 1, 10), d(20, 'min', 10, 40)), st('b', d(2, 'h'), d(1, 'h', 0.5, 2))],
      S,
    );
    expect(t.lead).toEqual({ min: 1440 + 10 + 120 + 30, typical: 4320 + 20 + 120 + 60, max: 14400 + 40 + 120 + 120 });
    expect(t.process).toEqual({ min: 40, typical: 80, max: 160 });
  });

  it('follows the longest path through parallel branches and says which it is', () => {
    const t = valueStreamTotals(
      [
        st('a', d(0, 'day'), d(60, 'min'), { after: [] }),
        st('b', d(5, 'day'), d(30, 'min'), { after: ['a'] }),
        st('c', d(2, 'day'), d(600, 'min'), { after: ['a'] }),
        st('d', d(1, 'day'), d(15, 'min'), { after: ['b', 'c'] }),
      ],
      S,
    );
    expect(t.lead!.typical).toBe(60 + 7200 + 30 + 1440 + 15);
    expect(t.process!.typical).toBe(60 + 30 + 15);
    expect(t.path).toEqual(['a', 'b', 'd']);
    expect(t.branched).toBe(true);
    expect(t.steps.map((s) => s.onPath)).toEqual([true, true, false, true]);
    const c = t.steps[2]!;
    expect([c.start, c.finish]).toEqual([60, 60 + 2880 + 600]);
  });

  it('the longest path can differ between the shortest and the longest case', () => {
    const t = valueStreamTotals(
      [
        st('a', d(0, 'min'), d(0, 'min'), { after: [] }),
        st('b', d(5, 'day', 5, 5), d(0, 'min'), { after: ['a'] }),
        st('c', d(1, 'day', 1, 20), d(0, 'min'), { after: ['a'] }),
      ],
      S,
    );
    expect(t.lead).toEqual({ min: 5 * 1440, typical: 5 * 1440, max: 20 * 1440 });
  });

  it('zero waits are values, not missing', () => {
    const t = valueStreamTotals([st('a', d(0, 'day'), d(10, 'min')), st('b', d(0, 'h'), d(5, 'min'))], S);
    expect(t.lacking.wait).toBe(0);
    expect(t.lead!.typical).toBe(15);
    expect(t.flowEfficiency).toBe(1);
  });

  it('missing values stay missing and are counted, never zero', () => {
    const t = valueStreamTotals(
      [st('a', d(null, 'day'), d(30, 'min')), st('b', d(2, 'day'), d(45, null)), st('c', d(1, 'h'), d(null, 'min'))],
      S,
    );
    expect(t.steps[0]!.wait).toBeNull();
    expect(t.steps[1]!.process).toBeNull();
    expect(t.steps[1]!.issues).toContainEqual({ code: 'missingUnit', field: 'process' });
    expect(t.lacking).toMatchObject({ wait: 1, process: 2 });
    expect(t.lead!.typical).toBe(30 + 2880 + 60);
    expect(t.stepsWithIssues).toBe(3);
  });

  it('no times at all: totals are missing, not zero', () => {
    const empty = valueStreamTotals([], S);
    expect([empty.lead, empty.process, empty.flowEfficiency, empty.rolledComplete]).toEqual([null, null, null, null]);
    const blank = valueStreamTotals([st('a', d(null, 'day'), d(null, 'min'))], S);
    expect(blank.lead).toBeNull();
    expect(blank.lacking).toMatchObject({ wait: 1, process: 1, complete: 1, organisation: 1 });
  });

  it('flags negative and absurd values and leaves them out of the totals', () => {
    const t = valueStreamTotals(
      [
        st('a', d(1e9, 'day'), d(30, 'min')),
        st('b', d(-5, 'day'), d(30, 'min')),
        st('c', d(1, 'day'), d(30, 'min', -1, 40)),
      ],
      S,
    );
    expect(t.steps[0]!.issues).toContainEqual({ code: 'absurd', field: 'wait' });
    expect(t.steps[1]!.issues).toContainEqual({ code: 'negative', field: 'wait' });
    expect(t.steps[2]!.issues).toContainEqual({ code: 'negative', field: 'process' });
    expect(t.lead!.typical).toBe(30 + 30 + 1440);
    expect(t.lacking).toMatchObject({ wait: 2, process: 1 });
  });

  it('flags a range given the wrong way round but still uses it, sorted', () => {
    const t = valueStreamTotals([st('a', d(5, 'day', 10, 2), d(0, 'min'))], S);
    expect(t.steps[0]!.issues).toContainEqual({ code: 'rangeOrder', field: 'wait' });
    expect(t.lead).toEqual({ min: 2 * 1440, typical: 5 * 1440, max: 10 * 1440 });
  });

  it('rolls %C&A and counts handoffs between organisations', () => {
    const t = valueStreamTotals(
      [
        st('a', d(0, 'day'), d(1, 'min'), { complete: 90, organisation: 'Koulu' }),
        st('b', d(0, 'day'), d(1, 'min'), { complete: 80, organisation: 'koulu ' }),
        st('c', d(0, 'day'), d(1, 'min'), { complete: null, organisation: 'Nuorisopsykiatria' }),
        st('d', d(0, 'day'), d(1, 'min'), { complete: 150, organisation: '' }),
      ],
      S,
    );
    expect(t.rolledComplete).toBeCloseTo(72);
    expect(t.lacking.complete).toBe(2);
    expect(t.steps[3]!.issues).toContainEqual({ code: 'completeOutOfRange' });
    expect(t.handoffs).toBe(1);
    expect(t.lacking.organisation).toBe(1);
  });

  it('ignores and flags links to later or unknown steps', () => {
    const t = valueStreamTotals(
      [st('a', d(1, 'day'), d(0, 'min'), { after: ['b', 'zz'] }), st('b', d(1, 'day'), d(0, 'min'))],
      S,
    );
    expect(t.steps[0]!.issues.filter((i) => i.code === 'badLink')).toHaveLength(2);
    expect(t.steps[0]!.preds).toEqual([]);
    expect(t.lead!.typical).toBe(2880);
  });
});

const arbDuration = fc.record({
  value: fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: null }),
  min: fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: null }),
  max: fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: null }),
  unit: fc.option(fc.constantFrom(...TIME_UNITS), { nil: null, freq: 8 }),
});
const arbStream = fc.integer({ min: 0, max: 25 }).chain((n) =>
  fc
    .tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.record({
          wait: arbDuration,
          process: arbDuration,
          after: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, i - 1) }), { maxLength: 3 }), {
            nil: null,
          }),
        }),
      ),
    )
    .map((rows) =>
      rows.map((r, i): StepInput => ({
        id: `s${i}`,
        wait: r.wait,
        process: r.process,
        complete: null,
        organisation: '',
        after: r.after === null ? null : i === 0 ? [] : r.after.map((j) => `s${j}`),
      })),
    ),
);
const arbSettings = fc.record({
  hoursPerWorkday: fc.double({ min: 1, max: 24, noNaN: true }),
  workdaysPerWeek: fc.integer({ min: 1, max: 7 }),
});

describe('valueStreamTotals, properties', () => {
  it('lead time >= process time, and shortest <= typical <= longest', () => {
    fc.assert(
      fc.property(arbStream, arbSettings, (steps, s) => {
        const t = valueStreamTotals(steps, s);
        if (!t.lead) return;
        const eps = 1e-6 * Math.max(1, t.lead.max);
        expect(t.lead.typical + eps).toBeGreaterThanOrEqual(t.process!.typical);
        expect(t.lead.min + eps).toBeGreaterThanOrEqual(t.process!.min);
        expect(t.lead.max + eps).toBeGreaterThanOrEqual(t.process!.max);
        expect(t.lead.min).toBeLessThanOrEqual(t.lead.typical + eps);
        expect(t.lead.typical).toBeLessThanOrEqual(t.lead.max + eps);
        if (t.flowEfficiency !== null) expect(t.flowEfficiency).toBeLessThanOrEqual(1 + 1e-9);
      }),
    );
  });

  // Values stay below the absurd limit (200 + 50 weeks < 5 years): absurd ones are left out of the totals by design.
  it('adding a wait never lowers the lead time', () => {
    fc.assert(
      fc.property(
        arbStream,
        arbSettings,
        fc.nat(),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.constantFrom(...TIME_UNITS),
        (steps, s, pick, extra, unit) => {
          if (steps.length === 0) return;
          const before = valueStreamTotals(steps, s).lead?.typical ?? 0;
          const k = pick % steps.length;
          const target = steps[k]!;
          const w = target.wait;
          // Either lengthen an existing wait, or give a step without a usable wait a new one.
          const wait: DurationInput =
            w.value !== null && w.unit !== null
              ? { ...w, value: w.value + extra, max: w.max === null ? null : w.max + extra }
              : { value: extra, min: null, max: null, unit };
          const after = valueStreamTotals(
            steps.map((x, i) => (i === k ? { ...x, wait } : x)),
            s,
          ).lead!.typical;
          expect(after).toBeGreaterThanOrEqual(before - 1e-6 * Math.max(1, before));
        },
      ),
    );
  });

  it('the reported path is connected and ends at the lead time', () => {
    fc.assert(
      fc.property(arbStream, arbSettings, (steps, s) => {
        const t = valueStreamTotals(steps, s);
        if (steps.length === 0) {
          expect(t.path).toEqual([]);
          return;
        }
        const byId = new Map(t.steps.map((x) => [x.id, x]));
        for (let i = 1; i < t.path.length; i++) expect(byId.get(t.path[i]!)!.preds).toContain(t.path[i - 1]);
        expect(byId.get(t.path[0]!)!.preds).toEqual([]);
        expect(byId.get(t.path.at(-1)!)!.finish).toBeCloseTo(t.lead?.typical ?? 0);
      }),
    );
  });
});
