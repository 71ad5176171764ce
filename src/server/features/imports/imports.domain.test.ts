import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeText, normalizeHeader, parseFile, parseImportDate, parseYesNo, proposeMapping, rowFields } from './imports.domain';

/** Import's pure half (issue 19): encodings, delimiters, XLSX, the proposed mapping in five languages, dates. */

const latin = (text: string, encoding: 'latin1' | 'latin2') => {
  // Node has no ISO-8859-2 encoder: the few Hungarian letters by hand, the rest as Latin-1.
  const l2: Record<string, number> = { ő: 0xf5, ű: 0xfb, Ő: 0xd5, Ű: 0xdb };
  return Uint8Array.from([...text].map((ch) => (encoding === 'latin2' && l2[ch] ? l2[ch] : ch.charCodeAt(0))));
};

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(new TextEncoder().encode('Navn\nBæk & Søn')).text).toBe('Navn\nBæk & Søn');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Név\nŐrség Kft', 'utf8')]);
    const { text, encoding } = decodeText(bom);
    expect(encoding).toBe('utf-8');
    expect(text.replace(/^\uFEFF/, '')).toBe('Név\nŐrség Kft');
  });
  it('reads Danish Windows-1252 / ISO-8859-1 as such', () => {
    expect(decodeText(latin('Firmanavn;By\nBæk & Søn ApS;Århus', 'latin1'))).toEqual({ text: 'Firmanavn;By\nBæk & Søn ApS;Århus', encoding: 'windows-1252' });
  });
  it('reads Hungarian ISO-8859-2 (ő ű) as such', () => {
    expect(decodeText(latin('Név;Város\nKőműves Űrtechnika Kft;Győr', 'latin2'))).toEqual({
      text: 'Név;Város\nKőműves Űrtechnika Kft;Győr',
      encoding: 'iso-8859-2',
    });
  });
});

describe('parseFile', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('finds the delimiter %j (%s)', async (d) => {
    const file = await parseFile(new TextEncoder().encode(`Navn${d}E-mail${d}Telefon\r\n"Dahl${d} og Co"${d}dahl@x.dk${d}12 34\r\n\r\nNord A/S${d}${d}\r\n`));
    expect(file.columns).toEqual(['Navn', 'E-mail', 'Telefon']);
    expect(file.rows).toEqual([
      [`Dahl${d} og Co`, 'dahl@x.dk', '12 34'],
      ['Nord A/S', '', ''],
    ]);
  });
  it('reads the first sheet of an XLSX workbook, dates and numbers as text', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Kunder');
    sheet.addRow(['Firmanavn', 'Postnr', 'Oprettet']);
    sheet.addRow(['Bæk & Søn', 8000, new Date(Date.UTC(2026, 4, 4))]);
    sheet.addRow(['Ørsted IT', 2100, null]);
    const file = await parseFile(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(file.encoding).toBe('xlsx');
    expect(file.columns).toEqual(['Firmanavn', 'Postnr', 'Oprettet']);
    expect(file.rows).toEqual([
      ['Bæk & Søn', '8000', '2026-05-04'],
      ['Ørsted IT', '2100', ''],
    ]);
  });
  it('names empty and repeated headers', async () => {
    const file = await parseFile(new TextEncoder().encode('Navn,,Navn\na,b,c\n'));
    expect(file.columns).toEqual(['Navn', 'Column 2', 'Navn (2)']);
  });
  it('refuses old .xls files and empty files', async () => {
    await expect(parseFile(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).rejects.toThrow(/xls/);
    await expect(parseFile(new TextEncoder().encode('\n \n'))).rejects.toThrow(/empty/);
  });
});

