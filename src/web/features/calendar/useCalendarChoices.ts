import { useCallback, useState } from 'react';
import { useMe } from '../../session';
import { type CalendarView, VIEWS } from './useCalendarOptions';

export type CalendarTab = CalendarView | 'list';
export interface CalendarChoices {
  userIds: string[];
  tab: CalendarTab;
}

const keyOf = (userId: string) => `tend.calendar.${userId}`;

function read(userId: string): CalendarChoices {
  const fallback: CalendarChoices = { userIds: [userId], tab: 'resourceTimeGridWeek' };
  try {
    const stored = JSON.parse(localStorage.getItem(keyOf(userId)) ?? 'null') as Partial<CalendarChoices> | null;
    const tab = stored?.tab === 'list' || VIEWS.includes(stored?.tab as CalendarView) ? (stored?.tab as CalendarTab) : fallback.tab;
    const userIds = Array.isArray(stored?.userIds) && stored.userIds.every((id) => typeof id === 'string') ? stored.userIds : fallback.userIds;
    return { userIds: userIds.length > 0 ? userIds : fallback.userIds, tab };
  } catch {
    return fallback;
  }
}

/**
 * Whose calendars the user chose and which view, remembered per signed-in user in this browser
 * (keyed by their id, so another account here starts from its own).
 */
export function useCalendarChoices() {
  const me = useMe();
  const [choices, setChoices] = useState(() => read(me.id));
  const change = useCallback(
    (next: Partial<CalendarChoices>) =>
      setChoices((old) => {
        const merged = { ...old, ...next };
        try {
          localStorage.setItem(keyOf(me.id), JSON.stringify(merged));
        } catch {
          // Storage full or blocked: the choice lasts this visit.
        }
        return merged;
      }),
    [me.id],
  );
  return { choices, change };
}
