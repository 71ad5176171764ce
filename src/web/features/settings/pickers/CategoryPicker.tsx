import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrors } from '../../../components/errors';
import { useSubmit } from '../../../components/hooks';
import { useMe } from '../../../session';
import { CheckListField } from './CheckListField';
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
  const [name, setName] = useState('');
  const create = useSubmit();
  const inputId = useId();
  const errors = formErrors(t, create.error, ['name']);
  const offered = categories.items.filter((category) => category.appliesTo === target || category.appliesTo === 'both');

  const submit = async () => {
    const created = await create.run(() => categories.create({ name: name.trim(), appliesTo: target }));
    if (!created) return;
    onChange([...value, created.id]);
    setName('');
    setAdding(false);
  };

  return (
    <CheckListField label={t('settings.pickers.categories')} items={offered} value={value} onChange={onChange} error={error}>
      {me.role !== 'admin' ? null : adding ? (
        <div className="check-list__new">
          <div className={errors.fields.name || errors.general ? 'field field--invalid' : 'field'}>
            <label htmlFor={inputId}>{t('settings.pickers.newCategoryName')}</label>
            <input
              id={inputId}
              value={name}
              // biome-ignore lint/a11y/noAutofocus: appears only when the user asks to add a category, to type its name at once
              autoFocus
              autoComplete="off"
              onChange={(event) => setName(event.target.value)}
              onKeyDown={(event) => {
                // Inside the customer form: Enter creates the category, it does not save the customer.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void submit();
                }
                if (event.key === 'Escape') {
                  event.preventDefault();
                  event.stopPropagation();
                  setAdding(false);
                }
              }}
            />
            {errors.fields.name || errors.general ? (
              <p className="field__error" role="alert">
                {errors.fields.name ?? errors.general}
              </p>
            ) : null}
          </div>
          <button type="button" className="button button--small" disabled={create.busy || !name.trim()} onClick={() => void submit()}>
            {t('settings.pickers.createCategory')}
          </button>
          <button type="button" className="button button--quiet button--small" onClick={() => setAdding(false)}>
            {t('common.cancel')}
          </button>
        </div>
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
