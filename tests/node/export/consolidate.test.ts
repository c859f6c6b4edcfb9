import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDemoWorkshop } from '../../../shared/demo';
import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { IdeasWallDoc } from '../../../shared/boards/ideas-wall/model';
import { writeWorkshopFile } from '../../../electron/backend/files/snapshot';
import { sqlite } from '../../../electron/backend/db/sqlite';
import { writeWorkbook } from '../../../electron/backend/export/workbook';
import { consolidateFolder, consolidatedSheets } from '../../../electron/backend/export/consolidate';
import { fillingDisk, readWorkbook, tempDir } from './helpers';
import { withCover } from '../../../electron/backend/export/cover-sheet';
import { ApiFailure } from '../../../shared/api/errors';
import { cli, writePackage } from '../cli/helpers';

const notesOf = (data: WorkshopData, teamIds: ReadonlySet<string>) =>
  data.boards
    .filter((b) => b.kind === 'ideas-wall' && teamIds.has(b.teamId))
    .reduce((n, b) => n + (b.doc as IdeasWallDoc).notes.length, 0);

/** A folder as THL staff get it: two coaches' workshops, one file exported twice, and files that do not belong. */
async function coachesFolder(dir: string) {
  const a = createDemoWorkshop({ lang: 'fi' });
  const b = structuredClone(createDemoWorkshop({ lang: 'fi', seed: 77 }));
  // Coach B's second and third team are other teams; the first is coach A's first team again (same name and
  // county, its own ids), edited later in coach B's file.
  b.teams[1]!.name = 'Lapsiperheiden palvelupolku, Kainuu';
  b.teams[2]!.name = 'Kotihoidon yöpalvelut';
  b.teams[0]!.name = `  ${a.teams[0]!.name.toUpperCase()} `;
  for (const board of b.boards) if (board.teamId === b.teams[0]!.id) board.updatedAt = '2099-01-01T00:00:00.000Z';

  await writeWorkshopFile(a, join(dir, 'a-valmentaja.lapimurto'), { id: 'file-a' });
  writePackage(join(dir, 'b-valmentaja.json'), b);
  // Coach A also sent the JSON export of the same file: every team again, same ids.
  writePackage(join(dir, 'c-a-uudelleen.json'), a);

  // Files that are not workshops, or cannot be read.
  const wb = await import('exceljs');
  const ExcelJS = (wb as unknown as { default?: typeof wb }).default ?? wb;
  const foreign = new ExcelJS.Workbook();
  foreign.addWorksheet('Budjetti').addRow(['Menot', 1200]);
  await foreign.xlsx.writeFile(join(dir, 'budjetti.xlsx'));
  writeFileSync(join(dir, 'rikki.lapimurto'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4000, 7)]));
  writeFileSync(
    join(dir, 'uudempi.json'),
    readFileSync(join(dir, 'b-valmentaja.json'), 'utf8').replace(/"packageVersion": \d+/, '"packageVersion": 99'),
  );
  copyFileSync(join(dir, 'a-valmentaja.lapimurto'), join(dir, 'uudempi.lapimurto'));
  const db = sqlite(join(dir, 'uudempi.lapimurto'));
  db.pragma('user_version = 999');
  db.close();
  writeFileSync(join(dir, 'muistio.txt'), 'Kokous torstaina');
  writeFileSync(join(dir, 'asetukset.json'), '{"teema": "tumma"}');
  mkdirSync(join(dir, 'vanhat'));
  return { a, b };
}

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f !== 'vanhat')
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
}

