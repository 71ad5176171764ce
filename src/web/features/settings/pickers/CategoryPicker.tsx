import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../session';
import { CheckListField } from './CheckListField';
import { NewCategory } from './NewCategory';
import { useCategoryOptions } from './useListOptions';

interface CategoryPickerProps {
  /** Offer the categories that apply to customers, or to contacts (and those for both). */
  target: 'customer' | 'contact';
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** Seed 003: pick categories, or create a new one in place (admins); it is chosen at once. */
export function CategoryPicker({ target, value, onChange, error }: CategoryPickerProps) {
  const { t } = useTranslation();
  const me = useMe();
  const categories = useCategoryOptions();
  const [adding, setAdding] = useState(false);
  const offered = categories.items.filter((category) => category.appliesTo === target || category.appliesTo === 'both');
  const create = async (name: string) => {
    const created = await categories.create({ name, appliesTo: target });
    onChange([...value, created.id]);
    return created;
  };

  return (
    <CheckListField label={t('settings.pickers.categories')} items={offered} value={value} onChange={onChange} error={error}>
      {me.role !== 'admin' ? null : adding ? (
        <NewCategory onCreate={create} onDone={() => setAdding(false)} />
      ) : (
        <div>
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            {t('settings.pickers.newCategory')}
          </button>
        </div>
      )}
    </CheckListField>
  );
}
