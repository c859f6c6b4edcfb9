import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** An .xlsx with the given rows on its first sheet (Date cells become real Excel dates). */
export async function xlsxOf(rows: (string | number | Date | null)[][], sheetName = 'Mittaukset'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A tiny .xlsx (a few KB) whose sheet has one merged range over the whole sheet, A1:XFD1048576, and one message in
 * A1. exceljs materialises every cell of a merge on load, so this file runs it out of memory.
 */
export async function mergeBombXlsx(): Promise<Buffer> {
  const plain = await xlsxOf([['Tämä taulukko yrittää kaataa sovelluksen']], 'Pommi');
  const zip = await JSZip.loadAsync(plain);
  const path = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(path)!.async('string');
  const bomb = xml.replace(
    '</sheetData>',
    '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
  );
  zip.file(path, bomb);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
