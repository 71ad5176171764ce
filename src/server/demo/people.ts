import type { Locale } from '../../shared/common';

/** Native-language names and places for demo data, tests and benchmarks, per country. */
export interface CountryData {
  countryCode: 'DK' | 'NO' | 'HU' | 'IL';
  /** The language of the country's people: demo users read Tend in it. */
  locale: Locale;
  timeZone: string;
  firstNames: string[];
  lastNames: string[];
  /** Company name patterns; {last} is a family name, {trade} a trade word. */
  companyPatterns: string[];
  trades: string[];
  streets: string[];
  cities: [postalCode: string, city: string][];
  phone: (digits: () => string) => string;
  domain: string;
  titles: string[];
}

export const countries: CountryData[] = [
  {
    countryCode: 'DK',
    locale: 'da',
    timeZone: 'Europe/Copenhagen',
    firstNames: ['Søren', 'Mette', 'Jørgen', 'Åse', 'Kirsten', 'Bjørn', 'Lærke', 'Frederik', 'Ida', 'Mads', 'Sofie', 'Rasmus'],
    lastNames: ['Østergaard', 'Jørgensen', 'Sørensen', 'Nørgaard', 'Bæk', 'Hansen', 'Madsen', 'Kjær', 'Bøgh', 'Thygesen'],
    companyPatterns: ['{last} {trade} ApS', '{last} & Søn A/S', '{trade}huset {last}', 'Nordisk {trade} A/S'],
    trades: ['Tømrer', 'Rådgivning', 'Design', 'Grossist', 'Reklame', 'Økologi', 'Møbel', 'Køkken'],
    streets: ['Vesterbrogade', 'Nørregade', 'Åboulevarden', 'Østerbrogade', 'Søndergade', 'Kongens Nytorv', 'Fælledvej'],
    cities: [
      ['1620', 'København V'],
      ['8000', 'Aarhus C'],
      ['5000', 'Odense C'],
      ['9000', 'Aalborg'],
      ['6700', 'Esbjerg'],
      ['4000', 'Roskilde'],
    ],
    phone: (d) => `+45 ${d()}${d()} ${d()}${d()} ${d()}${d()} ${d()}${d()}`,
    domain: 'dk',
    titles: ['Direktør', 'Indkøbschef', 'Salgschef', 'Bogholder', 'Projektleder'],
  },
  {
    countryCode: 'NO',
    locale: 'nb',
    timeZone: 'Europe/Oslo',
    firstNames: ['Håkon', 'Åsa', 'Øyvind', 'Ingrid', 'Bjørn', 'Sigrid', 'Eirik', 'Solveig', 'Torbjørn', 'Kari', 'Ståle', 'Marit'],
    lastNames: ['Hågensen', 'Østby', 'Bråthen', 'Lien', 'Dahl', 'Sæther', 'Haugen', 'Solberg', 'Kvåle', 'Rød'],
    companyPatterns: ['{last} {trade} AS', '{trade}compagniet {last} AS', 'Fjord {trade} AS', '{last} & Co AS'],
    trades: ['Bygg', 'Rådgivning', 'Handel', 'Reklame', 'Sjømat', 'Trelast', 'Kraft', 'Økonomi'],
    streets: ['Karl Johans gate', 'Bryggen', 'Storgata', 'Kongens gate', 'Øvre Slottsgate', 'Strandkaien', 'Bogstadveien'],
    cities: [
      ['0150', 'Oslo'],
      ['5003', 'Bergen'],
      ['7011', 'Trondheim'],
      ['9008', 'Tromsø'],
      ['4006', 'Stavanger'],
      ['3015', 'Drammen'],
    ],
    phone: (d) => `+47 ${d()}${d()}${d()} ${d()}${d()} ${d()}${d()}${d()}`,
    domain: 'no',
    titles: ['Daglig leder', 'Innkjøpssjef', 'Salgssjef', 'Regnskapsfører', 'Prosjektleder'],
  },
  {
    countryCode: 'HU',
    locale: 'hu',
    timeZone: 'Europe/Budapest',
    firstNames: ['Zoltán', 'Éva', 'Gábor', 'Katalin', 'László', 'Ildikó', 'Péter', 'Zsófia', 'Ödön', 'Júlia', 'Árpád', 'Réka'],
    lastNames: ['Kovács', 'Szabó', 'Tóth', 'Nagy', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Győri', 'Fehér'],
    companyPatterns: ['{last} és Társa Kft.', '{last} {trade} Kft.', 'Dunai {trade} Zrt.', '{trade} {last} Bt.'],
    trades: ['Tanácsadó', 'Kereskedelmi', 'Építő', 'Reklámügynökség', 'Borház', 'Nyomda', 'Szoftver', 'Gépgyártó'],
    streets: ['Andrássy út', 'Váci utca', 'Kossuth Lajos utca', 'Petőfi Sándor utca', 'Széchenyi tér', 'Rákóczi út', 'Dózsa György út'],
    cities: [
      ['1051', 'Budapest'],
      ['6720', 'Szeged'],
      ['4025', 'Debrecen'],
      ['7621', 'Pécs'],
      ['9021', 'Győr'],
      ['3525', 'Miskolc'],
    ],
    phone: (d) => `+36 1 ${d()}${d()}${d()} ${d()}${d()}${d()}${d()}`,
    domain: 'hu',
    titles: ['Ügyvezető', 'Beszerzési vezető', 'Értékesítési vezető', 'Könyvelő', 'Projektvezető'],
  },
  {
    countryCode: 'IL',
    locale: 'he',
    timeZone: 'Asia/Jerusalem',
    firstNames: ['נועה', 'יוסי', 'מיכל', 'אבי', 'שירה', 'דניאל', 'תמר', 'איתי', 'רותם', 'עומר', 'יעל', 'אורי'],
    lastNames: ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם', 'פרידמן', 'שפירא', 'דהן', 'גולן'],
    companyPatterns: ['{last} {trade} בע״מ', '{trade} {last}', 'קבוצת {last}', '{trade} הגליל בע״מ'],
    trades: ['ייעוץ', 'סחר', 'בנייה', 'פרסום', 'תוכנה', 'יינות', 'אנרגיה', 'הפקות'],
    streets: ['רחוב הרצל', 'שדרות רוטשילד', 'רחוב יפו', 'דרך מנחם בגין', 'רחוב ביאליק', 'רחוב אלנבי', 'רחוב הנביאים'],
    cities: [
      ['6701101', 'תל אביב-יפו'],
      ['9414101', 'ירושלים'],
      ['3303101', 'חיפה'],
      ['8410501', 'באר שבע'],
      ['4250601', 'נתניה'],
      ['7610001', 'רחובות'],
    ],
    phone: (d) => `+972 3-${d()}${d()}${d()}-${d()}${d()}${d()}${d()}`,
    domain: 'co.il',
    titles: ['מנכ״ל', 'מנהל רכש', 'מנהלת מכירות', 'מנהל חשבונות', 'מנהלת פרויקטים'],
  },
];
