import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/domain/vocab';
import { LOCALE_FILES } from '../../../shared/i18n/locales';
import i18next from 'i18next';
import { dynamicTranslator, localeResources, localeTree, translator } from '../../../shared/i18n/translate';

const DIR = resolve(__dirname, '../../../shared/i18n/locales');

describe('static locale index', () => {
  for (const lang of LANGUAGES) {
    it(`lists exactly the ${lang} locale files on disk, with their contents`, () => {
      const onDisk = readdirSync(join(DIR, lang))
        .filter((f) => f.endsWith('.json'))
        .sort();
      expect(Object.keys(LOCALE_FILES[lang]).sort()).toEqual(onDisk);
      for (const f of onDisk)
        expect(LOCALE_FILES[lang][f], f).toEqual(JSON.parse(readFileSync(join(DIR, lang, f), 'utf8')));
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

  it('interpolates {{name}} without HTML escaping (texts go to cells and menus)', () => {
    const t = translator('fi');
    expect(t('errors.invalidInput', { field: 'nimi', issue: '<tyhjä> & "x"' })).toContain('<tyhjä> & "x"');
  });

  it('is i18next itself: the same text as an i18next instance over the same resources, nesting included', () => {
    const ref = i18next.createInstance();
    void ref.init({
      resources: localeResources(),
      lng: 'sv',
      fallbackLng: 'fi',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    expect(translator('sv')('errors.invalidInput', { field: 'f', issue: 'i' })).toBe(
      ref.t('errors.invalidInput', { field: 'f', issue: 'i' }),
    );
    // i18next's $t() nesting with a count, which a hand-written lookup would leave as written.
    const nest = i18next.createInstance();
    void nest.init({
      resources: {
        fi: {
          translation: {
            n_one: '{{count}} vaihe',
            n_other: '{{count}} vaihetta',
            s: 'Kaaviossa $t(n, {"count": {{steps}} })',
          },
        },
      },
      lng: 'fi',
      initAsync: false,
    });
    // Its own resources, not the app's: the app's typed keys do not apply.
    const nestT = nest.t as unknown as (key: string, vars: Record<string, number>) => string;
    expect(nestT('s', { steps: 3 })).toBe('Kaaviossa 3 vaihetta');
  });

  it('types its keys from the Finnish locale files', () => {
    const t = translator('fi');
    // @ts-expect-error a key the Finnish files do not have fails the type check
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('errors.code.io')).not.toBe('errors.code.io');
  });

  it('picks plural forms by count with the language rules, then the plain key', () => {
    const t = dynamicTranslator('en');
    const plural = Object.entries(LOCALE_FILES.en).flatMap(([, tree]) => findPlural(tree, ''))[0];
    if (plural) {
      expect(t(plural, { count: 1 })).not.toBe(plural);
      expect(t(plural, { count: 5 })).toContain('5');
    }
    expect(t('pictures.more', { count: 3 })).toContain('3');
  });

  it('falls back to Finnish, then to the key itself', () => {
    expect(dynamicTranslator('sv')('no.such.key')).toBe('no.such.key');
    expect(dynamicTranslator('en')('errors')).toBe('errors');
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

describe('member form privacy line', () => {
  it("names every field the form asks for and why the client representative's name stays on the laptop", () => {
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      const line = t('members.privacy').toLocaleLowerCase(lang);
      // Finnish inflects the nouns (nimi → nimen): the stem is enough.
      for (const field of ['name', 'role', 'profession', 'organisation'] as const) {
        expect(line, `${lang}: ${field}`).toContain(t(`members.${field}`).toLocaleLowerCase(lang).slice(0, 3));
      }
      expect(line, lang).toContain(t('vocab.role.client-rep').toLocaleLowerCase(lang).slice(0, 8));
      expect(line, lang).toContain('innokylä');
    }
  });
});
