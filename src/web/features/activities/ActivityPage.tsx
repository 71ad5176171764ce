import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useActivityEditable } from '../sharing/useAccess';
import { ActivityActions } from './ActivityActions';
import { CompleteDialog } from './CompleteDialog';
import { ActivityCard } from './ActivityCard';
import { CommentsSection } from '../comments/CommentsSection';
import { DocumentsSection } from '../documents/DocumentsSection';
import { FollowUpChain } from './FollowUpChain';
import { useActivity } from './useActivities';
import { useActivityLookups } from './useActivityLookups';
import { MessageView } from '../mail/MessageView';

/** One activity: its card (view or edit), done/reopen, complete with a follow-up, and its chain. */
export function ActivityPage() {
  const { id = '' } = useParams();
  // A fresh page per activity: following the chain does not carry an open form or a message along.
  return <ActivityView key={id} id={id} />;
}

function ActivityView({ id }: { id: string }) {
  const { t } = useTranslation();
  const lookups = useActivityLookups();
  const { data: activity, error, isPending: loading } = useActivity(id);
  const [editing, setEditing] = useState(false);
  const [completing, setCompleting] = useState(false);
  const [notice, setNotice] = useState('');
  const action = useSubmit();
  // A read-only share of its customer: the activity is only read (unless one takes part in it).
  const editable = useActivityEditable(activity);

  if (loading && !activity) return <p role="status">{t('common.loading')}</p>;
  if (error || !activity) {
    return (
      <>
        <Alert>{generalMessage(t, error)}</Alert>
        <Link to="/todo">{t('activity.backToTodo')}</Link>
      </>
    );
  }
  const actions = (
    <ActivityActions
      activity={activity}
      action={action}
      onReopened={() => setNotice(t('activity.reopened'))}
      onComplete={() => setCompleting(true)}
      onEdit={() => setEditing(true)}
    />
  );
  return (
    <>
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link to="/todo">{t('todo.title')}</Link>
      </nav>
      <PageHeader title={activity.subject} actions={editing || !editable ? null : actions}>
        <span className={activity.done ? 'badge badge--done' : 'badge badge--open'}>{activity.done ? t('todo.done') : t('activity.open')}</span>
      </PageHeader>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {action.error ? <Alert>{generalMessage(t, action.error)}</Alert> : null}
      {activity.direction ? <MessageView activityId={activity.id} /> : null}
      <div className="columns">
        <ActivityCard activity={activity} lookups={lookups} editing={editing} setEditing={setEditing} onSaved={() => setNotice(t('activity.saved'))} />
        <FollowUpChain activity={activity} lookups={lookups} />
      </div>
      <DocumentsSection activity={activity} editable={editable} />
      <CommentsSection activity={activity} />
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
