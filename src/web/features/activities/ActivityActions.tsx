import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Activity } from '../../../shared/activities';
import { ConfirmButton } from '../../components/ConfirmButton';
import type { useSubmit } from '../../components/hooks';
import { useActivityWrites } from './useActivities';

interface ActivityActionsProps {
  activity: Activity;
  /** Runs the reopen and delete (its busy flag and error are the page's). */
  action: ReturnType<typeof useSubmit>;
  onReopened: () => void;
  onComplete: () => void;
  onEdit: () => void;
}

/** Reopen (when done) or complete with a follow-up, edit, delete. */
export function ActivityActions({ activity, action, onReopened, onComplete, onEdit }: ActivityActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const writes = useActivityWrites();
  const reopen = async () => {
    if (await action.run(() => writes.reopen(activity.id))) onReopened();
  };
  const remove = async () => {
    const removed = await action.run(() => writes.remove(activity.id));
    if (removed) navigate('/todo', { replace: true });
  };
  return (
    <>
      {activity.done ? (
        <button type="button" className="button" onClick={() => void reopen()} disabled={action.busy}>
          {t('activity.reopen')}
        </button>
      ) : (
        <button type="button" className="button button--primary" onClick={onComplete} aria-haspopup="dialog">
          {t('todo.completeWithFollowUp')}
        </button>
      )}
      <button type="button" className="button" onClick={onEdit}>
        {t('common.edit')}
      </button>
      <ConfirmButton danger label={t('common.delete')} question={t('activity.confirmDelete')} confirmLabel={t('common.delete')} onConfirm={remove} />
    </>
  );
}
