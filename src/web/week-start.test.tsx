import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useWeekStart, weekdayName, weekStartOf } from './format';
import { fakeApi, renderSignedIn } from './test/render';

function ShowWeekStart() {
  return <output aria-label="week start">{useWeekStart()}</output>;
}

describe('weekdays', () => {
  it.each([
    ['en', 'Monday', 'Sunday'],
    ['da', 'mandag', 'søndag'],
    ['nb', 'mandag', 'søndag'],
    ['hu', 'hétfő', 'vasárnap'],
    ['he', 'יום שני', 'יום ראשון'],
  ])('names ISO day 1 and 7 in %s', (language, monday, sunday) => {
    expect(weekdayName(1, language)).toBe(monday);
    expect(weekdayName(7, language)).toBe(sunday);
  });

  it.each([
    ['en', 1],
    ['da', 1],
    ['nb', 1],
    ['hu', 1],
    ['he', 7],
    ['he-IL', 7],
  ])('starts the week in %s on ISO day %i when nobody chose', (language, day) => {
    expect(weekStartOf(language)).toBe(day);
  });
});

describe('useWeekStart', () => {
  it('is the week start in effect that the server sent in me', async () => {
    fakeApi({}, { weekStart: 6, ownWeekStart: 6 });
    renderSignedIn(<ShowWeekStart />);
    expect(await screen.findByLabelText('week start')).toHaveTextContent('6');
  });

  it('falls back to the language when the server sent none (an older server)', async () => {
    fakeApi({}, { locale: 'he', weekStart: undefined });
    renderSignedIn(<ShowWeekStart />);
    // The page switches to Hebrew once its strings arrive (their own chunk).
    await waitFor(() => expect(screen.getByLabelText('week start')).toHaveTextContent('7'), { timeout: 5000 });
  });
});
