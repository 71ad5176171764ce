import type { Calendar } from '@event-calendar/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ActivityUpdate } from '../../../shared/activities';
import { generalMessage } from '../../components/errors';
import { useFormat } from '../../format';
import { activityHref } from '../activities/links';
import type { CalendarItem } from './calendar-api';
import { useReschedule } from './calendar-api';
import { changeOf } from './calendar-changes';
import { wallParts } from './calendar-time';
import type { PickedRange } from './NewActivityDialog';

const itemOf = (event: Calendar.Event) => event.extendedProps.item as CalendarItem;

/**
 * What the user does in the calendar: pick a range (the activity card opens for that column's
 * user), move, resize or move to another user (one PATCH each; refused, the entry goes back and
 * the server's reason shows), click (the activity opens; for a projected occurrence, its series').
 */
export function useCalendarWork(defaultUserId: string) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { timeZone } = useFormat();
  const reschedule = useReschedule();
  const [picked, setPicked] = useState<PickedRange | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const save = (event: Calendar.Event, change: ActivityUpdate, revert: () => void) => {
    setProblem(null);
    reschedule.mutate(
      { id: String(event.id), change },
      {
        onError: (error) => {
          revert();
          setProblem(generalMessage(t, error));
        },
      },
    );
  };
  const select = (info: Calendar.SelectInfo) => {
    const { date, time } = wallParts(info.start);
    const minutes = Math.max(15, Math.round((info.end.getTime() - info.start.getTime()) / 60_000));
    setPicked({ date, time, allDay: info.allDay, minutes, responsibleId: info.resource ? String(info.resource.id) : defaultUserId });
  };
  const eventClick = (info: Calendar.EventClickInfo) => {
    const item = itemOf(info.event);
    // A projected occurrence is no row of its own: its series' open activity opens.
    if (!item.busy) navigate(activityHref(item.projected && item.seriesId ? item.seriesId : String(info.event.id)));
  };
  const eventDrop = (info: Calendar.EventDropInfo) => save(info.event, changeOf(info.event, timeZone, info.oldResource?.id, info.newResource?.id), info.revert);
  const eventResize = (info: Calendar.EventResizeInfo) => save(info.event, changeOf(info.event, timeZone), info.revert);
  return {
    picked,
    closePicked: () => setPicked(null),
    problem,
    clearProblem: () => setProblem(null),
    handlers: { select, eventClick, eventDrop, eventResize },
  };
}
