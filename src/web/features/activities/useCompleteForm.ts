import type { TFunction } from 'i18next';
import { type FormEvent, type KeyboardEvent, useState } from 'react';
import type { Activity, ActivityComplete, ActivityWithNext } from '../../../shared/activities';
import { ApiError } from '../../api';
import { fieldMessages } from '../../components/errors';
import { useFormat } from '../../format';
import type { WhenValue } from './fields';
import { useCompleteActivity } from './useActivities';
import { addDays, scheduleOf, todayIn } from './zoned-time';

/** The server's field messages by their full name (`followUp.text`), in the user's language. */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(fieldMessages(t, error));
}

export type Completing = Pick<Activity, 'id' | 'subject' | 'note' | 'typeId' | 'responsibleId' | 'nextActivityId'>;

/** The dialog's values and its save: no follow-up text means no follow-up. */
export function useCompleteForm(activity: Completing, onCompleted: (result: ActivityWithNext) => void) {
  const format = useFormat();
  const canFollowUp = !activity.nextActivityId;
  const [note, setNote] = useState(activity.note ?? '');
  const [when, setWhen] = useState<WhenValue>(() => ({ date: addDays(todayIn(format.timeZone), 7), time: '', allDay: false }));
  const [typeId, setTypeId] = useState(activity.typeId);
  const [text, setText] = useState('');
  const [responsibleId, setResponsibleId] = useState('');
  const complete = useCompleteActivity();
  const busy = complete.isPending;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    const body: ActivityComplete = { note };
    if (canFollowUp && text.trim()) {
      body.followUp = { ...scheduleOf(when, format.timeZone), typeId, text, ...(responsibleId ? { responsibleId } : {}) };
    }
    complete.mutate({ id: activity.id, body }, { onSuccess: onCompleted });
  }
  // Ctrl+Enter saves from anywhere (the note too); Enter on a select saves as it does in a text box.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.target instanceof HTMLSelectElement) {
      event.preventDefault();
      submit();
    }
  };
  const followUp = { when, setWhen, typeId, setTypeId, text, setText, responsibleId, setResponsibleId };
  return { canFollowUp, note, setNote, followUp, submit, onKeyDown, busy, error: complete.error };
}
