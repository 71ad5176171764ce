import { describe, expect, it } from 'vitest';
import { morningMail } from './morning-mail';

const facts = (locale: string) => ({
  to: 'ann@tend.test',
  locale,
  timeZone: 'Europe/Copenhagen',
  day: '2027-03-10',
  overdue: 2,
  todayCount: 27,
  items: [{ id: 'a1', subject: 'Call <Søren> & co', customerName: 'Bæk & Søn', scheduledAt: new Date('2027-03-10T09:30:00Z'), allDay: false }],
  baseUrl: 'https://crm.test',
});

describe('the morning mail’s words', () => {
  const english = morningMail(facts('en'));

  it.each(['en', 'da', 'nb', 'hu', 'he'])('%s: its own language, the item with its link, the rest counted, escaped html', (locale) => {
    const mail = morningMail(facts(locale));
    if (locale !== 'en') for (const part of ['subject', 'text'] as const) expect(mail[part]).not.toBe(english[part]);
    expect(mail.text).toContain('Call <Søren> & co (Bæk & Søn)');
    expect(mail.text).toContain('https://crm.test/activities/a1');
    expect(mail.text).toContain('https://crm.test/todo');
    expect(mail.text).toContain('26');
    expect(mail.html).toContain(`lang="${locale}" dir="${locale === 'he' ? 'rtl' : 'ltr'}"`);
    expect(mail.html).toContain('Call &lt;Søren&gt; &amp; co');
    expect(mail.html).not.toContain('<Søren>');
  });

  it('English reads as written for people', () => {
    expect(english.subject).toBe('Your to-do for Wednesday, March 10, 2027');
    const [overdue, today, item, link] = english.text.split('\n');
    expect([overdue, today, link]).toEqual(['2 activities are overdue.', '27 activities are due today:', '  https://crm.test/activities/a1']);
    // ICU writes a narrow no-break space before AM in some versions, a plain one in others.
    expect(item).toMatch(/^- 10:30\sAM {2}Call <Søren> & co \(Bæk & Søn\)$/);
    expect(english.text).toContain('… and 26 more.');
    expect(morningMail({ ...facts('en'), overdue: 0, todayCount: 0, items: [] }).text).not.toMatch(/overdue/);
  });
});
