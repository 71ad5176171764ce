import type ExcelJS from 'exceljs';
import { loadExcel } from '../../files/excel';
import Papa from 'papaparse';
import { IMPORT_FIELDS, type ImportEntity, type ImportField, type ImportMapping } from '../../../shared/imports';

/*
 * Pure import logic (issue 19): reading a CSV or XLSX file into columns and rows, guessing its text
 * encoding and delimiter, proposing a mapping from the header names in Tend's five languages, and
 * reading dates and yes/no cells. No database here.
 */

export interface ParsedFile {
  columns: string[];
  rows: string[][];
  /** How the text was read: 'xlsx', or the encoding of a CSV. */
  encoding: string;
}

export class UnreadableFile extends Error {}

const isZip = (b: Uint8Array) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b.length > 3 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** Bytes typical of Hungarian in ISO-8859-2 (ő ű Ő Ű), which in Windows-1252 would be õ û Õ Û. */
const LATIN2_MARKERS = new Set([0xf5, 0xfb, 0xd5, 0xdb]);
/** Bytes of Danish and Norwegian in Windows-1252 (æ ø å Æ Ø Å), which in ISO-8859-2 would be ć ř ĺ Ć Ř Ĺ. */
const NORDIC_MARKERS = new Set([0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5]);

/**
 * The text of a CSV file: UTF-8 (with or without BOM) when the bytes are valid UTF-8; otherwise
 * ISO-8859-2 when Hungarian ő/ű bytes appear without Nordic æøå ones, else Windows-1252 (a superset
 * of ISO-8859-1 for text).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    let latin2 = 0;
    let nordic = 0;
    for (const b of bytes) {
      if (LATIN2_MARKERS.has(b)) latin2++;
      else if (NORDIC_MARKERS.has(b)) nordic++;
    }
    const encoding = latin2 > nordic ? 'iso-8859-2' : 'windows-1252';
    return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
}

/** Header names made unique and never empty ("Column 3", "Navn (2)"). */
export function uniqueColumns(header: string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((h, i) => {
    const base = h.trim() || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** The first non-empty row is the header; the rows after it are cut or padded to its width, empty ones left out. */
export function tableOf(all: string[][], encoding: string): ParsedFile {
  const cells = all.map((r) => r.map((c) => (c ?? '').toString().trim()));
  const nonEmpty = cells.filter((r) => r.some((c) => c !== ''));
  if (nonEmpty.length === 0) throw new UnreadableFile('The file is empty');
  const columns = uniqueColumns(nonEmpty[0]);
  const rows = nonEmpty.slice(1).map((r) => columns.map((_, i) => r[i] ?? ''));
  return { columns, rows, encoding };
}

export function parseCsv(bytes: Uint8Array): ParsedFile {
  const { text, encoding } = decodeText(bytes);
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: '', delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: 'greedy' });
  return tableOf(result.data, encoding);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell of a worksheet as text: dates as ISO dates (with the time when there is one), formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = value.getUTCHours() * 60 + value.getUTCMinutes();
    return time === 0 ? date : `${date} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

export async function parseXlsx(bytes: Uint8Array): Promise<ParsedFile> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('Not a readable XLSX file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFile('The workbook has no sheet');
  const all: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    all.push(Array.from(values, (v) => cellText(v as ExcelJS.CellValue)));
  });
  return tableOf(all, 'xlsx');
}

/** A CSV (any delimiter, UTF-8 or a Latin encoding) or an XLSX workbook's first sheet. */
export async function parseFile(bytes: Uint8Array): Promise<ParsedFile> {
  if (isZip(bytes)) return parseXlsx(bytes);
  if (isOle(bytes)) throw new UnreadableFile('Old Excel files (.xls) are not read: save the sheet as XLSX or CSV');
  return parseCsv(bytes);
}

/** A header name as compared: lower case, accents and punctuation left out ("E-mail" → "email", "Ügyfél" → "ugyfel"). */
export function normalizeHeader(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const EMAIL = [
  'email',
  'mail',
  'emailaddress',
  'emailadresse',
  'epost',
  'epostadresse',
  'mailadresse',
  'emailcim',
  'ecim',
  'דואל',
  'אימייל',
  'מייל',
  'דואראלקטרוני',
];
const PHONE = [
  'phone',
  'telephone',
  'tel',
  'phonenumber',
  'mobile',
  'mobil',
  'telefon',
  'telefonnummer',
  'tlf',
  'tlfnr',
  'mobilnummer',
  'telefonszam',
  'טלפון',
  'נייד',
  'מספרטלפון',
];
const RESPONSIBLE = [
  'responsible',
  'owner',
  'salesperson',
  'accountmanager',
  'ansvarlig',
  'saelger',
  'selger',
  'felelos',
  'ugyintezo',
  'ertekesito',
  'אחראי',
  'נציג',
];
const COMPANY = [
  'company',
  'companyname',
  'account',
  'accountname',
  'organisation',
  'organization',
  'firma',
  'firmanavn',
  'virksomhed',
  'virksomhedsnavn',
  'bedrift',
  'bedriftsnavn',
  'ceg',
  'cegnev',
  'vallalat',
  'חברה',
  'שםחברה',
];
const CUSTOMER = ['customer', 'customername', 'client', 'kunde', 'kundenavn', 'ugyfel', 'ugyfelnev', 'לקוח', 'שםלקוח'];
const NAME = ['name', 'navn', 'nev', 'שם'];

/** Header names (normalized) each field answers to, per entity, in English, Danish, Norwegian, Hungarian and Hebrew. */
const SYNONYMS: Record<ImportEntity, Partial<Record<ImportField, string[]>>> = {
  customers: {
    name: [...NAME, ...COMPANY, ...CUSTOMER],
    email: EMAIL,
    phone: PHONE,
    website: ['website', 'web', 'url', 'homepage', 'www', 'hjemmeside', 'webside', 'nettside', 'weboldal', 'honlap', 'weblap', 'אתר', 'אתראינטרנט'],
    address: ['address', 'street', 'address1', 'streetaddress', 'adresse', 'gade', 'vej', 'gateadresse', 'cim', 'utca', 'כתובת', 'רחוב'],
    postalCode: ['zip', 'zipcode', 'postalcode', 'postcode', 'postnr', 'postnummer', 'iranyitoszam', 'irsz', 'מיקוד'],
    city: ['city', 'town', 'by', 'postdistrikt', 'sted', 'poststed', 'varos', 'telepules', 'עיר', 'ישוב'],
    countryCode: ['country', 'countrycode', 'land', 'landekode', 'landkode', 'orszag', 'orszagkod', 'מדינה', 'ארץ'],
    status: ['status', 'statusz', 'allapot', 'סטטוס', 'מצב'],
    responsible: RESPONSIBLE,
  },
  contacts: {
    customer: [...CUSTOMER, ...COMPANY],
    firstName: ['firstname', 'first', 'givenname', 'forename', 'fornavn', 'keresztnev', 'utonev', 'שםפרטי'],
    lastName: ['lastname', 'surname', 'familyname', 'efternavn', 'etternavn', 'vezeteknev', 'csaladnev', 'שםמשפחה'],
    fullName: [...NAME, 'fullname', 'contact', 'contactname', 'contactperson', 'kontakt', 'kontaktperson', 'kontaktnavn', 'kapcsolattarto', 'אישקשר'],
    title: ['title', 'jobtitle', 'position', 'titel', 'stilling', 'tittel', 'beosztas', 'titulus', 'תפקיד', 'תואר'],
    email: EMAIL,
    phone: PHONE,
  },
  activities: {
    customer: [...CUSTOMER, ...COMPANY],
    subject: ['subject', 'title', 'activity', 'emne', 'overskrift', 'aktivitet', 'tittel', 'targy', 'tevekenyseg', 'נושא', 'כותרת'],
    type: ['type', 'activitytype', 'kind', 'aktivitetstype', 'tipus', 'סוג'],
    date: ['date', 'datetime', 'when', 'scheduled', 'due', 'duedate', 'dato', 'tidspunkt', 'tid', 'datum', 'idopont', 'תאריך'],
    note: [
      'note',
      'notes',
      'comment',
      'comments',
      'description',
      'text',
      'noter',
      'notat',
      'bemaerkning',
      'kommentar',
      'beskrivelse',
      'megjegyzes',
      'leiras',
      'הערה',
      'הערות',
      'תיאור',
    ],
    done: ['done', 'completed', 'udfort', 'faerdig', 'utfort', 'ferdig', 'kesz', 'elvegezve', 'teljesitve', 'בוצע', 'הושלם'],
    responsible: RESPONSIBLE,
  },
};

/** The proposed mapping: each column to the field its header names (each field once, the first column wins), else null. */
export function proposeMapping(entity: ImportEntity, columns: string[]): ImportMapping {
  const byHeader = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS[entity] as readonly ImportField[])
    for (const s of SYNONYMS[entity][field] ?? []) if (!byHeader.has(s)) byHeader.set(s, field);
  const taken = new Set<ImportField>();
  const mapping: ImportMapping = {};
  for (const column of columns) {
    const field = byHeader.get(normalizeHeader(column));
    mapping[column] = field && !taken.has(field) ? field : null;
    if (field) taken.add(field);
  }
  return mapping;
}

/** One row's mapped cells by field, empty cells left out. */
export function rowFields(columns: string[], mapping: ImportMapping, row: string[]): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {};
  columns.forEach((column, i) => {
    const field = mapping[column];
    const value = row[i]?.trim();
    if (field && value) out[field] = value;
  });
  return out;
}

const YES = new Set(['x', 'yes', 'y', 'ja', 'j', 'igen', 'i', 'כן', '1', 'true', 'done', 'udfort', 'utfort', 'kesz', 'בוצע']);
const NO = new Set(['no', 'n', 'nej', 'nei', 'nem', 'לא', '0', 'false', '-']);

/** A yes/no cell in any of the five languages; null when it is neither. */
export function parseYesNo(value: string): boolean | null {
  const v = normalizeHeader(value) || value.trim();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

/** The offset of a time zone from UTC at an instant, in ms. */
function zoneOffset(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - at;
}

/**
 * A date cell: 2026-05-04, 04.05.2026, 04-05-2026, 04/05/2026 (day first), 2026. 05. 04., each with
 * an optional time (14:30), read in the importer's time zone; ISO with an offset as written. A date
 * without a time is an all-day activity (midnight UTC, as Tend stores them). Null: not a date.
 */
export function parseImportDate(value: string, timeZone: string): { at: Date; allDay: boolean } | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(v)) {
    const at = new Date(v);
    return Number.isNaN(at.getTime()) ? null : { at, allDay: false };
  }
  const ymd = /^(\d{4})[-./]\s?(\d{1,2})[-./]\s?(\d{1,2})\.?(?:[ T](\d{1,2})[:.](\d{2})(?::(\d{2}))?)?$/.exec(v);
  const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[ T](\d{1,2})[:.](\d{2})(?::(\d{2}))?)?$/.exec(v);
  const m = ymd ? [ymd[1], ymd[2], ymd[3], ymd[4], ymd[5]] : dmy ? [dmy[3], dmy[2], dmy[1], dmy[4], dmy[5]] : null;
  if (!m) return null;
  const [y, mo, d, h, mi] = m.map((x) => (x === undefined ? undefined : Number(x)));
  if (!y || !mo || !d || mo > 12 || d > 31 || (h ?? 0) > 23 || (mi ?? 0) > 59) return null;
  const local = Date.UTC(y, mo - 1, d, h ?? 0, mi ?? 0);
  if (new Date(local).getUTCDate() !== d) return null;
  if (h === undefined) return { at: new Date(local), allDay: true };
  return { at: new Date(local - zoneOffset(local, timeZone)), allDay: false };
}
