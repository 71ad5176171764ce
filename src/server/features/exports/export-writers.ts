import { PassThrough, Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../files/excel';
import Papa from 'papaparse';
import { dateText, pad, utcMillis, wallClock } from '../../../shared/wall-clock';
import { csvDelimiter } from '../reports/report-export';

/** An instant, shown on the reader's wall clock (an all-day activity: its date only). */
export interface DateCell {
  at: Date;
  allDay?: boolean;
}
export type Cell = string | number | null | DateCell;

/** What an export writes: headings, then the rows a batch at a time (never the whole list in memory). */
export interface ExportTable {
  head: string[];
  batches: AsyncIterable<Cell[][]>;
  locale: string;
  timeZone: string;
  sheetName: string;
}

const isDate = (c: Cell): c is DateCell => typeof c === 'object' && c !== null;

/** The reader's wall clock as a UTC date (spreadsheets know no time zones). */
function wallDate(c: DateCell, timeZone: string): Date {
  if (c.allDay) return c.at;
  const w = wallClock(c.at, timeZone);
  return new Date(utcMillis(w.year, w.month, w.day, w.hour, w.minute, w.second));
}

function csvText(c: Cell, timeZone: string): string | number {
  if (c === null) return '';
  if (!isDate(c)) return c;
  const w = wallDate(c, timeZone);
  const day = dateText(w.getUTCFullYear(), w.getUTCMonth() + 1, w.getUTCDate());
  return c.allDay ? day : `${day} ${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}`;
}

/**
 * A cell a spreadsheet would run as a formula (`=`, `@`, or `+`/`-` not followed by a plain number or
 * phone number) gets a leading apostrophe: an exported note cannot run code in the reader's Excel.
 */
const FORMULA = /^(?:[=@\t\r]|[+-](?![\d\s().-]*$))/;

/** CSV, UTF-8 with a byte-order mark (Excel then reads æøå), in the reader's delimiter; one `unparse` per batch. */
export function csvStream(table: ExportTable): Readable {
  const options = { delimiter: csvDelimiter(table.locale), newline: '\r\n', escapeFormulae: FORMULA };
  async function* chunks() {
    yield `\uFEFF${Papa.unparse([table.head], options)}\r\n`;
    for await (const batch of table.batches) {
      if (batch.length === 0) continue;
      yield `${Papa.unparse(
        batch.map((row) => row.map((c) => csvText(c, table.timeZone))),
        options,
      )}\r\n`;
    }
  }
  return Readable.from(chunks());
}

const sheetNameOf = (name: string) =>
  name
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .trim() || 'Export';

type Destroyable = NodeJS.EventEmitter & { destroyed?: boolean; _writableState?: { destroyed?: boolean } };
/** Destroyed already: it will not say so again (older readable-stream says it only by its state). */
const gone = (emitter: Destroyable) => emitter.destroyed === true || emitter._writableState?.destroyed === true;

/**
 * Until one of the emitters emits one of its events (then every listener is taken off), or at once
 * when one has been destroyed already: a wait for an event that has been and gone would never end.
 */
const firstOf = (waits: [Destroyable, string[]][]) =>
  new Promise<void>((resolve) => {
    if (waits.some(([emitter]) => gone(emitter))) return resolve();
    const done = () => {
      for (const [emitter, events] of waits) for (const e of events) emitter.off(e, done);
      resolve();
    };
    for (const [emitter, events] of waits) for (const e of events) emitter.once(e, done);
  });

/**
 * One style object per kind of cell, shared by every cell of that kind: exceljs finds a style it has
 * seen by the object (a WeakMap) and otherwise renders it as XML to look it up, which a new style per
 * cell did for every cell (a fifth of an XLSX export's time).
 */
const CELL_STYLES = {
  at: { numFmt: 'yyyy-mm-dd hh:mm' },
  day: { numFmt: 'yyyy-mm-dd' },
  text: {},
  number: {},
} satisfies Record<string, Partial<ExcelJS.Style>>;

const styleOf = (c: Exclude<Cell, null>) =>
  isDate(c) ? (c.allDay ? CELL_STYLES.day : CELL_STYLES.at) : typeof c === 'number' ? CELL_STYLES.number : CELL_STYLES.text;

/**
 * The zip entry the sheet is written into. exceljs's streaming writer does not wait for it (exceljs
 * issues #734, #2916): rows committed faster than they are zipped and sent pile up there, unzipped.
 * Reached through exceljs's internals, so an upgrade that moves it only loses the wait (the export
 * test of a slow reader says so).
 */
function zipEntryOf(sheet: ExcelJS.Worksheet): Destroyable | undefined {
  const pipe = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0];
  return pipe && typeof (pipe as Destroyable).once === 'function' ? (pipe as Destroyable) : undefined;
}

const needsDrain = (entry: Destroyable) => (entry as { _writableState?: { needDrain?: boolean } })._writableState?.needDrain === true;

/** Rows into the streaming workbook writer, waiting whenever the zip or the reader is behind. */
async function writeRows(table: ExportTable, out: PassThrough) {
  const ExcelJS = await loadExcel();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = 'Tend';
  const sheet = book.addWorksheet(sheetNameOf(table.sheetName), {
    views: [{ rightToLeft: table.locale === 'he', state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.head.map(() => ({ width: 20 }));
  const head = sheet.addRow(table.head);
  head.font = { bold: true };
  head.commit();
  for await (const batch of table.batches) {
    for (const cells of batch) {
      const row = sheet.addRow(cells.map((c) => (isDate(c) ? wallDate(c, table.timeZone) : c)));
      cells.forEach((c, i) => {
        if (c !== null) row.getCell(i + 1).style = styleOf(c);
      });
      row.commit();
      // The reader went away (perhaps while the batch was read): stop.
      if (out.destroyed) return;
      // Until the zip has taken what is waiting (or the reader has gone).
      const entry = zipEntryOf(sheet);
      if (entry && needsDrain(entry))
        await firstOf([
          [entry, ['drain', 'close', 'finish', 'error']],
          [out, ['close']],
        ]);
    }
    if (out.writableNeedDrain) await firstOf([[out, ['drain', 'close']]]);
    // The reader went away (a closed download): stop reading batches (leaving the loop closes the source).
    if (out.destroyed) return;
  }
  sheet.commit();
  await book.commit();
}

/** XLSX through exceljs's streaming writer: rows are zipped and sent as they come. */
export function xlsxStream(table: ExportTable): Readable {
  const out = new PassThrough();
  writeRows(table, out).catch((error: unknown) => out.destroy(error as Error));
  return out;
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const exportStream = (table: ExportTable, format: 'csv' | 'xlsx'): Readable => (format === 'csv' ? csvStream(table) : xlsxStream(table));
