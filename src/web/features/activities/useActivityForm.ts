import { useEffect, useRef } from 'react';
import type { ActivityCreate } from '../../../shared/activities';
import { useApiForm } from '../../components/useApiForm';
import { useFormat } from '../../format';
import { useMe } from '../../session';
import { ACTIVITY_SERVER_FIELDS, type ActivityStart, activityFormSchema, activityFormValues, activityInput, isUndated } from './activity-form';
import type { ActivityLookups } from './useActivityLookups';

export type ActivityFormApi = ReturnType<typeof useApiForm<typeof activityFormSchema>>;

/** The activity form's state: checked with the server's rules, saved as the API's body, the server's field errors on their fields. */
export function useActivityForm(
  start: Omit<ActivityStart, 'meId' | 'timeZone'>,
  lookups: ActivityLookups,
  onSubmit: (input: ActivityCreate) => Promise<unknown>,
): ActivityFormApi {
  const me = useMe();
  const { timeZone } = useFormat();
  const whenPicked = useRef<() => boolean>(() => false);
  const api = useApiForm(
    activityFormSchema,
    activityFormValues({ ...start, meId: me.id, timeZone }),
    // An undated task keeps no deadline unless the user picked a date for it.
    (values) => onSubmit(activityInput(values, timeZone, isUndated(start.activity) && !whenPicked.current())),
    {
      serverFields: ACTIVITY_SERVER_FIELDS,
    },
  );
  whenPicked.current = () => api.form.getFieldState('when').isDirty;
  const { getValues, setValue } = api.form;
  const isNew = !start.activity;

  // Once the lists arrive, a new activity starts as the first active type, status "scheduled".
  useEffect(() => {
    if (!getValues('typeId')) setValue('typeId', lookups.types.find((type) => type.active)?.id ?? '');
    if (isNew && !getValues('statusId')) setValue('statusId', lookups.statuses.find((status) => status.key === 'scheduled')?.id ?? '');
  }, [lookups.types, lookups.statuses, isNew, getValues, setValue]);
  return api;
}
