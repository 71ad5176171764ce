/**
 * Activity subjects and notes in the languages Tend's customers write in, for the demo, tests and
 * benchmarks. `{contact}` is a contact's first name, `{topic}` one of the language's topics.
 */
export type ActivityLanguage = 'da' | 'nb' | 'hu' | 'he' | 'en';
export type DemoTypeKey = 'call' | 'meeting' | 'quote' | 'email' | 'note' | 'follow_up' | 'task';

export interface LanguageTexts {
  subjects: Record<DemoTypeKey, string[]>;
  topics: string[];
  notes: string[];
  /** Outcome notes written when an activity is ticked done. */
  outcomes: string[];
}

export const activityTexts: Record<ActivityLanguage, LanguageTexts> = {
  da: {
    subjects: {
      call: ['Opkald til {contact}', 'Ringede om levering', 'Telefonmøde om {topic}'],
      meeting: ['Møde hos kunden', 'Kundemøde om {topic}', 'Opstartsmøde med {contact}'],
      quote: ['Tilbud på {topic}', 'Revideret tilbud – {topic}'],
      email: ['Mail vedr. {topic}', 'Mail: spørgsmål om faktura'],
      note: ['Notat fra messen i Bella Center', 'Notat: kunden overvejer ny leverandør'],
      follow_up: ['Følg op på tilbud', 'Opfølgning: {topic}', 'Ring {contact} op igen'],
      task: ['Send prisliste', 'Opdatér kundekort', 'Bestil vareprøver til {contact}'],
    },
    topics: [
      'køkkenrenovering',
      'nye møbler til kontoret',
      'årsaftale 2027',
      'økologiske varer',
      'reklamekampagne',
      'levering i uge 12',
      'gulvbelægning i Århus',
    ],
    notes: [
      'Kunden var positiv, men vil høre nærmere om priserne.',
      'Aftalt at vende tilbage efter budgetmødet.',
      'Ønsker levering før jul – tjek lager.',
      'Bad om referencer fra lignende projekter.',
      'Prisen skal godkendes af direktøren.',
    ],
    outcomes: ['Talt med {contact}, alt ok.', 'Ingen svar, lagt besked.', 'Tilbuddet er accepteret.', 'Udsat til næste kvartal.'],
  },
  nb: {
    subjects: {
      call: ['Telefon til {contact}', 'Ringte om levering', 'Telefonmøte om {topic}'],
      meeting: ['Møte hos kunden', 'Kundemøte om {topic}', 'Oppstartsmøte med {contact}'],
      quote: ['Tilbud på {topic}', 'Revidert tilbud – {topic}'],
      email: ['E-post om {topic}', 'E-post: spørsmål om faktura'],
      note: ['Notat fra messen på Lillestrøm', 'Notat: kunden vurderer ny leverandør'],
      follow_up: ['Følg opp tilbudet', 'Oppfølging: {topic}', 'Ring {contact} tilbake'],
      task: ['Send prisliste', 'Oppdater kundekortet', 'Bestill vareprøver til {contact}'],
    },
    topics: ['trelast til hytta', 'ny rammeavtale', 'sjømateksport', 'regnskapstjenester', 'kontormøbler', 'kraftleveranse i Trøndelag'],
    notes: [
      'Kunden er positiv, men vil vente til neste kvartal.',
      'Avtalt nytt møte etter budsjettbehandlingen.',
      'Ønsker levering før påske.',
      'Må godkjennes av daglig leder.',
      'Spurte om rabatt ved større kvantum.',
    ],
    outcomes: ['Snakket med {contact}, alt i orden.', 'Ikke svar, la igjen beskjed.', 'Tilbudet er akseptert.', 'Utsatt til over sommeren.'],
  },
  hu: {
    subjects: {
      call: ['Telefonhívás: {contact}', 'Egyeztetés a szállításról', 'Telefonos megbeszélés: {topic}'],
      meeting: ['Személyes találkozó az ügyfélnél', 'Megbeszélés: {topic}', 'Indító megbeszélés {contact} részvételével'],
      quote: ['Árajánlat: {topic}', 'Módosított árajánlat – {topic}'],
      email: ['E-mail: {topic}', 'E-mail: kérdés a számláról'],
      note: ['Feljegyzés a győri vásárról', 'Feljegyzés: az ügyfél új beszállítót keres'],
      follow_up: ['Árajánlat utánkövetése', 'Utánkövetés: {topic}', '{contact} visszahívása'],
      task: ['Árlista küldése', 'Ügyféladatok frissítése', 'Minták küldése {contact} részére'],
    },
    topics: ['irodabútorok', 'éves keretszerződés', 'weboldal fejlesztés', 'nyomdai munkák', 'borszállítás', 'gépalkatrészek Szegedre'],
    notes: [
      'Az ügyfél érdeklődő, de csak a jövő hónapban dönt.',
      'Megállapodtunk, hogy a költségvetés után visszahívjuk.',
      'Karácsony előtti szállítást kér.',
      'Az ügyvezető jóváhagyása szükséges.',
      'Nagyobb mennyiség esetén kedvezményt kér.',
    ],
    outcomes: [
      'Beszéltem {contact} kollégával, minden rendben.',
      'Nem vette fel, üzenetet hagytam.',
      'Az árajánlatot elfogadták.',
      'Elhalasztva a következő negyedévre.',
    ],
  },
  he: {
    subjects: {
      call: ['שיחת טלפון עם {contact}', 'שיחה בנושא אספקה', 'שיחה בנושא {topic}'],
      meeting: ['פגישה אצל הלקוח', 'פגישה בנושא {topic}', 'פגישת פתיחה עם {contact}'],
      quote: ['הצעת מחיר: {topic}', 'הצעת מחיר מעודכנת – {topic}'],
      email: ['מייל בנושא {topic}', 'מייל: שאלה על חשבונית'],
      note: ['הערה מהתערוכה בתל אביב', 'הערה: הלקוח שוקל ספק חדש'],
      follow_up: ['מעקב אחר הצעת המחיר', 'מעקב: {topic}', 'לחזור אל {contact}'],
      task: ['לשלוח מחירון', 'לעדכן את כרטיס הלקוח', 'לשלוח דוגמאות אל {contact}'],
    },
    topics: ['ריהוט משרדי', 'הסכם מסגרת שנתי', 'פיתוח אתר', 'קמפיין פרסום', 'אספקת יין', 'מערכת אנרגיה סולארית'],
    notes: [
      'הלקוח חיובי אך רוצה לחכות לרבעון הבא.',
      'סיכמנו לחזור אחרי ישיבת התקציב.',
      'מבקש אספקה לפני החגים.',
      'נדרש אישור של המנכ״ל.',
      'ביקש הנחה על כמות גדולה.',
    ],
    outcomes: ['דיברתי עם {contact}, הכול בסדר.', 'לא ענה, השארתי הודעה.', 'הצעת המחיר התקבלה.', 'נדחה לרבעון הבא.'],
  },
  en: {
    subjects: {
      call: ['Call with {contact}', 'Call about the delivery', 'Phone meeting about {topic}'],
      meeting: ['Meeting at the customer', 'Meeting about {topic}', 'Kick-off meeting with {contact}'],
      quote: ['Quote: {topic}', 'Revised quote – {topic}'],
      email: ['Email about {topic}', 'Email: question about an invoice'],
      note: ['Note from the trade fair', 'Note: the customer is looking at other suppliers'],
      follow_up: ['Follow up on the quote', 'Follow-up: {topic}', 'Call {contact} back'],
      task: ['Send the price list', 'Update the customer record', 'Send samples to {contact}'],
    },
    topics: ['office furniture', 'annual framework agreement', 'website redesign', 'advertising campaign', 'spring delivery', 'spare parts'],
    notes: [
      'Positive, but wants to hear more about pricing.',
      'Agreed to get back after their budget meeting.',
      'Wants delivery before the holidays.',
      'Asked for references from similar projects.',
      'The managing director has to approve the price.',
    ],
    outcomes: ['Spoke to {contact}, all fine.', 'No answer, left a message.', 'The quote was accepted.', 'Postponed to next quarter.'],
  },
};

/** The language a customer's activities are written in, by country (some are kept in English). */
export function languageOfCountry(countryCode: string | null | undefined): ActivityLanguage {
  switch (countryCode) {
    case 'DK':
      return 'da';
    case 'NO':
      return 'nb';
    case 'HU':
      return 'hu';
    case 'IL':
      return 'he';
    default:
      return 'en';
  }
}
