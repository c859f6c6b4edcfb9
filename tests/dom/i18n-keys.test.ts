import { describe, expect, it } from 'vitest';
import i18n from '../../renderer/src/i18n';
import { boardKindName, keyFromData } from '../../renderer/src/i18n/keys';

describe('renderer translation keys', () => {
  it('are typed from the Finnish locale files: a misspelt key fails the type check', () => {
    // @ts-expect-error "header.undoo" is not a key of the Finnish files
    expect(i18n.t('header.undoo')).toBe('header.undoo');
    expect(i18n.t('header.undo')).toBe('Kumoa');
    // Template-literal keys are checked for every value of their union.
    const kinds = ['yes', 'no'] as const;
    expect(kinds.map((b) => i18n.t(`processMap.branch.${b}`))).toEqual(['Kyllä', 'Ei']);
  });

  it('take keys that arrive as data at one boundary, showing an unknown one as itself', () => {
    expect(i18n.t(keyFromData('history.teams.update'))).toBe('Muokkaa tiimiä');
    expect(i18n.t(keyFromData('errors.from.a.newer.backend'))).toBe('errors.from.a.newer.backend');
  });

  it('name board kinds, and a kind from a newer file by itself', () => {
    expect(boardKindName(i18n.t, 'process-map')).toBe('Prosessikaavio');
    expect(boardKindName(i18n.t, 'kanban')).toBe('kanban');
  });
});