describe('consolidation', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => {
    t = tempDir();
  });
  afterEach(() => t.cleanup());

  it('names the consolidation by its number of files in good Finnish: 1 tiedosto, 2 tiedostoa', async () => {
    const inputs = join(t.dir, 'yksi');
    mkdirSync(inputs);
    writePackage(join(inputs, 'a.json'), createDemoWorkshop({ lang: 'fi' }));
    expect((await consolidateFolder(inputs, [])).data.title).toBe('Yhdistetty: 1 tiedosto');
    writePackage(join(inputs, 'b.json'), createDemoWorkshop({ lang: 'fi', seed: 5 }));
    expect((await consolidateFolder(inputs, [])).data.title).toBe('Yhdistetty: 2 tiedostoa');
  });

  it('merges workshop files and packages, skips the rest with a reason, keeps each team once', async () => {
    const inputs = join(t.dir, 'kansio');
    mkdirSync(inputs);
    const { a, b } = await coachesFolder(inputs);
    const before = snapshot(inputs);

    const c = await consolidateFolder(inputs);
    expect(c.sources.map((s) => s.file)).toEqual(['a-valmentaja.lapimurto', 'b-valmentaja.json', 'c-a-uudelleen.json']);
    expect(Object.fromEntries(c.skipped.map((s) => [s.file, s.reason]))).toEqual({
      'asetukset.json': 'errors.file.notWorkshop',
      'budjetti.xlsx': 'notAWorkshopType',
      'muistio.txt': 'notAWorkshopType',
      'rikki.lapimurto': 'errors.file.corrupt',
      'uudempi.json': 'errors.package.newerVersion',
      'uudempi.lapimurto': 'errors.file.newerVersion',
      vanhat: 'notAWorkshopType',
    });

    // A's first team came again from B (newer there, so B's copy is kept) and A's three teams again from C.
    expect(c.duplicates).toHaveLength(4);
    expect(c.duplicates[0]).toMatchObject({
      match: 'name+county',
      keptFrom: 'b-valmentaja.json',
      droppedFrom: 'a-valmentaja.lapimurto',
      county: 'Pirkanmaan hyvinvointialue',
    });
    expect(c.duplicates.slice(1).map((d) => [d.match, d.keptFrom, d.droppedFrom])).toEqual([
      ['name+county', 'b-valmentaja.json', 'c-a-uudelleen.json'],
      ['id', 'a-valmentaja.lapimurto', 'c-a-uudelleen.json'],
      ['id', 'a-valmentaja.lapimurto', 'c-a-uudelleen.json'],
    ]);
    const keptIds = [b.teams[0]!.id, a.teams[1]!.id, a.teams[2]!.id, b.teams[1]!.id, b.teams[2]!.id];
    expect(new Set(c.data.teams.map((x) => x.id))).toEqual(new Set(keptIds));

    const sheets = consolidatedSheets(c);
    const sheet = (name: string) => sheets.find((s) => s.name === name)!;
    expect(sheet('Kierros').rows.map((r) => [r.file, r.mergedTeams])).toEqual([
      ['a-valmentaja.lapimurto', 2],
      ['b-valmentaja.json', 3],
      ['c-a-uudelleen.json', 0],
    ]);
    expect(sheet('Tiimit').rows).toHaveLength(5);
    const membersOf = (d: WorkshopData, ids: string[]) => d.members.filter((m) => ids.includes(m.teamId)).length;
    expect(sheet('Jäsenet').rows).toHaveLength(
      membersOf(a, [a.teams[1]!.id, a.teams[2]!.id]) + membersOf(b, [b.teams[0]!.id, b.teams[1]!.id, b.teams[2]!.id]),
    );
    expect(sheet('Ideaseinä').rows).toHaveLength(
      notesOf(a, new Set([a.teams[1]!.id, a.teams[2]!.id])) + notesOf(b, new Set(b.teams.map((x) => x.id))),
    );

    const out = join(t.dir, 'kierros.xlsx');
    await writeWorkbook(sheets, out);
    const wb = await readWorkbook(out);
    expect(wb.getWorksheet('Tiimit')!.rowCount).toBe(6);
    expect(wb.getWorksheet('Kierros')!.getRow(1).getCell(1).value).toBe('Tiedosto');

    const after = snapshot(inputs);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [f, bytes] of before) expect(after.get(f)!.equals(bytes), f).toBe(true);
  }, 60_000);

  it('cli consolidate reads a library .sqlite workshop file as info and export-xlsx do; its -wal/-shm companions are not inputs', async () => {
    const inputs = join(t.dir, 'kirjasto');
    mkdirSync(inputs);
    const data = createDemoWorkshop({ lang: 'fi' });
    await writeWorkshopFile(data, join(inputs, 'tyopaja.sqlite'), { id: 'file-s' });
    writeFileSync(join(inputs, 'tyopaja.sqlite-wal'), '');
    writeFileSync(join(inputs, 'tyopaja.sqlite-shm'), '');
    const out = join(t.dir, 'kierros.xlsx');
    const r = await cli('consolidate', inputs, out);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`Yhdistetty / consolidated: 1 tiedosto / file, ${data.teams.length} tiimiä / teams`);
    const info = await cli('info', join(inputs, 'tyopaja.sqlite'));
    expect(info.code).toBe(0);
    expect((await readWorkbook(out)).getWorksheet('Tiimit')!.rowCount).toBe(data.teams.length + 1);
  }, 60_000);

  it('a disk that fills up while the round workbook is written: a disk-full message, no partial file, inputs untouched', async () => {
    const inputs = join(t.dir, 'kansio');
    mkdirSync(inputs);
    await coachesFolder(inputs);
    const before = snapshot(inputs);
    const out = join(t.dir, 'kierros.xlsx');
    const c = await consolidateFolder(inputs, [out]);
    const sheets = withCover(c.data, consolidatedSheets(c), {
      appVersion: '1',
      exportedAt: new Date(),
      sourceFiles: c.sources.map((s) => s.file),
    });
    const err = await writeWorkbook(sheets, out, { openStream: (temp) => fillingDisk(temp, 20_000) }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ApiFailure);
    expect((err as ApiFailure).key).toBe('excel.errors.diskFull');
    expect(readdirSync(t.dir)).toEqual(['kansio']);
    expect(snapshot(inputs)).toEqual(before);
  });

  it('cli consolidate reports every skipped file and duplicate, then a summary; a bad target leaves no file', async () => {
    const inputs = join(t.dir, 'kansio');
    mkdirSync(inputs);
    await coachesFolder(inputs);
    const before = snapshot(inputs);

    // The target inside the folder is not taken for an input.
    const out = join(inputs, 'kierros.xlsx');
    const r = await cli('consolidate', inputs, out);
    expect(r.code).toBe(0);
    const err = r.stderr.trim().split('\n');
    expect(err.filter((l) => l.startsWith('Ohitettu / skipped: '))).toHaveLength(7);
    expect(err).toContain(
      'Ohitettu / skipped: budjetti.xlsx: ei työpajatiedosto eikä -paketti (.lapimurto, .sqlite, .json) / not a workshop file or package (.xlsx)',
    );
    expect(err.some((l) => l.startsWith('Ohitettu / skipped: rikki.lapimurto: Työpajatiedosto on vioittunut'))).toBe(
      true,
    );
    expect(err).toContain(
      'Ohitettu / skipped: uudempi.json: Paketti on tehty uudemmalla sovellusversiolla / the package is from a newer app version',
    );
    expect(err).toContain(
      'Ohitettu / skipped: uudempi.lapimurto: Tiedosto on tehty uudemmalla sovellusversiolla / the file is from a newer app version',
    );
    expect(err.filter((l) => l.startsWith('Sama tiimi kahdesti / same team twice: '))).toHaveLength(4);
    expect(r.stdout).toContain(
      `Yhdistetty / consolidated: 3 tiedostoa / files, 5 tiimiä / teams, 7 ohitettu / skipped, 4 kahdesti / duplicates → ${out}`,
    );
    const wb = await readWorkbook(out);
    expect(wb.getWorksheet('Tiimit')!.rowCount).toBe(6);
    const cover: string[] = [];
    wb.worksheets[0]!.eachRow((row) => cover.push(`${String(row.getCell(1).value)}=${String(row.getCell(2).value)}`));
    expect(wb.worksheets[0]!.name).toBe('Tietoja');
    expect(cover.filter((l) => l.startsWith('Lähdetiedosto='))).toEqual([
      'Lähdetiedosto=a-valmentaja.lapimurto',
      'Lähdetiedosto=b-valmentaja.json',
      'Lähdetiedosto=c-a-uudelleen.json',
    ]);
    expect(cover).toContain('Tiimejä=5');

    // Run again: the previous output in the folder is still not an input and is replaced.
    const again = await cli('consolidate', inputs, out);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain('kierros.xlsx');

    // Not writable: a missing folder, a folder in the target's place. Non-zero exit, nothing left behind.
    const missing = await cli('consolidate', inputs, join(t.dir, 'ei-ole', 'k.xlsx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n').at(-1)).toMatch(/^Tiedostoa ei voitu kirjoittaa/);
    const blocked = join(t.dir, 'kansio-tiedoston-paikalla.xlsx');
    mkdirSync(blocked);
    const midway = await cli('consolidate', inputs, blocked);
    expect(midway.code).toBe(1);
    expect(readdirSync(blocked)).toEqual([]);
    expect(readdirSync(t.dir).sort()).toEqual(['kansio', 'kansio-tiedoston-paikalla.xlsx']);
    expect(readdirSync(inputs).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const empty = join(t.dir, 'tyhja');
    mkdirSync(empty);
    const none = await cli('consolidate', empty, join(t.dir, 'x.xlsx'));
    expect(none.code).toBe(1);
    expect(existsSync(join(t.dir, 'x.xlsx'))).toBe(false);

    // The personal-data check covers what is written, each file's round included.
    const private_ = join(t.dir, 'henkilotiedot');
    mkdirSync(private_);
    const withPhone = structuredClone(createDemoWorkshop({ lang: 'fi' }));
    withPhone.round.notes = 'Valmentaja tavoitettavissa 040 765 4321';
    writePackage(join(private_, 'p.json'), withPhone);
    const refused = await cli('consolidate', private_, join(t.dir, 'p.xlsx'));
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('p.json: round.notes');
    expect(existsSync(join(t.dir, 'p.xlsx'))).toBe(false);
    expect((await cli('consolidate', private_, join(t.dir, 'p.xlsx'), '--mask-personal-data')).code).toBe(0);
    const masked = await readWorkbook(join(t.dir, 'p.xlsx'));
    expect(String(masked.getWorksheet('Kierros')!.getRow(2).getCell(6).value)).toBe(
      'Valmentaja tavoitettavissa *** *** ****',
    );

    const after = snapshot(inputs);
    after.delete('kierros.xlsx');
    for (const [f, bytes] of before) expect(after.get(f)!.equals(bytes), f).toBe(true);
    expect(after.size).toBe(before.size);
  }, 120_000);
});
