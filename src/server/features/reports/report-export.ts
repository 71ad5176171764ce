import type ExcelJS from 'exceljs';
import { loadExcel } from '../../files/excel';
import Papa from 'papaparse';
import type { ReportResult } from '../../../shared/reports';

/** Column headings in the reader's language (the export is read outside the app). */
type Words = Record<string, string> & { total: string; none: string };
const HEADINGS = {
  en: {
    responsible: 'Responsible',
    type: 'Type',
    status: 'Status',
    customer: 'Customer',
    industry: 'Industry',
    category: 'Category',
    campaign: 'Campaign',
    day: 'Day',
    week: 'Week',
    month: 'Month',
    count: 'Count',
    done: 'Done',
    open: 'Open',
    overdue: 'Overdue',
    amount: 'Amount',
    won: 'Won',
    lost: 'Lost',
    budget: 'Budget',
    total: 'Total',
    none: '(none)',
  },
  da: {
    responsible: 'Ansvarlig',
    type: 'Type',
    status: 'Status',
    customer: 'Kunde',
    industry: 'Branche',
    category: 'Kategori',
    campaign: 'Kampagne',
    day: 'Dag',
    week: 'Uge',
    month: 'Måned',
    count: 'Antal',
    done: 'Udført',
    open: 'Åbne',
    overdue: 'Forfaldne',
    amount: 'Beløb',
    won: 'Vundet',
    lost: 'Tabt',
    budget: 'Budget',
    total: 'I alt',
    none: '(ingen)',
  },
  nb: {
    responsible: 'Ansvarlig',
    type: 'Type',
    status: 'Status',
    customer: 'Kunde',
    industry: 'Bransje',
    category: 'Kategori',
    campaign: 'Kampanje',
    day: 'Dag',
    week: 'Uke',
    month: 'Måned',
    count: 'Antall',
    done: 'Utført',
    open: 'Åpne',
    overdue: 'Forfalt',
    amount: 'Beløp',
    won: 'Vunnet',
    lost: 'Tapt',
    budget: 'Budsjett',
    total: 'Totalt',
    none: '(ingen)',
  },
  hu: {
    responsible: 'Felelős',
    type: 'Típus',
    status: 'Állapot',
    customer: 'Ügyfél',
    industry: 'Iparág',
    category: 'Kategória',
    campaign: 'Kampány',
    day: 'Nap',
    week: 'Hét',
    month: 'Hónap',
    count: 'Darab',
    done: 'Kész',
    open: 'Nyitott',
    overdue: 'Lejárt',
    amount: 'Összeg',
    won: 'Megnyert',
    lost: 'Elvesztett',
    budget: 'Terv',
    total: 'Összesen',
    none: '(nincs)',
  },
  he: {
    responsible: 'אחראי',
    type: 'סוג',
    status: 'סטטוס',
    customer: 'לקוח',
    industry: 'ענף',
    category: 'קטגוריה',
    campaign: 'קמפיין',
    day: 'יום',
    week: 'שבוע',
    month: 'חודש',
    count: 'כמות',
    done: 'בוצעו',
    open: 'פתוחות',
    overdue: 'באיחור',
    amount: 'סכום',
    won: 'נסגרו בהצלחה',
    lost: 'אבדו',
    budget: 'תקציב',
    total: 'סה"כ',
    none: '(ללא)',
  },
} satisfies Record<string, Words>;

/** Languages whose decimal mark is a comma use `;` between CSV fields (what their spreadsheet programs expect). */
const COMMA_DECIMALS = new Set(['da', 'nb', 'hu']);

/** The CSV delimiter of the reader's language (shared with the list exports, features/exports). */
export const csvDelimiter = (locale: string): ',' | ';' => (COMMA_DECIMALS.has(locale) ? ';' : ',');

function table(result: ReportResult, locale: string): { head: string[]; body: (string | number)[][] } {
  const words: Words = (HEADINGS as Record<string, Words>)[locale] ?? HEADINGS.en;
  const groups = result.columns.filter((c) => c.kind === 'group');
  const measures = result.columns.filter((c) => c.kind === 'measure');
  const head = result.columns.map((c) => words[c.key] ?? c.key);
  const body: (string | number)[][] = result.rows.map((row) => [
    ...row.groups.map((g) => g.label ?? g.key ?? words.none),
    ...measures.map((m) => row.values[m.key] ?? 0),
  ]);
  body.push([...groups.map((_, i) => (i === 0 ? words.total : '')), ...measures.map((m) => result.totals[m.key] ?? 0)]);
  return { head, body };
}

/** CSV with a byte-order mark (so spreadsheet programs read UTF-8) and the delimiter of the reader's language. */
export function reportCsv(result: ReportResult, locale: string): Buffer {
  const { head, body } = table(result, locale);
  const comma = COMMA_DECIMALS.has(locale);
  const cells = body.map((row) => row.map((v) => (typeof v === 'number' && comma ? String(v).replace('.', ',') : v)));
  const text = Papa.unparse({ fields: head, data: cells }, { delimiter: comma ? ';' : ',', newline: '\r\n' });
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

/** An Excel workbook: one sheet named after the report, headings bold, numbers as numbers, a totals row. */
export async function reportXlsx(result: ReportResult, locale: string, name: string): Promise<Buffer> {
  const { head, body } = table(result, locale);
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Tend';
  const sheetName =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Report';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ rightToLeft: locale === 'he', state: 'frozen', ySplit: 1 }] });
  sheet.addRow(head).font = { bold: true };
  let last: ExcelJS.Row | undefined;
  for (const row of body) last = sheet.addRow(row);
  if (last) last.font = { bold: true };
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The download's file name: the report's name, without characters file systems refuse. */
export function exportFileName(name: string, format: 'csv' | 'xlsx'): string {
  const base =
    name
      .replace(/[\\/:*?"<>|]/g, ' ')
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'report';
  return `${base}.${format}`;
}
