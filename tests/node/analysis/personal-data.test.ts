import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoWorkshop } from '../../../shared/demo';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import { WorkshopData as WorkshopDataSchema } from '../../../shared/domain/workshop-data';
import {
  countByKind,
  findInText,
  findPersonalData,
  hetuCheckChar,
  isValidHetu,
  maskPersonalData,
  maskText,
} from '../../../shared/analysis/personal-data';

const kinds = (text: string) => findInText(text).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const SIGNS: Record<number, string[]> = {
  1800: ['+'],
  1900: ['-', 'U', 'V', 'W', 'X', 'Y'],
  2000: ['A', 'B', 'C', 'D', 'E', 'F'],
};

/** A valid henkilötunnus for the given date, sign index and individual number. */
function hetu(date: Date, signIndex: number, individual: number): string {
  const y = date.getUTCFullYear();
  const century = Math.floor(y / 100) * 100;
  const signs = SIGNS[century]!;
  const ddmmyy = `${pad(date.getUTCDate())}${pad(date.getUTCMonth() + 1)}${pad(y % 100)}`;
  const nnn = pad(individual, 3);
  return `${ddmmyy}${signs[signIndex % signs.length]}${nnn}${hetuCheckChar(ddmmyy, nnn)}`;
}

const validHetu = fc
  .tuple(
    fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
    fc.nat(5),
    fc.integer({ min: 2, max: 999 }),
  )
  .map(([d, s, n]) => hetu(d, s, n));

