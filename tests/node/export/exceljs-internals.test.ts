import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from './helpers';

/**
 * electron/backend/export/workbook.ts adds pictures to exceljs's streaming writer by patching its private parts
 * (exceljs 4.4 streams only background images). This file pins exceljs to the version those parts were read from
 * and checks each one, so an upgrade that moves them fails here, by name, instead of writing workbooks without
 * pictures or that Excel cannot open.
 */
const WHY =
  'the streaming picture writer (electron/backend/export/workbook.ts, prepareImages) patches this; re-read exceljs before upgrading';
const root = resolve(import.meta.dirname, '../../..');
const installed = (createRequire(import.meta.url)('exceljs/package.json') as { version: string }).version;

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

describe('exceljs is pinned to the version whose internals the picture writer patches', () => {
  it('package.json and the lock file ask for exactly the installed version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
    };
    expect(pkg.dependencies['exceljs'], 'exceljs must be pinned to an exact version: ' + WHY).toBe(installed);
    expect(lock.packages['']!.dependencies!['exceljs']).toBe(installed);
    expect(lock.packages['node_modules/exceljs']!.version).toBe(installed);
    expect(installed, WHY).toBe('4.4.0');
  });

  it('still has the private parts the picture writer uses, and calls them when it does', async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(t.dir, 'x.xlsx'), useStyles: true });
    const zip = (wb as unknown as { zip?: { append?: unknown } }).zip;
    expect(typeof zip?.append, `WorkbookWriter.zip.append: ${WHY}`).toBe('function');
    const appended: { name: string; data: unknown }[] = [];
    const append = (zip!.append as (data: unknown, opts: { name: string }) => unknown).bind(zip);
    zip!.append = (data: unknown, opts: { name: string }) => {
      appended.push({ name: opts.name, data });
      return append(data, opts);
    };

    // The media name the drawing points at is `image${id}.png`, id from addImage.
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108020000009077' +
        '53de0000000c4944415408d763f8ffff3f0005fe02fea7d6a4d40000000049454e44ae426082',
      'hex',
    );
    const id = wb.addImage({ buffer: png as unknown as ArrayBuffer, extension: 'png' });

    const ws = wb.addWorksheet('A') as unknown as {
      _sheetRelsWriter?: { addRelationship?: (rel: { Type: string; Target: string }) => unknown };
      _writeLegacyData?: () => void;
      _write?: (text: string) => void;
      getRow(n: number): { getCell(n: number): { value: unknown }; commit(): void };
      commit(): void;
    };
    expect(
      typeof ws._sheetRelsWriter?.addRelationship,
      `WorksheetWriter._sheetRelsWriter.addRelationship: ${WHY}`,
    ).toBe('function');
    expect(typeof ws._writeLegacyData, `WorksheetWriter._writeLegacyData: ${WHY}`).toBe('function');
    expect(typeof ws._write, `WorksheetWriter._write: ${WHY}`).toBe('function');
    const rId = ws._sheetRelsWriter!.addRelationship!({
      Type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
      Target: '../drawings/drawing1.xml',
    });
    expect(rId, `addRelationship returns the relationship id: ${WHY}`).toMatch(/^rId\d+$/);

    let legacyCalls = 0;
    const legacy = ws._writeLegacyData!.bind(ws);
    ws._writeLegacyData = () => {
      legacyCalls++;
      ws._write!(`<drawing r:id="${String(rId)}"/>`);
      legacy();
    };
    ws.getRow(1).getCell(1).value = 'x';
    ws.getRow(1).commit();
    ws.commit();
    await wb.commit();

    expect(legacyCalls, `WorksheetWriter.commit calls _writeLegacyData once: ${WHY}`).toBe(1);
    const types = appended.find((a) => a.name === '[Content_Types].xml');
    expect(typeof types?.data, `[Content_Types].xml goes through zip.append as a string: ${WHY}`).toBe('string');
    expect(types!.data as string).toContain('</Types>');
    expect(
      appended.map((a) => a.name),
      `media are appended as xl/media/image<id>.png: ${WHY}`,
    ).toContain(`xl/media/image${id}.png`);
    // That the pictures then open in a spreadsheet is checked through writeWorkbook in workbook-stream.test.ts.
  });
});
