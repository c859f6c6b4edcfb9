import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../../electron/backend/files/names';
import { appWorkbookFileName } from '../../../electron/backend/export/app-workbook';
import { createDemoWorkshop } from '../../../shared/demo';

// eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
const NOT_IN_FILE_NAMES = /[/\\:*?"<>|\u0000-\u001f]/;

describe('export file names', () => {
  it('cuts a long title after a whole word, never within one', () => {
    const title = 'Sujuvat palvelut -valmennus, kierros 5 - Nuorten mielenterveyspolku, Pirkanmaan hyvinvointialue';
    const name = fileNameFor(title, '.xlsx');
    expect(name).toBe('Sujuvat palvelut -valmennus kierros 5 - Nuorten mielenterveyspolku Pirkanmaan.xlsx');
    expect(name).not.toMatch(/Pirkanm\.xlsx$/);
  });

  it('keeps only whole words of the title, at most 80 characters', () => {
    const word = fc.stringMatching(/^[a-zäöå]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
        const base = fileNameFor(words.join(' '), '.xlsx').replace(/\.xlsx$/, '');
        expect(Array.from(base).length).toBeLessThanOrEqual(80);
        const kept = base.split(' ');
        expect(kept).toEqual(words.slice(0, kept.length));
      }),
    );
  });

  it('cuts a single word longer than a name within it rather than giving no name', () => {
    expect(fileNameFor('a'.repeat(200), '.docx')).toBe(`${'a'.repeat(80)}.docx`);
  });

  it('makes a team name with characters not allowed in file names safe', () => {
    const data = createDemoWorkshop({ lang: 'fi' });
    const team = data.teams[0]!;
    const renamed = {
      ...data,
      teams: data.teams.map((t) => (t.id === team.id ? { ...t, name: 'Tiimi: A/B <"C"> | D* E? \\ F\u0007' } : t)),
    };
    const name = appWorkbookFileName(renamed, { teamId: team.id });
    expect(name).not.toMatch(NOT_IN_FILE_NAMES);
    expect(name).toMatch(/Tiimi A B C D E F\.xlsx$/);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const n = fileNameFor(title, '.xlsx');
        expect(n).not.toMatch(NOT_IN_FILE_NAMES);
        expect(n.startsWith('.')).toBe(false);
        expect(n.length).toBeGreaterThan('.xlsx'.length);
      }),
    );
  });
});
