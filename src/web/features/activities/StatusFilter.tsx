import { useTranslation } from 'react-i18next';
import type { ActivityStatus } from '../../../shared/activities';
import { SelectField } from '../../components/Field';

interface StatusFilterProps {
  id: string;
  value: string;
  statuses: readonly ActivityStatus[];
  onChange: (statusId: string) => void;
}

/** "Activity status: All statuses / Won / …": the status filter of the search and the calendar's list. */
export function StatusFilter({ id, value, statuses, onChange }: StatusFilterProps) {
  const { t } = useTranslation();
  const options = statuses.map((status) => ({ value: status.id, label: status.name }));
  return <SelectField id={id} label={t('activity.status')} value={value} onChange={onChange} emptyLabel={t('search.allStatuses')} options={options} />;
}
