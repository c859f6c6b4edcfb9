import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/domain/vocab';
import { LOCALE_FILES } from '../../../shared/i18n/locales';
import { interpolate, localeTree, translator } from '../../../shared/i18n/translate';

const DIR = resolve(__dirname, '../../../shared/i18n/locales');

describe('static locale index', () => {
  for (const lang of LANGUAGES) {
    it(`lists exactly the ${lang} locale files on disk, with their contents`, () => {
      const onDisk = readdirSync(join(DIR, lang)).filter((f) => f.endsWith('.json')).sort();
      expect(Object.keys(LOCALE_FILES[lang]).sort()).toEqual(onDisk);
      for (const f of onDisk) expect(LOCALE_FILES[lang][f], f).toEqual(JSON.parse(readFileSync(join(DIR, lang, f), 'utf8')));
    });
  }
});

describe('translator', () => {
  it('says the same thing as the locale files in fi, sv and en', () => {
    for (const lang of LANGUAGES) {
      const tree = localeTree(lang) as { errors: { code: { io: string } } };
      expect(translator(lang)('errors.code.io')).toBe(tree.errors.code.io);
    }
    expect(translator('fi')('vocab.role.client-rep')).toBe('Asiakasedustaja');
    expect(translator('sv')('vocab.role.client-rep')).not.toBe('Asiakasedustaja');
  });

  it('interpolates {{name}} without escaping, keeps unknown names, ignores a format part', () => {
    expect(interpolate('{{a}} ja {{ b }} <{{c}}>', { a: 'x&y', b: 2 })).toBe('x&y ja 2 <{{c}}>');
    expect(interpolate('{{n, number}} kpl', { n: 5 })).toBe('5 kpl');
    const t = translator('fi');
    expect(t('errors.invalidInput', { field: 'nimi', issue: '<tyhjä>' })).toContain('<tyhjä>');
  });

  it('picks plural forms by count with the language rules, then the plain key', () => {
    const t = translator('en');
    const plural = Object.entries(LOCALE_FILES.en).flatMap(([, tree]) => findPlural(tree, ''))[0];
    if (plural) {
      expect(t(plural, { count: 1 })).not.toBe(plural);
      expect(t(plural, { count: 5 })).toContain('5');
    }
    expect(t('pictures.more', { count: 3 })).toContain('3');
  });

  it('falls back to Finnish, then to the key itself', () => {
    expect(translator('sv')('no.such.key')).toBe('no.such.key');
    expect(translator('en')('errors')).toBe('errors');
  });
});

/** The first `x_one`/`x_other` pair's base key in a tree. */
function findPlural(tree: unknown, prefix: string): string[] {
  if (typeof tree !== 'object' || tree === null) return [];
  const entries = Object.entries(tree as Record<string, unknown>);
  const out: string[] = [];
  for (const [k, v] of entries) {
    if (typeof v === 'string' && k.endsWith('_one') && entries.some(([o]) => o === k.replace(/_one$/, '_other'))) {
      const other = (tree as Record<string, string>)[k.replace(/_one$/, '_other')]!;
      if (other.includes('{{count}}')) out.push(`${prefix}${k.replace(/_one$/, '')}`);
    } else out.push(...findPlural(v, `${prefix}${k}.`));
  }
  return out;
}
