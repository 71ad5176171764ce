import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityWithNext } from '../../../shared/activities';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { generalMessage } from '../../components/errors';
import { FollowUpFieldset } from './FollowUpFieldset';
import { TextAreaField } from './fields';
import type { ActivityLookups } from './useActivityLookups';
import { type Completing, fieldErrors, useCompleteForm } from './useCompleteForm';

interface CompleteDialogProps {
  activity: Completing;
  lookups: ActivityLookups;
  onCompleted: (result: ActivityWithNext) => void;
  onClose: () => void;
  /** Where focus goes when the dialog closes and the button that opened it is gone. */
  fallbackFocus?: () => HTMLElement | null;
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
