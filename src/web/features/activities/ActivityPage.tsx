import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Activity } from '../../../shared/activities';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ActivityDetails } from './ActivityDetails';
import { ActivityForm } from './ActivityForm';
import { CompleteDialog } from './CompleteDialog';
import { FollowUpChain } from './FollowUpChain';
import { useActivity, useActivityWrites } from './useActivities';
import { useActivityLookups } from './useActivityLookups';
import { useCustomerRefs } from '../customers/useCustomerRefs';

/** One activity: its card (view or edit), done/reopen, complete with a follow-up, and its chain. */
export function ActivityPage() {
  const { id = '' } = useParams();
  // A fresh page per activity: following the chain does not carry an open form or a message along.
  return <ActivityView key={id} id={id} />;
}

function ActivityView({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lookups = useActivityLookups();
  const { data: activity, error, isPending: loading } = useActivity(id);
  const writes = useActivityWrites();
  const [editing, setEditing] = useState(false);
  const [completing, setCompleting] = useState(false);
  const [notice, setNotice] = useState('');
  const action = useSubmit();

  if (loading && !activity) return <p role="status">{t('common.loading')}</p>;
  if (error || !activity) {
    return (
      <>
        <Alert>{generalMessage(t, error)}</Alert>
        <Link to="/todo">{t('activity.backToTodo')}</Link>
      </>
    );
  }

  const reopen = async () => {
    const saved = await action.run(() => writes.reopen(activity.id));
    if (saved) {
      setNotice(t('activity.reopened'));
    }
  };
  const remove = async () => {
    const removed = await action.run(() => writes.remove(activity.id));
    if (removed) navigate('/todo', { replace: true });
  };

  return (
    <>
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link to="/todo">{t('todo.title')}</Link>
      </nav>
      <PageHeader
        title={activity.subject}
        actions={
          editing ? null : (
            <>
              {activity.done ? (
                <button type="button" className="button" onClick={() => void reopen()} disabled={action.busy}>
                  {t('activity.reopen')}
                </button>
              ) : (
                <button type="button" className="button button--primary" onClick={() => setCompleting(true)} aria-haspopup="dialog">
                  {t('todo.completeWithFollowUp')}
                </button>
              )}
              <button type="button" className="button" onClick={() => setEditing(true)}>
                {t('common.edit')}
              </button>
              <ConfirmButton danger label={t('common.delete')} question={t('activity.confirmDelete')} confirmLabel={t('common.delete')} onConfirm={remove} />
            </>
          )
        }
      >
        <span className={activity.done ? 'badge badge--done' : 'badge badge--open'}>{activity.done ? t('todo.done') : t('activity.open')}</span>
      </PageHeader>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {action.error ? <Alert>{generalMessage(t, action.error)}</Alert> : null}
      <div className="columns">
        <section className="card" aria-labelledby="activity-card-heading">
          <h2 id="activity-card-heading">{editing ? t('activity.edit') : t('activity.card')}</h2>
          {editing ? (
            <EditActivity
              activity={activity}
              lookups={lookups}
              onCancel={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
                setNotice(t('activity.saved'));
              }}
            />
          ) : (
            <ActivityDetails activity={activity} lookups={lookups} />
          )}
        </section>
        <FollowUpChain activity={activity} lookups={lookups} />
      </div>
      {completing ? (
        <CompleteDialog
          activity={activity}
          lookups={lookups}
          onClose={() => setCompleting(false)}
          onCompleted={(result) => {
            setCompleting(false);
            setNotice(result.next ? t('activity.completedWithNext', { next: result.next.subject }) : t('todo.completed', { subject: activity.subject }));
          }}
        />
      ) : null}
    </>
  );
}

/** The edit form, once the names of the activity's customers are known. */
function EditActivity({
  activity,
  lookups,
  onCancel,
  onSaved,
}: {
  activity: Activity;
  lookups: ReturnType<typeof useActivityLookups>;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const writes = useActivityWrites();
  const { refs, loading } = useCustomerRefs([activity.customerId, ...activity.additionalCustomerIds].filter((id): id is string => id !== null));
  if (loading) return <p role="status">{t('common.loading')}</p>;
  return (
    <ActivityForm
      label={t('activity.edit')}
      lookups={lookups}
      activity={activity}
      initialCustomer={refs.find((ref) => ref.id === activity.customerId) ?? null}
      initialAdditionalCustomers={refs.filter((ref) => ref.id !== activity.customerId)}
      submitLabel={t('common.save')}
      onCancel={onCancel}
      onSubmit={async (input) => {
        await writes.update(activity.id, input);
        onSaved();
      }}
    />
  );
}
