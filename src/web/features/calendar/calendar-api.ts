import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Activity, ActivityUpdate } from '../../../shared/activities';
import { api, client, unwrap } from '../../api';

/** A calendar the caller may see (GET /calendar/users). */
export interface CalendarUser {
  userId: string;
  name: string;
  color: string | null;
  access: 'read' | 'edit';
}

/** An activity in a calendar window: with whose calendars it sits; another's private one only as busy time. */
export type CalendarItem = Partial<Activity> &
  Pick<Activity, 'id' | 'endsAt' | 'allDay'> & {
    /** Always set in a calendar: an undated task sits in none. */
    scheduledAt: string;
    calendarUserIds: string[];
    editable?: boolean;
    busy?: boolean;
    /** A recurring task's coming occurrence, not a row: `seriesId` is the open activity of its series. */
    projected?: boolean;
    seriesId?: string;
  };

/** The calendars the caller may see. */
export function useCalendarUsers() {
  return useQuery({
    queryKey: ['calendar', 'users'],
    queryFn: async ({ signal }) => {
      const answer = await api.get<CalendarUser[] | { items: CalendarUser[] }>('/calendar/users', undefined, signal);
      return Array.isArray(answer) ? answer : answer.items;
    },
  });
}

/** The activities of the chosen users in the window (from/to are instants; none asked until both are known). */
export function useCalendarItems(window: { from: string; to: string } | null, userIds: string[]) {
  return useQuery<{ items: CalendarItem[] }>({
    queryKey: ['calendar', 'items', window, userIds],
    enabled: window !== null && userIds.length > 0,
    placeholderData: (previous) => previous,
    queryFn: ({ signal }) => api.get<{ items: CalendarItem[] }>('/calendar', { from: window?.from, to: window?.to, userIds: userIds.join(',') }, signal),
  });
}

/** One PATCH per move, resize or reassignment; the calendar (and every list) is asked again after. */
export function useReschedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: ActivityUpdate }) =>
      unwrap(client.PATCH('/api/v1/activities/{id}', { params: { path: { id } }, body: change })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}
