import { type Locale, LOCALES } from '../../../shared/common';
import type { MailMessage } from '../../mail/outbox';

/** The words of the morning mail in each language, written for people who read that language. */
interface MorningTexts {
  subject: (day: string) => string;
  overdue: (n: number) => string;
  today: (n: number) => string;
  nothingToday: string;
  more: (n: number) => string;
  allDay: string;
  open: string;
  outro: string;
}

const texts: Record<Locale, MorningTexts> = {
  en: {
    subject: (day) => `Your to-do for ${day}`,
    overdue: (n) => (n === 1 ? '1 activity is overdue.' : `${n} activities are overdue.`),
    today: (n) => (n === 1 ? '1 activity is due today:' : `${n} activities are due today:`),
    nothingToday: 'Nothing else is due today.',
    more: (n) => `… and ${n} more.`,
    allDay: 'All day',
    open: 'Open your to-do in Tend:',
    outro: 'You get this mail because the morning mail is on in My settings.',
  },
  da: {
    subject: (day) => `Din to-do-liste for ${day}`,
    overdue: (n) => (n === 1 ? '1 aktivitet er overskredet.' : `${n} aktiviteter er overskredet.`),
    today: (n) => (n === 1 ? '1 aktivitet skal klares i dag:' : `${n} aktiviteter skal klares i dag:`),
    nothingToday: 'Der er ikke andet at nå i dag.',
    more: (n) => `… og ${n} mere.`,
    allDay: 'Hele dagen',
    open: 'Åbn din to-do-liste i Tend:',
    outro: 'Du får denne mail, fordi morgenmailen er slået til under Mine indstillinger.',
  },
  nb: {
    subject: (day) => `Gjøremålene dine for ${day}`,
    overdue: (n) => (n === 1 ? '1 aktivitet er forfalt.' : `${n} aktiviteter er forfalt.`),
    today: (n) => (n === 1 ? '1 aktivitet skal gjøres i dag:' : `${n} aktiviteter skal gjøres i dag:`),
    nothingToday: 'Ingenting annet skal gjøres i dag.',
    more: (n) => `… og ${n} til.`,
    allDay: 'Hele dagen',
    open: 'Åpne gjøremålene dine i Tend:',
    outro: 'Du får denne e-posten fordi morgen-e-posten er slått på under Mine innstillinger.',
  },
  hu: {
    subject: (day) => `Teendői – ${day}`,
    overdue: (n) => `${n} tevékenység lejárt.`,
    today: (n) => `${n} tevékenység esedékes ma:`,
    nothingToday: 'Mára nincs más teendő.',
    more: (n) => `… és még ${n}.`,
    allDay: 'Egész nap',
    open: 'Teendők megnyitása a Tendben:',
    outro: 'Azért kapja ezt a levelet, mert a Saját beállításokban be van kapcsolva a reggeli levél.',
  },
  he: {
    subject: (day) => `המשימות שלך ל${day}`,
    overdue: (n) => (n === 1 ? 'פעילות אחת באיחור.' : `${n} פעילויות באיחור.`),
    today: (n) => (n === 1 ? 'פעילות אחת להיום:' : `${n} פעילויות להיום:`),
    nothingToday: 'אין עוד משהו להיום.',
    more: (n) => `… ועוד ${n}.`,
    allDay: 'כל היום',
    open: 'לפתיחת המשימות ב־Tend:',
    outro: 'מייל זה נשלח אליך כי מייל הבוקר מופעל בהגדרות שלי.',
  },
};

export interface MorningItem {
  id: string;
  subject: string;
  customerName: string | null;
  scheduledAt: Date;
  allDay: boolean;
}

export interface MorningFacts {
  to: string;
  locale: string;
  timeZone: string;
  /** The user's date the mail is for (YYYY-MM-DD). */
  day: string;
  overdue: number;
  /** How many are due today in all; `items` holds the first of them. */
  todayCount: number;
  items: MorningItem[];
  /** Tend's address, without a trailing slash. */
  baseUrl: string;
}

const langOf = (locale: string): Locale => ((LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'en');
const intlOf = (lang: Locale) => (lang === 'nb' ? 'nb-NO' : lang);
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The day as the reader names it ("Tuesday, 1 December 2026" in their language). */
function dayName(day: string, lang: Locale): string {
  return new Intl.DateTimeFormat(intlOf(lang), { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** An item's time of day in the reader's zone, or "all day". */
function timeOf(item: MorningItem, facts: MorningFacts, lang: Locale): string {
  if (item.allDay) return texts[lang].allDay;
  return new Intl.DateTimeFormat(intlOf(lang), { timeStyle: 'short', timeZone: facts.timeZone }).format(item.scheduledAt);
}

interface Line {
  time: string;
  subject: string;
  customer: string | null;
  url: string;
}

function linesOf(facts: MorningFacts, lang: Locale): Line[] {
  return facts.items.map((item) => ({
    time: timeOf(item, facts, lang),
    subject: item.subject,
    customer: item.customerName,
    url: `${facts.baseUrl}/activities/${item.id}`,
  }));
}

/** The paragraphs above the list: what is overdue, what is due today. */
function summary(facts: MorningFacts, t: MorningTexts): string[] {
  const out: string[] = [];
  if (facts.overdue > 0) out.push(t.overdue(facts.overdue));
  out.push(facts.todayCount > 0 ? t.today(facts.todayCount) : t.nothingToday);
  return out;
}

function html(facts: MorningFacts, lang: Locale, subject: string, lines: Line[], todoUrl: string): string {
  const t = texts[lang];
  const dir = lang === 'he' ? 'rtl' : 'ltr';
  const rows = lines.map(
    (l) =>
      `<li><bdi>${escapeHtml(l.time)}</bdi> · <a href="${escapeHtml(l.url)}"><bdi>${escapeHtml(l.subject)}</bdi></a>${l.customer ? ` · <bdi>${escapeHtml(l.customer)}</bdi>` : ''}</li>`,
  );
  const more = facts.todayCount > lines.length ? [`<p>${escapeHtml(t.more(facts.todayCount - lines.length))}</p>`] : [];
  const body = [
    ...summary(facts, t).map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(rows.length > 0 ? [`<ul>\n${rows.join('\n')}\n</ul>`] : []),
    ...more,
    `<p>${escapeHtml(t.open)} <a href="${escapeHtml(todoUrl)}" dir="ltr">${escapeHtml(todoUrl)}</a></p>`,
    `<p>${escapeHtml(t.outro)}</p>`,
  ];
  return `<!doctype html>\n<html lang="${lang}" dir="${dir}">\n<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body dir="${dir}">\n${body.join('\n')}\n</body>\n</html>\n`;
}

/** The morning mail in the user's language: overdue count, today's activities (time, subject, customer, link), a link to the to-do. */
export function morningMail(facts: MorningFacts): MailMessage {
  const lang = langOf(facts.locale);
  const t = texts[lang];
  const subject = t.subject(dayName(facts.day, lang));
  const lines = linesOf(facts, lang);
  const todoUrl = `${facts.baseUrl}/todo`;
  const text = [
    ...summary(facts, t),
    ...lines.flatMap((l) => [`- ${l.time}  ${l.subject}${l.customer ? ` (${l.customer})` : ''}`, `  ${l.url}`]),
    ...(facts.todayCount > lines.length ? [t.more(facts.todayCount - lines.length)] : []),
    '',
    t.open,
    todoUrl,
    '',
    t.outro,
    '',
  ].join('\n');
  return { to: facts.to, subject, text, html: html(facts, lang, subject, lines, todoUrl) };
}
