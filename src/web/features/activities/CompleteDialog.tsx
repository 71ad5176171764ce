import type { TFunction } from 'i18next';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityComplete, ActivityWithNext } from '../../../shared/activities';
import { ApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { fieldMessage, generalMessage } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';
import { useFormat } from '../../format';
import { useUsers } from '../users/useUsers';
import { TextAreaField, WhenFields, type WhenValue } from './fields';
import { useCompleteActivity } from './useActivities';
import type { ActivityLookups } from './useActivityLookups';
import { addDays, scheduleOf, todayIn } from './zoned-time';

/** The server's field messages by their full name (`followUp.text`), in the user's language. */
function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(Object.entries(error.fields).map(([name, message]) => [name, fieldMessage(t, message)]));
}

type Completing = Pick<Activity, 'id' | 'subject' | 'note' | 'typeId' | 'responsibleId' | 'nextActivityId'>;

interface CompleteDialogProps {
  activity: Completing;
  lookups: ActivityLookups;
  onCompleted: (result: ActivityWithNext) => void;
  onClose: () => void;
  /** Where focus goes when the dialog closes and the button that opened it is gone. */
  fallbackFocus?: () => HTMLElement | null;
}

/** The dialog's values and its save: no follow-up text means no follow-up. */
function useCompleteForm(activity: Completing, onCompleted: (result: ActivityWithNext) => void) {
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

/**
 * Done, with the next follow-up, in one modal dialog (a full-screen sheet on a phone): focus starts
 * in the note, Enter in a field (or Ctrl+Enter anywhere) saves, Escape closes, focus returns.
 */
export function CompleteDialog({ activity, lookups, onCompleted, onClose, fallbackFocus }: CompleteDialogProps) {
  const { t } = useTranslation();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const form = useCompleteForm(activity, onCompleted);
  const fields = fieldErrors(t, form.error);
  const general = form.error && Object.keys(fields).length === 0 ? generalMessage(t, form.error) : Object.keys(fields).length ? t('errors.checkFields') : null;
  const title = (
    <>
      {t('todo.completeTitle')}: <bdi>{activity.subject}</bdi>
    </>
  );
  return (
    <Dialog title={title} onClose={onClose} initialFocus={noteRef} fallbackFocus={fallbackFocus}>
      <form className="form form--compact complete-form" onSubmit={form.submit} onKeyDown={form.onKeyDown} noValidate>
        {general ? <Alert>{general}</Alert> : null}
        <TextAreaField ref={noteRef} label={t('activity.note')} value={form.note} onChange={form.setNote} error={fields.note} rows={3} />
        {form.canFollowUp ? <FollowUpFieldset {...form.followUp} lookups={lookups} fields={fields} /> : <p className="muted">{t('todo.hasFollowUp')}</p>}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {form.busy ? t('common.saving') : t('todo.completeSubmit')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose} disabled={form.busy}>
            {t('common.cancel')}
          </button>
          <span className="field__hint">{t('todo.keysHint')}</span>
        </div>
      </form>
    </Dialog>
  );
}

type FollowUpProps = ReturnType<typeof useCompleteForm>['followUp'] & { lookups: ActivityLookups; fields: Record<string, string> };

/** The next follow-up: when, which type, what to do, who (the same salesperson by default). */
function FollowUpFieldset({ when, setWhen, typeId, setTypeId, text, setText, responsibleId, setResponsibleId, lookups, fields }: FollowUpProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { users } = useUsers();
  const typeOptions = lookups.types.filter((type) => type.active || type.id === typeId).map((type) => ({ value: type.id, label: type.name }));
  const userOptions = [
    { value: '', label: t('todo.sameResponsible') },
    ...users.filter((user) => user.active).map((user) => ({ value: user.id, label: user.name })),
  ];
  return (
    <fieldset className="dialog__followup">
      <legend>{t('todo.nextFollowUp')}</legend>
      <WhenFields
        value={when}
        onChange={setWhen}
        error={fields['followUp.scheduledAt']}
        timeZone={format.timeZone}
        dateLabel={t('todo.followUpDate')}
        timeLabel={t('todo.followUpTime')}
        allDayOption={false}
      />
      <SelectField label={t('todo.followUpType')} value={typeId} onChange={setTypeId} options={typeOptions} error={fields['followUp.typeId']} />
      <TextField
        label={t('todo.followUpText')}
        value={text}
        onChange={setText}
        error={fields['followUp.text']}
        hint={t('todo.followUpTextHint')}
        dir="auto"
        autoComplete="off"
      />
      <SelectField
        label={t('todo.followUpResponsible')}
        value={responsibleId}
        onChange={setResponsibleId}
        options={userOptions}
        error={fields['followUp.responsibleId']}
      />
    </fieldset>
  );
}
