import { useTranslation } from 'react-i18next';
import type { ActivityType } from '../../../shared/activities';
import { SelectField } from '../../components/Field';

interface TypeFilterProps {
  id: string;
  value: string;
  types: readonly ActivityType[];
  onChange: (typeId: string) => void;
}

/** "Activity type: All types / Call / Meeting / …": the type filter of the to-do list, the search and the timelines. */
export function TypeFilter({ id, value, types, onChange }: TypeFilterProps) {
  const { t } = useTranslation();
  const options = types.map((type) => ({ value: type.id, label: type.name }));
  return <SelectField id={id} label={t('activity.type')} value={value} onChange={onChange} emptyLabel={t('todo.allTypes')} options={options} />;
}