describe('henkilötunnus', () => {
  it('accepts worked examples, including the 2023 century signs', () => {
    // DVV's published example 131052-308T, and the same person written with the new signs of the 1900s.
    for (const code of [
      '131052-308T',
      '131052Y308T',
      '131052X308T',
      '010101A123N',
      '010101B123N',
      '010594Y9032',
      '010594Y9021',
    ])
      expect(isValidHetu(code), code).toBe(true);
    expect(isValidHetu('131052-308t')).toBe(true);
  });

  it('rejects wrong check characters, impossible dates and individual numbers 000–001', () => {
    expect(isValidHetu('131052-308U')).toBe(false);
    expect(isValidHetu('131052-308A')).toBe(false);
    // 1923 was not a leap year, 2024 was.
    const feb29 = (sign: string) => `290223${sign}123${hetuCheckChar('290223', '123')}`;
    expect(isValidHetu(feb29('-'))).toBe(false);
    expect(isValidHetu(feb29('A'))).toBe(false);
    expect(isValidHetu(`290224A123${hetuCheckChar('290224', '123')}`)).toBe(true);
    // 1900 was not a leap year (divisible by 100), 2000 was (divisible by 400).
    expect(isValidHetu(`290200-123${hetuCheckChar('290200', '123')}`)).toBe(false);
    expect(isValidHetu(`290200A123${hetuCheckChar('290200', '123')}`)).toBe(true);
    expect(isValidHetu(`310452-123${hetuCheckChar('310452', '123')}`)).toBe(false);
    expect(isValidHetu(`131052-001${hetuCheckChar('131052', '001')}`)).toBe(false);
    expect(isValidHetu(`131052Z308${hetuCheckChar('131052', '308')}`)).toBe(false);
  });

  it('finds every valid code in running text and no code with a wrong check character', () => {
    fc.assert(
      fc.property(validHetu, fc.nat(29), (code, wrongShift) => {
        expect(kinds(`Asiakkaan tunnus ${code}, ei saa näkyä.`)).toEqual([`hetu:${code}`]);
        const check = code.at(-1)!;
        const table = '0123456789ABCDEFHJKLMNPRSTUVWXY';
        const wrong = table[(table.indexOf(check) + 1 + wrongShift) % 31]!;
        expect(findInText(`tunnus ${code.slice(0, -1)}${wrong} tässä`).filter((m) => m.kind === 'hetu')).toEqual([]);
      }),
    );
  });

  it('finds a code after punctuation or a letter, not one glued to more digits or followed by a letter', () => {
    expect(kinds('hetu:131052-308T.')).toEqual(['hetu:131052-308T']);
    expect(kinds('(131052-308T)')).toEqual(['hetu:131052-308T']);
    expect(kinds('hetu131052-308T')).toEqual(['hetu:131052-308T']);
    expect(kinds('9131052-308T')).toEqual([]);
    expect(kinds('131052-308TX')).toEqual([]);
    expect(kinds('tuote131052-308Tb')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it('finds Finnish mobile and landline forms, national and international', () => {
    for (const p of [
      '040 123 4567',
      '040-1234567',
      '0401234567',
      '050 123 45 67',
      '045 1234 5678',
      '09 123 4567',
      '(09) 1234 567',
      '03-2345678',
      '017 123 456',
      '+358 40 123 4567',
      '+358401234567',
      '+358 (0)9 123 4567',
      '00358 50 1234567',
    ]) {
      expect(kinds(`Soita ${p}, kiitos`), p).toEqual([`phone:${p}`]);
    }
    expect(kinds('puh.040 123 4567')).toEqual(['phone:040 123 4567']);
    expect(kinds('soita 040 123 4567 10 kertaa')).toEqual(['phone:040 123 4567']);
  });

  it('does not take durations, years, percentages, sums, times, dates, decimals or ids for phone numbers', () => {
    const ordinary = [
      '14 vrk',
      'Odotusaika 14 vrk → 3 vrk',
      'vuonna 2023',
      '2023–2025',
      '45 %',
      '0,5 %',
      '1 500 000 €',
      'klo 08:30-09:00',
      '2023-05-01',
      '29.02.2024',
      '03122023',
      '0,0401234567',
      '3.0401234',
      'asiakkaita 1234567',
      '09012345-80d3-4f25-8a7f-fcf78ce9a1b2',
      'versio 0.9.12345',
      '7/0401234',
    ];
    for (const t of ordinary) expect(kinds(t), t).toEqual([]);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.constantFrom(' vrk', ' %', '%', ' h', ' min', ' €', ' asiakasta', ''),
        (n, unit) => {
          expect(findInText(`Mittari: ${n}${unit}`)).toEqual([]);
        },
      ),
    );
  });
});

describe('e-mail addresses', () => {
  it('finds addresses, including Finnish letters, and not bare @-mentions', () => {
    expect(kinds('Lisätietoja: matti.meikäläinen@hyvaks.fi.')).toEqual(['email:matti.meikäläinen@hyvaks.fi']);
    expect(kinds('a_b+c@sub.example.com ja x@y.io')).toEqual(['email:a_b+c@sub.example.com', 'email:x@y.io']);
    expect(kinds('@tiimi kokous @ 10')).toEqual([]);
    expect(kinds('nimi@localhost')).toEqual([]);
  });
});

describe('masking', () => {
  it('keeps length and punctuation, hides letters and digits of every finding and nothing else', () => {
    const text = 'Hetu 131052-308T, puh +358 40 123 4567, posti m.m@thl.fi; kesto 14 vrk';
    const masked = maskText(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe('Hetu ******-****, puh +*** ** *** ****, posti *.*@***.**; kesto 14 vrk');
    expect(findInText(masked)).toEqual([]);
  });
});

function withPersonalData(): WorkshopData {
  const data = structuredClone(createDemoWorkshop({ lang: 'fi' }));
  data.round.notes = 'Yhteyshenkilö: liisa.esimerkki@thl.fi';
  data.teams[1]!.aim = `${data.teams[1]!.aim} Soita 040 123 4567.`;
  data.members[0]!.organisation = 'Tampere, puh. 03 565 6111';
  const board = data.boards.find((b) => b.kind === 'ideas-wall')!;
  const doc = board.doc as { notes: { text: string }[] };
  doc.notes[0]!.text = 'Asiakas 131052-308T ei päässyt vastaanotolle 14 vrk:ssa';
  return data;
}

describe('findPersonalData and maskPersonalData over a workshop', () => {
  it('the demo workshop is clean', () => {
    expect(findPersonalData(createDemoWorkshop({ lang: 'fi' }))).toEqual([]);
  });

  it('reports each finding with its team, board, field path and a masked excerpt', () => {
    const data = withPersonalData();
    const findings = findPersonalData(data);
    expect(countByKind(findings)).toEqual({ hetu: 1, phone: 2, email: 1 });
    const board = data.boards.find((b) => b.kind === 'ideas-wall')!;
    const boardIndex = data.boards.indexOf(board);
    const team = data.teams.find((t) => t.id === board.teamId)!;
    expect(findings).toContainEqual({
      kind: 'hetu',
      team: team.name,
      teamId: team.id,
      board: board.name,
      boardId: board.id,
      path: `boards[${boardIndex}].doc.notes[0].text`,
      excerpt: 'Asiakas ******-**** ei päässyt vastaanotoll…',
    });
    expect(findings).toContainEqual(
      expect.objectContaining({
        kind: 'email',
        team: null,
        board: null,
        path: 'round.notes',
        excerpt: 'Yhteyshenkilö: *****.*********@***.**',
      }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ kind: 'phone', team: data.teams[1]!.name, path: 'teams[1].aim' }),
    );
    const memberTeam = data.teams.find((t) => t.id === data.members[0]!.teamId)!;
    expect(findings).toContainEqual(
      expect.objectContaining({ kind: 'phone', team: memberTeam.name, board: null, path: 'members[0].organisation' }),
    );
    for (const f of findings) {
      expect(f.excerpt).not.toMatch(/131052|123 4567|565 6111|liisa|thl\.fi/);
    }
  });

  it('masks a copy: no findings left, still a valid workshop, ids and structure kept, the input unchanged', () => {
    const data = withPersonalData();
    const before = structuredClone(data);
    const masked = maskPersonalData(data);
    expect(data).toEqual(before);
    expect(findPersonalData(masked)).toEqual([]);
    expect(WorkshopDataSchema.safeParse(masked).success).toBe(true);
    expect(masked.boards.map((b) => b.id)).toEqual(data.boards.map((b) => b.id));
    expect(masked.members.map((m) => m.teamId)).toEqual(data.members.map((m) => m.teamId));
    expect(masked.round.notes).toBe('Yhteyshenkilö: *****.*********@***.**');
    // Everything without personal data is kept exactly.
    const clean = createDemoWorkshop({ lang: 'fi' });
    expect(maskPersonalData(clean)).toEqual(clean);
  });
});
