import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/common';
import i18n from '../i18n';
import { fakeApi, renderSignedIn } from '../test/render';
import { DateField } from './DateField';

function Harness({ initial, sent }: { initial: string; sent: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      id="when"
      value={value}
      onChange={(day) => {
        sent.push(day);
        setValue(day);
      }}
    />
  );
}

/** The field signed in as a user of `locale`, its calendar opened; `sent` collects the values passed on. */
async function openCalendar(locale: Locale, initial = '2026-11-30', weekStart = 1) {
  fakeApi({}, { locale, weekStart });
  const sent: string[] = [];
  renderSignedIn(<Harness initial={initial} sent={sent} />);
  await waitFor(() => expect(i18n.language).toBe(locale));
  const button = await screen.findByRole('button', { name: i18n.t('picker.choose') });
  fireEvent.click(button);
  const grid = await screen.findByRole('grid', {}, { timeout: 10_000 });
  return { grid, sent, input: screen.getByRole('textbox') as HTMLInputElement };
}

// The weekday row is hidden from assistive technology (each day's button names its weekday): found by its cells.
const weekdays = (grid: HTMLElement) => [...grid.querySelectorAll('th')];

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('DateField', () => {
  it('speaks Hungarian: Hungarian month names, weeks from Monday, the date written the Hungarian way', async () => {
    const { grid, input } = await openCalendar('hu');
    expect(input.value).toBe('2026. 11. 30.');
    expect(screen.getByRole('status')).toHaveTextContent('2026. november');
    const [first, last] = [weekdays(grid)[0], weekdays(grid)[6]];
    expect(first.getAttribute('aria-label')).toBe('hétfő');
    expect(first.textContent).toBe('H');
    expect(last.getAttribute('aria-label')).toBe('vasárnap');
  });

  it('in Hebrew, with the week from Sunday (an Israeli workspace), starts on Sunday and lays the month out right to left', async () => {
    const { grid } = await openCalendar('he', '2026-11-30', 7);
    expect(weekdays(grid)[0].getAttribute('aria-label')).toBe('יום ראשון');
    expect(grid.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('status')).toHaveTextContent('נובמבר 2026');
  });

  it('keeps the value YYYY-MM-DD whether a day is picked or typed in the language', async () => {
    const { grid, sent, input } = await openCalendar('da');
    fireEvent.click(within(grid).getByRole('button', { name: /den 2\. november 2026/ }));
    await waitFor(() => expect(sent.at(-1)).toBe('2026-11-02'));
    expect(screen.queryByRole('grid')).toBeNull();
    fireEvent.change(input, { target: { value: '24.12.2026' } });
    expect(sent.at(-1)).toBe('2026-12-24');
    fireEvent.change(input, { target: { value: '2027-01-05' } });
    expect(sent.at(-1)).toBe('2027-01-05');
    fireEvent.change(input, { target: { value: '31.02.2027' } });
    expect(sent.at(-1)).toBe('');
    expect(input.validationMessage).not.toBe('');
  });
});
