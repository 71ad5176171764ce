import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { ActivityForm } from './ActivityForm';
import { activityHref } from './links';
import { useActivityWrites } from './useActivities';
import { useActivityLookups } from './useActivityLookups';
import { useCustomerRefs } from '../customers/useCustomerRefs';

/** A new activity; `?customerId=` (and `contactId`) start it on a customer, as from the customer page. */
export function ActivityCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const customerId = params.get('customerId');
  const lookups = useActivityLookups();
  const { refs, loading } = useCustomerRefs(customerId ? [customerId] : []);
  const writes = useActivityWrites();
  // A new activity starts as the first active type, status "scheduled": the form waits for those
  // lists, so that "Create" pressed at once never meets an empty type.
  const waiting = loading || (!lookups.loaded && !lookups.error);
  return (
    <>
      <PageHeader title={t('activity.new')} />
      <div className="card">
        {waiting ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <ActivityForm
            label={t('activity.new')}
            lookups={lookups}
            initialCustomer={refs[0]?.name ? refs[0] : null}
            initialContactId={params.get('contactId') ?? ''}
            submitLabel={t('activity.create')}
            onCancel={() => (((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0 ? navigate(-1) : navigate('/todo'))}
            onSubmit={async (input) => {
              const created = await writes.create(input);
              navigate(activityHref(created.id), { replace: true });
            }}
          />
        )}
      </div>
    </>
  );
}
