import { describe, expect, it } from 'vitest';
import { findInText } from '../../../shared/analysis/personal-data';
import { PERSONAL_DATA_SAMPLES } from './personal-data-samples';

describe('personal-data detector on labelled Finnish samples', () => {
  it('has a table large enough to mean something, with both kinds of sample', () => {
    expect(PERSONAL_DATA_SAMPLES.length).toBeGreaterThanOrEqual(80);
    expect(PERSONAL_DATA_SAMPLES.filter((s) => s.expected.length === 0).length).toBeGreaterThanOrEqual(30);
    for (const kind of ['hetu', 'phone', 'email']) {
      expect(
        PERSONAL_DATA_SAMPLES.flatMap((s) => s.expected).filter((e) => e.startsWith(`${kind}:`)).length,
        kind,
      ).toBeGreaterThanOrEqual(10);
    }
  });

  it('finds every labelled finding (recall 100 %) and nothing else (precision 100 %)', () => {
    let truePositives = 0;
    const misses: string[] = [];
    const extras: string[] = [];
    for (const { text, expected } of PERSONAL_DATA_SAMPLES) {
      const found = findInText(text).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);
      for (const e of expected) {
        if (found.includes(e)) truePositives++;
        else misses.push(`${text} → ${e}`);
      }
      for (const f of found) if (!expected.includes(f)) extras.push(`${text} → ${f}`);
    }
    const total = PERSONAL_DATA_SAMPLES.reduce((n, s) => n + s.expected.length, 0);
    expect({ misses, extras }).toEqual({ misses: [], extras: [] });
    expect(truePositives / total).toBe(1);
    expect(truePositives / (truePositives + extras.length)).toBe(1);
  });
});
