import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { LANGUAGES } from '../../../shared/domain/vocab';
import { dynamicTranslator, localeTree } from '../../../shared/i18n/translate';
import type { Tree } from '../../../shared/i18n/merge';
import type { TranslationKey } from '../../../shared/i18n/keys';

/** Every text of a language by dotted key. */
function flat(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else flat(v, key, out);
  }
  return out;
}

const texts = Object.fromEntries(LANGUAGES.map((l) => [l, flat(localeTree(l))])) as Record<
  (typeof LANGUAGES)[number],
  Map<string, string>
>;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!);

/** The count keys: a plural pair (`x_one`/`x_other`) or a sentence built from nested counts (`$t(count.…)`). */
function countKeys(lang: (typeof LANGUAGES)[number]): string[] {
  const keys = new Set<string>();
  for (const [k, v] of texts[lang]) {
    if (k.endsWith('_one') || k.endsWith('_other')) keys.add(k.replace(/_(one|other)$/, ''));
    else if (v.includes('$t(')) keys.add(k);
  }
  return [...keys].sort();
}

async function i18nextFor(lang: string) {
  const inst = i18next.createInstance();
  await inst.init({
    lng: lang,
    resources: { [lang]: { translation: localeTree(lang as 'fi') } },
    interpolation: { escapeValue: false },
  });
  return inst;
}

describe('count strings', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every count key renders with 0, 1 and 2 in the renderer (i18next) and in Node the same way`, async () => {
      const t = dynamicTranslator(lang);
      const inst = await i18nextFor(lang);
      const keys = countKeys(lang);
      expect(keys.length).toBeGreaterThan(60);
      for (const key of keys) {
        const sample = texts[lang].get(`${key}_other`) ?? texts[lang].get(key)!;
        for (const n of [0, 1, 2]) {
          const vars: Record<string, string | number> = { count: n };
          for (const p of placeholders(sample)) if (!(p in vars)) vars[p] = n;
          const node = t(key, vars);
          expect(node, `${lang} ${key} ${n}`).not.toMatch(/\{\{|\$t\(/);
          // Each language here uses "one" for 1 only; a singular may say "the first" instead of the number.
          const source = texts[lang].get(`${key}_${n === 1 ? 'one' : 'other'}`) ?? sample;
          if (placeholders(source).length > 0) expect(node, `${lang} ${key} ${n}`).toContain(String(n));
          expect(inst.t(key as TranslationKey, vars), `${lang} ${key} ${n}`).toBe(node);
        }
      }
    });
  }

  it('no count of things is put before its noun outside a plural form (no "1 ongelmaa")', () => {
    // The variables that count things; each must reach its noun through `_one`/`_other` or `$t(count.…)`.
    const COUNTS = [
      'count',
      'lanes',
      'steps',
      'problems',
      'notes',
      'groups',
      'clusters',
      'options',
      'voters',
      'causes',
      'roots',
      'whys',
      'cycles',
      'bones',
      'drivers',
      'ideas',
      'dots',
    ];
    // Words that do not change with the number, or numbers that are never 1 (a limit passed, more than five).
    const SAME = new Set([
      'pictures.more',
      'pictures.dotVote.chosen',
      'processMap.compare.removedCount',
      'processMap.compare.changedCount',
      'gallery.notes.count',
      'gallery.notes.tooLong',
      'feedback.form.tooLong',
      'dotVote.errors.paper.overBudget',
      'drivers.tooManyPrimary',
    ]);
    const offenders: string[] = [];
    for (const lang of LANGUAGES) {
      for (const [k, v] of texts[lang]) {
        if (k.endsWith('_one') || k.endsWith('_other') || SAME.has(k)) continue;
        const bare = v.replace(/\$t\([^)]*\)/g, '');
        for (const m of bare.matchAll(/\{\{(\w+)\}\} \p{L}/gu))
          if (COUNTS.includes(m[1]!)) offenders.push(`${lang} ${k}: ${v}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('Finnish says "1 ongelma" and "1 syy", not "1 ongelmaa" and "1 syytä"', () => {
    const t = dynamicTranslator('fi');
    expect(t('processMap.canvasLabel', { steps: 1, lanes: 1, problems: 1 })).toBe(
      'Prosessikaavio: 1 vaihe, 1 kaista, 1 ongelma',
    );
    expect(t('processMap.canvasLabel', { steps: 15, lanes: 3, problems: 2 })).toBe(
      'Prosessikaavio: 15 vaihetta, 3 kaistaa, 2 ongelmaa',
    );
    expect(t('pictures.fishbone.summary', { causes: 1, roots: 1 })).toBe('1 syy · 1 juurisyy');
    expect(t('fishbone.canvasLabel', { bones: 1, causes: 1 })).toBe('Kalanruotokaavio: 1 syyluokka, 1 syy');
    expect(t('wall.canvasLabel', { notes: 1, clusters: 0 })).toBe('Ideaseinä: 1 lappu, 0 ryhmää');
  });
});
