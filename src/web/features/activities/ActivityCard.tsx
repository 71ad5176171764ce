import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/activities';
import { useCustomerRefs } from '../customers/useCustomerRefs';
import { ActivityDetails } from './ActivityDetails';
import { ActivityForm } from './ActivityForm';
import { useActivityWrites } from './useActivities';
import type { ActivityLookups } from './useActivityLookups';

interface EditActivityProps {
  activity: Activity;
  lookups: ActivityLookups;
  onCancel: () => void;
  onSaved: () => void;
}

/** The edit form, once the names of the activity's customers are known. */
function EditActivity({ activity, lookups, onCancel, onSaved }: EditActivityProps) {
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

interface ActivityCardProps {
  activity: Activity;
  lookups: ActivityLookups;
  editing: boolean;
  setEditing: (editing: boolean) => void;
  onSaved: () => void;
}

/** The activity's card: its details, or the form that edits them. */
export function ActivityCard({ activity, lookups, editing, setEditing, onSaved }: ActivityCardProps) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="activity-card-heading">
      <h2 id="activity-card-heading">{editing ? t('activity.edit') : t('activity.card')}</h2>
      {editing ? (
        <EditActivity
          activity={activity}
          lookups={lookups}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onSaved();
          }}
        />
      ) : (
        <ActivityDetails activity={activity} lookups={lookups} />
      )}
    </section>
  );
}