describe('proposeMapping', () => {
  it('maps headers in the five languages', () => {
    expect(proposeMapping('customers', ['Firmanavn', 'E-mail', 'Telefon', 'Postnr.', 'By', 'Hjemmeside', 'Ansvarlig', 'Noget andet'])).toEqual({
      Firmanavn: 'name',
      'E-mail': 'email',
      Telefon: 'phone',
      'Postnr.': 'postalCode',
      By: 'city',
      Hjemmeside: 'website',
      Ansvarlig: 'responsible',
      'Noget andet': null,
    });
    expect(proposeMapping('customers', ['Navn', 'E-post', 'Poststed'])).toEqual({ Navn: 'name', 'E-post': 'email', Poststed: 'city' });
    expect(proposeMapping('customers', ['Cégnév', 'E-mail cím', 'Telefonszám', 'Irányítószám', 'Város'])).toEqual({
      Cégnév: 'name',
      'E-mail cím': 'email',
      Telefonszám: 'phone',
      Irányítószám: 'postalCode',
      Város: 'city',
    });
    expect(proposeMapping('customers', ['שם', 'דוא"ל', 'טלפון', 'עיר'])).toEqual({ שם: 'name', 'דוא"ל': 'email', טלפון: 'phone', עיר: 'city' });
    expect(proposeMapping('customers', ['Company name', 'Email', 'Phone', 'Country'])).toEqual({
      'Company name': 'name',
      Email: 'email',
      Phone: 'phone',
      Country: 'countryCode',
    });
  });
  it('maps each field once, and per entity', () => {
    expect(proposeMapping('customers', ['Navn', 'Firma'])).toEqual({ Navn: 'name', Firma: null });
    expect(proposeMapping('contacts', ['Firma', 'Fornavn', 'Efternavn', 'Stilling', 'E-mail'])).toEqual({
      Firma: 'customer',
      Fornavn: 'firstName',
      Efternavn: 'lastName',
      Stilling: 'title',
      'E-mail': 'email',
    });
    expect(proposeMapping('activities', ['Kunde', 'Emne', 'Dato', 'Type', 'Udført'])).toEqual({
      Kunde: 'customer',
      Emne: 'subject',
      Dato: 'date',
      Type: 'type',
      Udført: 'done',
    });
  });
  it('normalizes header names', () => {
    expect(normalizeHeader(' E-Mail ')).toBe('email');
    expect(normalizeHeader('Sælger')).toBe('saelger');
    expect(normalizeHeader('Ügyfél')).toBe('ugyfel');
  });
});

describe('row cells', () => {
  it('takes the mapped, non-empty cells', () => {
    expect(rowFields(['A', 'B', 'C'], { A: 'name', B: null, C: 'email' }, [' Nord ', 'x', ''])).toEqual({ name: 'Nord' });
  });
  it('reads dates in the usual forms, in the importer’s time zone', () => {
    expect(parseImportDate('2026-05-04', 'Europe/Copenhagen')).toEqual({ at: new Date('2026-05-04T00:00:00Z'), allDay: true });
    expect(parseImportDate('04.05.2026 14:30', 'Europe/Copenhagen')).toEqual({ at: new Date('2026-05-04T12:30:00Z'), allDay: false });
    expect(parseImportDate('2026. 05. 04.', 'Europe/Budapest')?.allDay).toBe(true);
    expect(parseImportDate('04/05/2026', 'UTC')?.at.toISOString()).toBe('2026-05-04T00:00:00.000Z');
    expect(parseImportDate('2026-05-04T10:00:00+02:00', 'UTC')?.at.toISOString()).toBe('2026-05-04T08:00:00.000Z');
    expect(parseImportDate('31.02.2026', 'UTC')).toBeNull();
    expect(parseImportDate('soon', 'UTC')).toBeNull();
  });
  it('reads yes and no in five languages', () => {
    expect(['ja', 'Igen', 'x', 'כן', 'yes'].map(parseYesNo)).toEqual([true, true, true, true, true]);
    expect(['nej', 'nei', 'nem', 'לא', 'no'].map(parseYesNo)).toEqual([false, false, false, false, false]);
    expect(parseYesNo('maybe')).toBeNull();
  });
});
