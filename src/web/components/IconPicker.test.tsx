import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ICON_NAMES, type IconName } from '../../shared/icons';
import i18n from '../i18n';
import { IconPicker } from './IconPicker';
import { ActivityIcon } from './icons/ActivityIcon';

/** The picker in a form, keeping its value as a form would, passing on each choice. */
function Harness({ initial, onChoose, onSubmit }: { initial: string; onChoose: (name: IconName) => void; onSubmit: () => void }) {
  const [icon, setIcon] = useState(initial);
  const choose = (name: IconName) => {
    onChoose(name);
    setIcon(name);
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <IconPicker label="Icon of Call" value={icon} color="#2563eb" onChange={choose} />
    </form>
  );
}

/** `sent` records every icon the picker passes on; `submit` the form's submissions. */
function renderPicker(initial = 'phone') {
  const sent: IconName[] = [];
  const submit = vi.fn();
  render(<Harness initial={initial} onChoose={(name) => sent.push(name)} onSubmit={submit} />);
  return { sent, submit };
}

// Role queries over ~400 buttons are slow on a busy machine: wait longer than the default second.
const group = () => screen.findByRole('radiogroup', { name: 'Icon of Call' }, { timeout: 15_000 });
const search = () => screen.getByRole('searchbox', { name: 'Search icons: Icon of Call' });

// The grid is a lazy chunk of ~400 icons: load it once before the timed queries.
beforeAll(() => import('./icons/IconGrid'), 60_000);
afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('the icon picker', () => {
  it('offers every icon as a radio with a name; the chosen one is checked and the only tab stop', async () => {
    renderPicker('phone');
    const radios = within(await group()).getAllByRole('radio');
    expect(radios).toHaveLength(ICON_NAMES.length);
    const phone = within(await group()).getByRole('radio', { name: 'Phone' });
    expect(phone).toHaveAttribute('aria-checked', 'true');
    expect(radios.filter((radio) => radio.tabIndex === 0)).toEqual([phone]);
    expect(screen.getByText('Chosen: Phone')).toBeInTheDocument();
  });

  it('finds icons by English and by Danish words, and a click sends the name', async () => {
    const { sent } = renderPicker();
    await group();
    fireEvent.change(search(), { target: { value: 'invoice' } });
    expect(
      within(await group())
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('aria-label')),
    ).toEqual(['Invoice']);
    fireEvent.change(search(), { target: { value: 'opkald' } }); // Danish, inside compound words
    const names = within(await group())
      .getAllByRole('radio')
      .map((radio) => radio.getAttribute('aria-label'));
    expect(names).toEqual(expect.arrayContaining(['Phone call', 'Incoming call', 'Missed call']));
    fireEvent.change(search(), { target: { value: 'Besog' } }); // no need to type ø
    fireEvent.click(within(await group()).getByRole('radio', { name: 'Visit' }));
    expect(sent).toEqual(['map-pin']);
    fireEvent.change(search(), { target: { value: 'zzzz' } });
    expect(screen.getByText('No icon matches “zzzz”.')).toBeInTheDocument();
  });

  it('arrows move and choose, wrapping; Home and End go to the ends; focus follows', async () => {
    const { sent } = renderPicker('phone');
    const phone = within(await group()).getByRole('radio', { name: 'Phone' });
    phone.focus();
    fireEvent.keyDown(phone, { key: 'ArrowRight' });
    expect(sent).toEqual(['phone-call']);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Phone call' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(sent.slice(1)).toEqual(['phone', ICON_NAMES.at(-1)]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(sent.slice(3)).toEqual([ICON_NAMES[0], ICON_NAMES.at(-1)]);
    expect(screen.getByRole('radio', { name: 'Sticker' })).toHaveAttribute('aria-checked', 'true');
  });

  it('Enter in the search box takes the first match and does not send the form', async () => {
    const { sent, submit } = renderPicker();
    await group();
    fireEvent.change(search(), { target: { value: 'truck' } });
    fireEvent.keyDown(search(), { key: 'Enter' });
    expect(sent).toEqual(['truck']);
    expect(submit).not.toHaveBeenCalled();
  });

  it('speaks Danish when the interface does', async () => {
    await i18n.changeLanguage('da');
    renderPicker('phone');
    expect(within(await screen.findByRole('radiogroup', {}, { timeout: 15_000 })).getByRole('radio', { name: 'Telefon' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getByRole('searchbox', { name: 'Søg ikoner: Icon of Call' })).toBeInTheDocument();
  });
});

describe('an activity type’s icon', () => {
  it('draws a common icon at once and any other offered one once the set has loaded', async () => {
    const { container } = render(
      <>
        <ActivityIcon name="phone" />
        <ActivityIcon name="truck" />
        <ActivityIcon name="not-an-icon" />
      </>,
    );
    expect(container.querySelector('.lucide-phone')).not.toBeNull();
    await waitFor(() => expect(container.querySelector('.lucide-truck')).not.toBeNull());
    expect(container.querySelector('.lucide-circle')).not.toBeNull();
  });
});
