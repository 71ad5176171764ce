import { toText } from 'rrule-temporal/totext';
import { ruleParts } from './recurrence';

/**
 * The rule as the web form edits it: every N days, weeks or months; weeks on some weekdays; months
 * on a day of the month (or the last day); ending never, on a date, or after a number of times.
 */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface RuleForm {
  every: 'day' | 'week' | 'month';
  interval: number;
  weekdays: Weekday[];
  /** 1..31, or -1 for the last day of the month. */
  monthDay: number;
  end: 'never' | 'until' | 'count';
  until: string;
  count: number;
}

export const defaultRuleForm: RuleForm = { every: 'month', interval: 1, weekdays: ['MO'], monthDay: -1, end: 'never', until: '', count: 12 };

const FREQ = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY' } as const;

export function formToRule(form: RuleForm): string {
  const parts = [`FREQ=${FREQ[form.every]}`];
  if (form.interval > 1) parts.push(`INTERVAL=${form.interval}`);
  if (form.every === 'week' && form.weekdays.length > 0) parts.push(`BYDAY=${WEEKDAYS.filter((d) => form.weekdays.includes(d)).join(',')}`);
  if (form.every === 'month') parts.push(`BYMONTHDAY=${form.monthDay}`);
  if (form.end === 'until' && /^\d{4}-\d{2}-\d{2}$/.test(form.until)) parts.push(`UNTIL=${form.until.replaceAll('-', '')}T235959Z`);
  if (form.end === 'count') parts.push(`COUNT=${form.count}`);
  return parts.join(';');
}

/** The form for a stored rule, or null when the rule says more than the form can show (kept as written). */
export function ruleToForm(rule: string): RuleForm | null {
  const p = ruleParts(rule);
  const units: Record<string, RuleForm['every']> = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month' };
  const every: RuleForm['every'] | undefined = units[p.FREQ];
  if (!every) return null;
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'UNTIL', 'COUNT']);
  if (Object.keys(p).some((k) => !known.has(k)) || (p.BYDAY && every !== 'week') || (p.BYMONTHDAY && (every !== 'month' || p.BYMONTHDAY.includes(','))))
    return null;
  const until = p.UNTIL ? `${p.UNTIL.slice(0, 4)}-${p.UNTIL.slice(4, 6)}-${p.UNTIL.slice(6, 8)}` : '';
  return {
    every,
    interval: Number(p.INTERVAL ?? 1),
    weekdays: (p.BYDAY?.split(',') ?? ['MO']).filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d)),
    monthDay: Number(p.BYMONTHDAY ?? -1),
    end: p.UNTIL ? 'until' : p.COUNT ? 'count' : 'never',
    until,
    count: Number(p.COUNT ?? 12),
  };
}

interface Words {
  every: (n: number, unit: RuleForm['every']) => string;
  days: Record<Weekday, string>;
  on: (days: string) => string;
  monthDay: (day: number) => string;
  until: (date: string) => string;
  count: (n: number) => string;
}

const list = (items: string[], and: string) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);

/** Danish, Norwegian and Hungarian (rrule-temporal's toText speaks English and Hebrew only). */
const WORDS: Record<'da' | 'nb' | 'hu', Words> = {
  da: {
    every: (n, u) => (n === 1 ? { day: 'hver dag', week: 'hver uge', month: 'hver måned' }[u] : `hver ${n}. ${{ day: 'dag', week: 'uge', month: 'måned' }[u]}`),
    days: { MO: 'mandag', TU: 'tirsdag', WE: 'onsdag', TH: 'torsdag', FR: 'fredag', SA: 'lørdag', SU: 'søndag' },
    on: (d) => `om ${d}`,
    monthDay: (d) => (d === -1 ? 'på den sidste dag i måneden' : `den ${d}.`),
    until: (date) => `indtil ${date}`,
    count: (n) => `${n} gange`,
  },
  nb: {
    every: (n, u) => (n === 1 ? { day: 'hver dag', week: 'hver uke', month: 'hver måned' }[u] : `hver ${n}. ${{ day: 'dag', week: 'uke', month: 'måned' }[u]}`),
    days: { MO: 'mandag', TU: 'tirsdag', WE: 'onsdag', TH: 'torsdag', FR: 'fredag', SA: 'lørdag', SU: 'søndag' },
    on: (d) => `på ${d}`,
    monthDay: (d) => (d === -1 ? 'på den siste dagen i måneden' : `den ${d}.`),
    until: (date) => `til og med ${date}`,
    count: (n) => `${n} ganger`,
  },
  hu: {
    every: (n, u) =>
      n === 1 ? { day: 'minden nap', week: 'minden héten', month: 'minden hónapban' }[u] : `${n} ${{ day: 'naponta', week: 'hetente', month: 'havonta' }[u]}`,
    days: { MO: 'hétfő', TU: 'kedd', WE: 'szerda', TH: 'csütörtök', FR: 'péntek', SA: 'szombat', SU: 'vasárnap' },
    on: (d) => `${d} napon`,
    monthDay: (d) => (d === -1 ? 'a hónap utolsó napján' : `a hónap ${d}. napján`),
    until: (date) => `${date}-ig`,
    count: (n) => `${n} alkalommal`,
  },
};
const AND = { da: 'og', nb: 'og', hu: 'és' };

/** The rule in words in the reader's language ("every month on the last day of the month"); null when it cannot be read. */
export function describeRule(rule: string, locale: string): string | null {
  try {
    if (locale === 'en' || locale === 'he') return toText(`DTSTART;VALUE=DATE:20260101\nRRULE:${rule}`, locale, { excludeTzAbbreviation: true });
    const form = ruleToForm(rule);
    const lang = locale as keyof typeof WORDS;
    const words = WORDS[lang];
    if (!form || !words) return null;
    const parts = [words.every(form.interval, form.every)];
    if (form.every === 'week' && form.weekdays.length > 0)
      parts.push(
        words.on(
          list(
            form.weekdays.map((d) => words.days[d]),
            AND[lang],
          ),
        ),
      );
    if (form.every === 'month') parts.push(words.monthDay(form.monthDay));
    if (form.end === 'until') parts.push(words.until(form.until));
    if (form.end === 'count') parts.push(words.count(form.count));
    return parts.join(' ');
  } catch {
    return null;
  }
}
