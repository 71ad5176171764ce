import { type Locale, LOCALES } from '../../../shared/common';
import type { MailMessage } from '../../mail/outbox';

/** The words of the reminder mail in each language, written for people who read that language. */
interface ReminderTexts {
  subject: (subject: string) => string;
  intro: (when: string) => string;
  customer: string;
  open: string;
  outro: string;
}

const texts: Record<Locale, ReminderTexts> = {
  en: {
    subject: (s) => `Reminder: ${s}`,
    intro: (when) => `This is your reminder of an activity at ${when}.`,
    customer: 'Customer',
    open: 'Open it in Tend:',
    outro: 'You get these mails because e-mail reminders are on in My settings.',
  },
  da: {
    subject: (s) => `Påmindelse: ${s}`,
    intro: (when) => `Her er din påmindelse om en aktivitet ${when}.`,
    customer: 'Kunde',
    open: 'Åbn den i Tend:',
    outro: 'Du får disse mails, fordi påmindelser på e-mail er slået til under Mine indstillinger.',
  },
  nb: {
    subject: (s) => `Påminnelse: ${s}`,
    intro: (when) => `Her er påminnelsen din om en aktivitet ${when}.`,
    customer: 'Kunde',
    open: 'Åpne den i Tend:',
    outro: 'Du får disse e-postene fordi påminnelser på e-post er slått på under Mine innstillinger.',
  },
  hu: {
    subject: (s) => `Emlékeztető: ${s}`,
    intro: (when) => `Emlékeztetjük egy tevékenységre, amely ekkor esedékes: ${when}.`,
    customer: 'Ügyfél',
    open: 'Megnyitás a Tendben:',
    outro: 'Azért kapja ezeket a leveleket, mert a Saját beállításokban be vannak kapcsolva az e-mailes emlékeztetők.',
  },
  he: {
    subject: (s) => `תזכורת: ${s}`,
    intro: (when) => `זוהי תזכורת לפעילות שנקבעה ל־${when}.`,
    customer: 'לקוח',
    open: 'לפתיחה ב־Tend:',
    outro: 'מיילים אלה נשלחים אליך כי תזכורות במייל מופעלות בהגדרות שלי.',
  },
};

export interface ReminderFacts {
  to: string;
  locale: string;
  timeZone: string;
  subject: string;
  customerName: string | null;
  scheduledAt: Date;
  allDay: boolean;
  url: string;
}

const langOf = (locale: string): Locale => ((LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'en');
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The time as the reader reads it: their language, their time zone (an all-day one by its date only). */
function when(facts: ReminderFacts, lang: Locale): string {
  const options: Intl.DateTimeFormatOptions = facts.allDay
    ? { dateStyle: 'full', timeZone: 'UTC' }
    : { dateStyle: 'full', timeStyle: 'short', timeZone: facts.timeZone };
  return new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : lang, options).format(facts.scheduledAt);
}

/** A reminder mail in the user's language, with a link to the activity. */
export function reminderMail(facts: ReminderFacts): MailMessage {
  const lang = langOf(facts.locale);
  const t = texts[lang];
  const subject = t.subject(facts.subject);
  const customer = facts.customerName ? `${t.customer}: ${facts.customerName}` : null;
  const lines = [t.intro(when(facts, lang)), facts.subject, ...(customer ? [customer] : []), '', t.open, facts.url, '', t.outro, ''];
  const dir = lang === 'he' ? 'rtl' : 'ltr';
  const paragraphs = [
    escapeHtml(t.intro(when(facts, lang))),
    `<strong><bdi>${escapeHtml(facts.subject)}</bdi></strong>${customer ? `<br><bdi>${escapeHtml(customer)}</bdi>` : ''}`,
    `${escapeHtml(t.open)} <a href="${escapeHtml(facts.url)}" dir="ltr">${escapeHtml(facts.url)}</a>`,
    escapeHtml(t.outro),
  ];
  const html = `<!doctype html>\n<html lang="${lang}" dir="${dir}">\n<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body dir="${dir}">\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n</body>\n</html>\n`;
  return { to: facts.to, subject, text: lines.join('\n'), html };
}
