import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DraftText } from '../../../renderer/src/api/draft-text';
import { inputNumber, parseDecimal } from '../../../renderer/src/components/number-text';
import { numberLimits } from '../../../renderer/src/components/useDraftNumber';

describe('number fields: typed text and saved value', () => {
  it('reads typed numbers in Finnish, Swedish and English spelling, and half-typed ones', () => {
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal(' 1 200,25 ')).toBe(1200.25);
    expect(parseDecimal('1,')).toBe(1);
    expect(parseDecimal('−3')).toBe(-3);
    expect(parseDecimal('')).toBeNull();
    for (const s of ['-', '1e', 'kaksi', '1,2,3', '1e400']) expect(parseDecimal(s)).toBeUndefined();
  });

  it('a saved number shown in the field reads back as the same number in every language', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('fi', 'sv', 'en'),
        (i, digits, lang) => {
          const n = i / 10 ** digits;
          expect(parseDecimal(inputNumber(n, lang))).toBe(Number(n.toFixed(6)));
        },
      ),
    );
  });

  it('explains what cannot be saved: not a whole number, out of range, empty when required', () => {
    const t = (key: string, o?: Record<string, unknown>) => `${key}${o ? JSON.stringify(o) : ''}`;
    const check = numberLimits(t, { min: 1, max: 600, whole: true, required: true });
    expect(check(15)).toBeNull();
    expect(check(1.5)).toBe('numberField.whole');
    expect(check(undefined)).toBe('numberField.whole');
    expect(check(0)).toBe('numberField.range{"min":1,"max":600}');
    expect(check(null)).toBe('numberField.required');
    expect(numberLimits(t, { min: 0, max: 10 })(null)).toBeNull();
  });

  it('the backend\'s value does not overwrite text that already says it ("1," for 1, "1,50" for 1.5)', () => {
    const shown: string[] = [];
    const same = (text: string, value: string) => {
      const n = parseDecimal(text);
      return n !== undefined && n === parseDecimal(value);
    };
    const draft = new DraftText('', { save: async () => undefined, onText: (t) => shown.push(t), same });
    draft.text = '1,';
    draft.outside('1');
    expect(draft.text).toBe('1,');
    draft.text = '1,50';
    draft.outside('1,5');
    expect(draft.text).toBe('1,50');
    // A different value from outside (undo, another window) is shown at once.
    draft.outside('2');
    expect(draft.text).toBe('2');
    expect(shown).toEqual(['2']);
  });
});
