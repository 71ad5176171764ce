import { useTranslation } from 'react-i18next';
import type { ActivityType } from '../../../shared/activities';

interface TypeFilterProps {
  id: string;
  value: string;
  types: readonly ActivityType[];
  onChange: (typeId: string) => void;
}

/** "Activity type: All types / Call / Meeting / …": the type filter of the to-do list, the search and the timelines. */
export function TypeFilter({ id, value, types, onChange }: TypeFilterProps) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('activity.type')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('todo.allTypes')}</option>
        {types.map((type) => (
          <option key={type.id} value={type.id}>
            {type.name}
          </option>
        ))}
      </select>
    </div>
  );
}
