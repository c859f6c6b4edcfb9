import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { SheetSpec } from '../../../shared/export/sheet';
import { sheetToCsv, sheetToCsvText, writeCsv } from '../../../electron/backend/export/csv';
import { workshopSheets } from '../../../electron/backend/export/workshop-sheets';
import { createDemoWorkshop } from '../../../shared/demo';
import { tempDir } from './helpers';
import { cli, writePackage } from '../cli/helpers';

/** An RFC 4180 reader (quoted fields, doubled quotes, CRLF records), to read the bytes back independently. */
function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) throw new Error('last record without CRLF');
  return rows;
}

const spec: SheetSpec = {
  name: 'Testi',
  columns: [
    { key: 'text', header: 'Teksti; "lainattu"', type: 'text' },
    { key: 'n', header: 'Luku', type: 'number' },
    { key: 'i', header: 'Kpl', type: 'integer' },
    { key: 'd', header: 'Päivä', type: 'date' },
    { key: 'b', header: 'Valmis', type: 'boolean' },
    { key: 'id', header: 'Tunniste', type: 'id' },
  ],
  rows: [
    { text: 'Äiti, isä ja "lapsi"\nrivi 2', n: 1.5, i: 14, d: '2025-03-09', b: true, id: '0012' },
    { text: '=HYPERLINK("http://evil.invalid","x")', n: -2.25, i: 0, d: 'ei päivä', b: false, id: '-1' },
    { text: '+358 40', n: { formula: '={i}*2', result: 0.1 + 0.2 }, i: null, d: null, b: null, id: '@SUM(A1)' },
    { text: '\tsarkain', n: 1e-7, i: 1234567, d: '', b: null, id: ' välilyönti ' },
    { text: '\rCR', n: null, i: null, d: null, b: null, id: 'tavallinen' },
  ],
};

describe('sheetToCsv', () => {
  it('is UTF-8 with a BOM, CRLF records, ; separator, decimal comma and Finnish dates by default', () => {
    const bytes = sheetToCsv(spec);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('"Teksti; ""lainattu""";Luku;Kpl;Päivä;Valmis;Tunniste');
    expect(text.split('\r\n')[1]).toBe('"Äiti, isä ja ""lapsi""\nrivi 2";1,5;14;9.3.2025;TOSI;0012');
    const rows = parseCsv(text, ';');
    expect(rows).toHaveLength(6);
    expect(rows[2]).toEqual(['\'=HYPERLINK("http://evil.invalid","x")', '-2,25', '0', 'ei päivä', 'EPÄTOSI', "'-1"]);
    expect(rows[3]).toEqual(["'+358 40", '0,3', '', '', '', "'@SUM(A1)"]);
    expect(rows[4]).toEqual(["'\tsarkain", '0,0000001', '1234567', '', '', ' välilyönti ']);
    expect(rows[5]![0]).toBe("'\nCR");
  });

  it('quotes every escaped cell so the leading quote stays inside the field', () => {
    const lines = sheetToCsvText(spec).split('\r\n');
    expect(lines[2]!.startsWith('"\'=HYPERLINK(""http://evil.invalid"",""x"")";')).toBe(true);
    expect(lines[3]!.startsWith('"\'+358 40";')).toBe(true);
    expect(lines[3]!.endsWith(';"\'@SUM(A1)"')).toBe(true);
  });

  it('with , : decimal point, ISO dates, TRUE/FALSE, and commas in text quoted', () => {
    const rows = parseCsv(sheetToCsv(spec, { separator: ',' }).subarray(3).toString('utf8'), ',');
    expect(rows[0]).toEqual(['Teksti; "lainattu"', 'Luku', 'Kpl', 'Päivä', 'Valmis', 'Tunniste']);
    expect(rows[1]).toEqual(['Äiti, isä ja "lapsi"\nrivi 2', '1.5', '14', '2025-03-09', 'TRUE', '0012']);
    expect(rows[2]!.slice(1, 5)).toEqual(['-2.25', '0', 'ei päivä', 'FALSE']);
  });

  it('round-trips any text: read back it is the text, or the text behind one added quote when it starts like a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(';', ','),
        (texts, sep) => {
          const s: SheetSpec = {
            name: 'x',
            columns: [{ key: 't', header: 'T', type: 'text' }],
            rows: texts.map((t) => ({ t })),
          };
          const rows = parseCsv(sheetToCsvText(s, { separator: sep as ';' | ',' }), sep);
          expect(rows).toHaveLength(texts.length + 1);
          texts.forEach((t, k) => {
            const clean = t
              .replace(/\r\n?/g, '\n')
              // eslint-disable-next-line no-control-regex -- the characters XML cannot carry, as the writer drops them
              .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
            const back = rows[k + 1]![0]!;
            if (/^[=+\-@\t\r]/.test(t) || /^[=+\-@\t]/.test(clean)) expect(back).toBe(`'${clean}`);
            else expect(back).toBe(clean);
            expect(back).not.toMatch(/^[=+\-@\t\r]/);
          });
        },
      ),
    );
  });
});

describe('writeCsv on disk', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => {
    t = tempDir();
  });
  afterEach(() => t.cleanup());

  it('writes the same bytes it builds, and leaves nothing behind when the target cannot be written', async () => {
    const target = join(t.dir, 'testi.csv');
    const { bytes } = await writeCsv(spec, target);
    expect(readFileSync(target).equals(sheetToCsv(spec))).toBe(true);
    expect(bytes).toBe(readFileSync(target).length);
    const blocked = join(t.dir, 'kansio.csv');
    mkdirSync(blocked);
    await expect(writeCsv(spec, blocked)).rejects.toMatchObject({ code: 'io' });
    await expect(writeCsv(spec, join(t.dir, 'testi.csv', 'x.csv'))).rejects.toMatchObject({ code: 'io' });
    expect(readdirSync(t.dir).sort()).toEqual(['kansio.csv', 'testi.csv']);
  });

  it('cli export-csv writes a named sheet of a workshop, ; by default and , with --comma', async () => {
    const data = createDemoWorkshop({ lang: 'fi' });
    const input = join(t.dir, 'demo.json');
    writePackage(input, data);
    const teams = workshopSheets(data).find((s) => s.name === 'Tiimit')!;
    const out = join(t.dir, 'tiimit.csv');
    const r = await cli('export-csv', input, 'Tiimit', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out).equals(sheetToCsv(teams))).toBe(true);
    const rows = parseCsv(readFileSync(out).subarray(3).toString('utf8'), ';');
    expect(rows).toHaveLength(data.teams.length + 1);
    expect(rows[1]![1]).toBe('Pirkanmaan hyvinvointialue');

    const comma = join(t.dir, 'tiimit-pilkku.csv');
    expect((await cli('export-csv', input, 'tiimit', comma, '--comma')).code).toBe(0);
    expect(readFileSync(comma).equals(sheetToCsv(teams, { separator: ',' }))).toBe(true);

    const missing = await cli('export-csv', input, 'Ei ole', join(t.dir, 'x.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Tiimit');
    expect(existsSync(join(t.dir, 'x.csv'))).toBe(false);
  }, 60_000);
});
