import { describe, expect, it } from 'vitest';
import { describeRule, formToRule, ruleToForm } from './recurrence-form';
import { ruleProblem } from './recurrence';

describe('the rule form', () => {
  it.each([
    'FREQ=MONTHLY;BYMONTHDAY=-1',
    'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15;COUNT=4',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
    'FREQ=DAILY;INTERVAL=5;UNTIL=20270101T235959Z',
  ])('reads and writes %s unchanged (and the server accepts it)', (rule) => {
    const form = ruleToForm(rule);
    expect(form).not.toBeNull();
    expect(formToRule(form!)).toBe(rule);
    expect(ruleProblem(rule)).toBeNull();
  });
  it('leaves a rule it cannot show to the text field', () => expect(ruleToForm('FREQ=YEARLY;BYMONTH=3')).toBeNull());
});

describe('describeRule', () => {
  it.each([
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'en', 'every month on the last day of the month'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5', 'en', 'every 2 weeks on Monday and Thursday for 5 times'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'da', 'hver måned på den sidste dag i måneden'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5', 'da', 'hver 2. uge om mandag og torsdag 5 gange'],
    ['FREQ=MONTHLY;BYMONTHDAY=15', 'nb', 'hver måned den 15.'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1', 'hu', '3 havonta a hónap utolsó napján'],
  ])('%s in %s', (rule, locale, text) => expect(describeRule(rule, locale)).toBe(text));
  it('Hebrew comes from rrule-temporal', () => expect(describeRule('FREQ=MONTHLY;BYMONTHDAY=-1', 'he')).toContain('כל חודש'));
});
