import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded the first time a workbook is read or written: loading it took 0.37 s of the
 * embedded server's 4.4-s start at a million activities, for the imports, exports and report
 * downloads only.
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
