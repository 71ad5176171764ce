import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { CalendarViewName } from '../../../shared/calendar';
import type { Preferences, PreferencesPut } from '../../../shared/preferences';
import { client, unwrap } from '../../api';
import { useMe } from '../../session';
import { type CalendarView, VIEWS } from './useCalendarOptions';

export type CalendarTab = CalendarView | 'list';
export interface CalendarChoices {
  userIds: string[];
  tab: CalendarTab;
}

/** The page's tabs as the server names the views (it knows nothing of the calendar library). */
const TAB_OF: Record<CalendarViewName, CalendarTab> = { month: 'dayGridMonth', week: 'resourceTimeGridWeek', day: 'resourceTimeGridDay', list: 'list' };
const VIEW_OF = Object.fromEntries(Object.entries(TAB_OF).map(([view, tab]) => [tab, view])) as Record<CalendarTab, CalendarViewName>;

const PREFERENCES = ['me', 'preferences'];
const keyOf = (userId: string) => `tend.calendar.${userId}`;

/** What this browser remembers (null when nothing, or nothing readable). */
function readLocal(userId: string): Partial<CalendarChoices> | null {
  try {
    const stored = JSON.parse(localStorage.getItem(keyOf(userId)) ?? 'null') as Partial<CalendarChoices> | null;
    if (!stored) return null;
    const tab = stored.tab === 'list' || VIEWS.includes(stored.tab as CalendarView) ? (stored.tab as CalendarTab) : undefined;
    const valid = Array.isArray(stored.userIds) && stored.userIds.length > 0 && stored.userIds.every((id) => typeof id === 'string');
    return { tab, userIds: valid ? stored.userIds : undefined };
  } catch {
    return null;
  }
}

function writeLocal(userId: string, choices: CalendarChoices) {
  try {
    localStorage.setItem(keyOf(userId), JSON.stringify(choices));
  } catch {
    // Storage full or blocked: the server still has the choice.
  }
}

/** The server's remembered choice, as far as it has one. */
function fromServer(preferences: Preferences | undefined): Partial<CalendarChoices> {
  return {
    ...(preferences?.calendarUserIds ? { userIds: preferences.calendarUserIds } : {}),
    ...(preferences?.calendarView ? { tab: TAB_OF[preferences.calendarView] } : {}),
  };
}

const defined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Saves a change of the choices; one at a time, so two quick changes land in the order made. */
function useSaveChoices() {
  const queryClient = useQueryClient();
  return useMutation({
    scope: { id: 'calendar-choices' },
    mutationFn: (change: PreferencesPut) => unwrap(client.PUT('/api/v1/me/preferences', { body: change })),
    onSuccess: (answer) => queryClient.setQueryData(PREFERENCES, answer),
  });
}

/**
 * Whose calendars the user chose and which view, kept on the server per user (so they follow the
 * user to another device). This browser's copy paints the page at once; the server's answer wins
 * unless the user has already changed something here. `ready` is false only while neither is known.
 */
export function useCalendarChoices() {
  const me = useMe();
  const [local] = useState(() => readLocal(me.id));
  const [changed, setChanged] = useState<CalendarChoices | null>(null);
  const server = useQuery({ queryKey: PREFERENCES, queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me/preferences', { signal })) });
  const save = useSaveChoices();
  const choices = useMemo<CalendarChoices>(
    () => changed ?? { userIds: [me.id], tab: 'resourceTimeGridWeek', ...defined(local ?? {}), ...fromServer(server.data) },
    [changed, local, server.data, me.id],
  );
  // The server's choice becomes this browser's too, for the next first paint.
  useEffect(() => {
    if (server.data && !changed) writeLocal(me.id, choices);
  }, [server.data, changed, choices, me.id]);
  const change = (next: Partial<CalendarChoices>) => {
    const merged = { ...choices, ...next };
    setChanged(merged);
    writeLocal(me.id, merged);
    save.mutate({ ...(next.userIds ? { calendarUserIds: next.userIds } : {}), ...(next.tab ? { calendarView: VIEW_OF[next.tab] } : {}) });
  };
  return { choices, change, ready: local !== null || server.isFetched };
}
