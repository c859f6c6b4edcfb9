import type { FiResources } from './locales';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;

/** Every dotted leaf key of a tree, plural forms (`x_one`, `x_other`) as their base `x`, as i18next looks them up. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the Finnish locale files: `translator(lang)('no.such.key')` fails the type check. */
export type TranslationKey = Leaves<FiResources>;
